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

  /** Creates room for {@code capacity} samples of {@code channelCount} channels. */
  public SampleSnapshot(int capacity, int channelCount) {
    if (capacity < 1 || channelCount < 1) {
      throw new IllegalArgumentException(
          "snapshot needs capacity >= 1 and channels >= 1, got " + capacity + ", " + channelCount);
    }
    timestamps = new long[capacity];
    arrivals = new long[capacity];
    channels = new double[channelCount][capacity];
  }

  /** Most samples one copy can deliver. */
  public int capacity() {
    return timestamps.length;
  }

  /** Number of channels per sample. */
  public int channelCount() {
    return channels.length;
  }

  /** Samples delivered by the last copy. */
  public int count() {
    return count;
  }

  /** Sample times in nanoseconds; entries {@code [0, count())} are valid. */
  public long[] timestamps() {
    return timestamps;
  }

  /** Host arrival times in nanoseconds; entries {@code [0, count())} are valid. */
  public long[] arrivals() {
    return arrivals;
  }

  /** Values of one channel; entries {@code [0, count())} are valid. */
  public double[] channel(int index) {
    return channels[index];
  }

  /** Sequence number (0-based, since the buffer was created) of entry 0. */
  public long firstSequence() {
    return firstSequence;
  }

  /** The sequence to pass to the next {@code copySince} call. */
  public long nextSequence() {
    return firstSequence + count;
  }

  /** Samples between the requested sequence and entry 0 that were overwritten before the copy. */
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
