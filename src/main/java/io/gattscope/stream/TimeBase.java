package io.gattscope.stream;

/**
 * Which channel carries the device's own time base and how to read it.
 *
 * @param channel index of the channel, or -1 for none
 * @param role {@link FieldRole#SEQUENCE} or {@link FieldRole#TIMESTAMP} ({@link FieldRole#VALUE}
 *     for none)
 * @param wrap the channel's value range after which it wraps to 0 (e.g. 65536 for a u16 counter),
 *     or 0 when it does not wrap
 * @param nanosPerUnit for a timestamp, nanoseconds per unit of the channel's value; else 0
 */
public record TimeBase(int channel, FieldRole role, double wrap, long nanosPerUnit) {
  /** No time base: samples are timed by arrival. */
  public static final TimeBase NONE = new TimeBase(-1, FieldRole.VALUE, 0, 0);

  /**
   * Whether a channel carries the time base.
   *
   * @return {@code true} if {@link #channel()} is 0 or more
   */
  public boolean present() {
    return channel >= 0;
  }
}
