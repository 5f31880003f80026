package io.gattscope.stream;

/**
 * Preallocated arrays that one reader reuses to receive samples from a {@link SampleRingBuffer};
 * entries {@code [0, count())} are valid after each copy. Not thread-safe: one per reader.
 */
public final class SampleSnapshot {
  private final long[] timestamps;
  private final long[] arrivals;
  private final double[][] channels;
  private int count;
  private long firstSequence;
  private long skipped;

  /**
   * Creates room for {@code capacity} samples of {@code channelCount} channels.
   *
   * @param capacity the most samples one copy can deliver, at least 1
   * @param channelCount channels per sample, at least 1; must match the buffer's
   * @throws IllegalArgumentException if either is less than 1
   */
  public SampleSnapshot(int capacity, int channelCount) {
    if (capacity < 1 || channelCount < 1) {
      throw new IllegalArgumentException(
          "snapshot needs capacity >= 1 and channels >= 1, got " + capacity + ", " + channelCount);
    }
    timestamps = new long[capacity];
    arrivals = new long[capacity];
    channels = new double[channelCount][capacity];
  }

  /**
   * Most samples one copy can deliver.
   *
   * @return the capacity given to the constructor
   */
  public int capacity() {
    return timestamps.length;
  }

  /**
   * Number of channels per sample.
   *
   * @return the channel count given to the constructor
   */
  public int channelCount() {
    return channels.length;
  }

  /**
   * Samples delivered by the last copy.
   *
   * @return 0 to {@link #capacity()}; 0 before the first copy
   */
  public int count() {
    return count;
  }

  /**
   * Sample times in nanoseconds; entries {@code [0, count())} are valid.
   *
   * @return the snapshot's own array, overwritten by the next copy
   */
  public long[] timestamps() {
    return timestamps;
  }

  /**
   * Host arrival times in nanoseconds; entries {@code [0, count())} are valid.
   *
   * @return the snapshot's own array, overwritten by the next copy
   */
  public long[] arrivals() {
    return arrivals;
  }

  /**
   * Values of one channel; entries {@code [0, count())} are valid.
   *
   * @param index the channel index, 0 to {@link #channelCount()} - 1
   * @return the snapshot's own array, overwritten by the next copy
   * @throws ArrayIndexOutOfBoundsException if {@code index} is out of range
   */
  public double[] channel(int index) {
    return channels[index];
  }

  /**
   * Sequence number (0-based, since the buffer was created) of entry 0.
   *
   * @return the sequence number of the first valid entry
   */
  public long firstSequence() {
    return firstSequence;
  }

  /**
   * The sequence to pass to the next {@code copySince} call.
   *
   * @return {@link #firstSequence()} plus {@link #count()}
   */
  public long nextSequence() {
    return firstSequence + count;
  }

  /**
   * Samples between the requested sequence and entry 0 that were overwritten before the copy.
   *
   * @return the number of samples lost to this reader in the last copy, 0 if none
   */
  public long skipped() {
    return skipped;
  }

  double[][] channelArrays() {
    return channels;
  }

  void set(long firstSequence, int count, long skipped) {
    this.firstSequence = firstSequence;
    this.count = count;
    this.skipped = skipped;
  }
}
