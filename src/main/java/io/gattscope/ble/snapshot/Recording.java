package io.gattscope.ble.snapshot;

import java.util.List;

/**
 * Values a characteristic pushed during capture, replayed in a loop when served.
 *
 * @param indicate true for indications, false for notifications
 * @param durationMillis the length of one loop; the first sample follows the last after {@code
 *     durationMillis - lastAt + firstAt}
 * @param samples the values in time order
 */
public record Recording(boolean indicate, long durationMillis, List<Sample> samples) {

  /**
   * One pushed value.
   *
   * @param atMillis milliseconds from the start of the recording
   * @param value the payload
   */
  public record Sample(long atMillis, byte[] value) {

    /**
     * Copies the payload.
     *
     * @param atMillis milliseconds from the start of the recording
     * @param value the payload; not null
     */
    public Sample {
      value = value.clone();
    }

    /**
     * A copy of the payload.
     *
     * @return a new array
     */
    @Override
    public byte[] value() {
      return value.clone();
    }
  }

  /**
   * Copies the samples.
   *
   * @param indicate true for indications
   * @param durationMillis the length of one loop
   * @param samples the values in time order; not null
   */
  public Recording {
    samples = List.copyOf(samples);
  }
}
