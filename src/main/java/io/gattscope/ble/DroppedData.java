package io.gattscope.ble;

import java.util.Locale;

/**
 * What an adapter received but did not pass on, counted since it started: nothing is dropped
 * silently.
 *
 * @param bytes bytes from the adapter that formed no valid frame (garbage, cut or unknown frames)
 * @param frames runs of bad bytes and unknown frames those bytes made up
 * @param events well-framed events dropped: for connections or procedures nobody holds, or whose
 *     payload did not decode
 * @param callbacks listener callbacks dropped because a listener fell behind
 */
public record DroppedData(long bytes, long frames, long events, long callbacks) {

  /** Nothing dropped. */
  public static final DroppedData NONE = new DroppedData(0, 0, 0, 0);

  /**
   * Whether anything at all was dropped.
   *
   * @return true when any count is not 0
   */
  public boolean any() {
    return bytes != 0 || frames != 0 || events != 0 || callbacks != 0;
  }

  /**
   * One line for a log or the end of a command-line run.
   *
   * @return the four counts in words, e.g. {@code "dropped 3 byte(s) in 1 bad frame(s), ..."}
   */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "dropped %d byte(s) in %d bad frame(s), %d event(s) nobody could take, %d callback(s)"
            + " of listeners that fell behind",
        bytes,
        frames,
        events,
        callbacks);
  }
}
