package io.gattscope.stream;

import java.util.List;

/**
 * Turns one notification payload into a fixed number of numeric channels; implemented by {@link
 * PayloadLayout} and by decoders of standard (SIG) characteristic formats.
 */
public interface ChannelDecoder {

  /**
   * Number of channels {@link #decode} produces for a complete payload.
   *
   * @return the channel count, at least 1; fixed for the decoder's lifetime
   */
  int channelCount();

  /**
   * Channel names, {@link #channelCount()} entries.
   *
   * @return an unmodifiable list of names, unique, in channel order
   */
  List<String> names();

  /**
   * Channel units ("" when unitless), {@link #channelCount()} entries.
   *
   * @return an unmodifiable list of unit symbols in channel order
   */
  List<String> units();

  /**
   * Decodes {@code payload} into {@code out[0..n)} without allocating and returns {@code n}, the
   * number of channels that fitted in the payload (a short payload yields fewer, never an
   * exception).
   *
   * @param payload the notification value as received
   * @param out receives the values in channel order; entries from {@code n} on are unspecified
   * @return the number of channels written, 0 to {@link #channelCount()}
   * @throws IllegalArgumentException if {@code out} is shorter than {@link #channelCount()}
   */
  int decode(byte[] payload, double[] out);

  /**
   * The device's time base among the channels, or {@link TimeBase#NONE} (then samples are timed by
   * their arrival, dejittered).
   *
   * @return the time base, or {@link TimeBase#NONE} for a decoder without one
   */
  default TimeBase timeBase() {
    return TimeBase.NONE;
  }

  /**
   * Decimals the values of channel {@code channel} carry (e.g. 3 for a scale of 0.001), or {@link
   * ValueFormat#SHORTEST} when unknown.
   *
   * @param channel the channel index, 0 to {@link #channelCount()} - 1
   * @return the number of decimals, 0 or more, or {@link ValueFormat#SHORTEST}
   */
  default int decimals(int channel) {
    return ValueFormat.SHORTEST;
  }
}
