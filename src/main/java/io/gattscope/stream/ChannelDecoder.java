package io.gattscope.stream;

import java.util.List;

/**
 * Turns one notification payload into a fixed number of numeric channels; implemented by {@link
 * PayloadLayout} and by decoders of standard (SIG) characteristic formats.
 */
public interface ChannelDecoder {

  /** Number of channels {@link #decode} produces for a complete payload. */
  int channelCount();

  /** Channel names, {@link #channelCount()} entries. */
  List<String> names();

  /** Channel units ("" when unitless), {@link #channelCount()} entries. */
  List<String> units();

  /**
   * Decodes {@code payload} into {@code out[0..n)} without allocating and returns {@code n}, the
   * number of channels that fitted in the payload (a short payload yields fewer, never an
   * exception).
   *
   * @throws IllegalArgumentException if {@code out} is shorter than {@link #channelCount()}
   */
  int decode(byte[] payload, double[] out);

  /**
   * The device's time base among the channels, or {@link TimeBase#NONE} (then samples are timed by
   * their arrival, dejittered).
   */
  default TimeBase timeBase() {
    return TimeBase.NONE;
  }

  /**
   * Decimals the values of channel {@code channel} carry (e.g. 3 for a scale of 0.001), or {@link
   * ValueFormat#SHORTEST} when unknown.
   */
  default int decimals(int channel) {
    return ValueFormat.SHORTEST;
  }
}
