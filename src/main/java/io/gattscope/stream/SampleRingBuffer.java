package io.gattscope.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Bounded primitive ring of timestamped multi-channel samples for one writer thread and any number
 * of reader threads, without locks.
 *
 * <p>The writer marks the slot it is about to overwrite (a claim counter, fenced before the data
 * stores), writes, then publishes the new write sequence with release semantics. A reader takes the
 * published sequence, copies, fences, and re-reads the claim counter: any copied sample whose slot
 * the writer has since claimed is discarded and counted as skipped, so readers only ever see
 * complete samples. Each sample has its sample time and its arrival time. Memory is {@code capacity
 * * (16 + 8 * channels)} bytes whatever the rate.
 */
public final class SampleRingBuffer {
  /** Default number of samples kept per channel. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private static final VarHandle CLAIMED;
  private static final VarHandle PUBLISHED;
  private static final int MAX_ATTEMPTS = 4;

  static {
    try {
      var lookup = MethodHandles.lookup();
      CLAIMED = lookup.findVarHandle(SampleRingBuffer.class, "claimed", long.class);
      PUBLISHED = lookup.findVarHandle(SampleRingBuffer.class, "published", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int capacity;
  private final long[] timestamps;
  private final long[] arrivals;
  private final double[][] values;
  private int writeSlot;

  @SuppressWarnings("unused") // accessed through CLAIMED
  private long claimed;

  @SuppressWarnings("unused") // accessed through PUBLISHED
  private long published;

  /**
   * A buffer of {@link #DEFAULT_CAPACITY} samples.
   *
   * @param channelCount channels per sample, at least 1
   * @throws IllegalArgumentException if {@code channelCount} is less than 1
   */
  public SampleRingBuffer(int channelCount) {
    this(channelCount, DEFAULT_CAPACITY);
  }

  /**
   * A buffer keeping the newest {@code capacity} samples of {@code channelCount} channels.
   *
   * @param channelCount channels per sample, at least 1
   * @param capacity samples kept, at least 1; older samples are overwritten
   * @throws IllegalArgumentException if either is less than 1
   */
  public SampleRingBuffer(int channelCount, int capacity) {
    if (channelCount < 1 || capacity < 1) {
      throw new IllegalArgumentException(
          "ring buffer needs channels >= 1 and capacity >= 1, got "
              + channelCount
              + ", "
              + capacity);
    }
    this.capacity = capacity;
    this.timestamps = new long[capacity];
    this.arrivals = new long[capacity];
    this.values = new double[channelCount][capacity];
  }

  /**
   * Samples kept per channel.
   *
   * @return the capacity given to the constructor
   */
  public int capacity() {
    return capacity;
  }

  /**
   * Channels per sample.
   *
   * @return the channel count given to the constructor
   */
  public int channelCount() {
    return values.length;
  }

  /**
   * Total samples ever appended (the sequence the next sample will get).
   *
   * @return the count, 0 before the first append; safe from any thread
   */
  public long writeSequence() {
    return (long) PUBLISHED.getAcquire(this);
  }

  /**
   * Appends one sample; call from the single writer thread only. Allocates nothing. The sample's
   * arrival time is taken to be its sample time.
   *
   * @param timestampNanos the sample time in nanoseconds
   * @param values at least {@link #channelCount()} entries; extra entries are ignored
   * @throws IllegalArgumentException if {@code values} has fewer than {@link #channelCount()}
   *     entries
   */
  public void append(long timestampNanos, double[] values) {
    append(timestampNanos, timestampNanos, values);
  }

  /**
   * Appends one sample with its sample time and the host's arrival time; call from the single
   * writer thread only. Allocates nothing.
   *
   * @param timestampNanos the sample time in nanoseconds, as {@link SampleClock} gives it
   * @param arrivalNanos when the notification arrived, on the same monotonic nanosecond clock
   * @param values at least {@link #channelCount()} entries; extra entries are ignored
   * @throws IllegalArgumentException if {@code values} has fewer than {@link #channelCount()}
   *     entries
   */
  public void append(long timestampNanos, long arrivalNanos, double[] values) {
    double[][] channels = this.values;
    if (values.length < channels.length) {
      throw new IllegalArgumentException(
          "sample has " + values.length + " values, buffer has " + channels.length + " channels");
    }
    long next = (long) PUBLISHED.get(this) + 1;
    int slot = writeSlot;
    CLAIMED.setOpaque(this, next);
    VarHandle.storeStoreFence();
    timestamps[slot] = timestampNanos;
    arrivals[slot] = arrivalNanos;
    for (int c = 0; c < channels.length; c++) {
      channels[c][slot] = values[c];
    }
    writeSlot = slot + 1 == capacity ? 0 : slot + 1;
    PUBLISHED.setRelease(this, next);
  }

  /**
   * Copies the samples written since {@code sequence} (oldest first, at most the snapshot's
   * capacity) into {@code into}; safe from any thread, allocates nothing. When the reader fell
   * behind by more than the capacity, the overwritten samples are reported by {@link
   * SampleSnapshot#skipped()} and the copy starts at the oldest sample still held.
   *
   * @param sequence a value from {@link SampleSnapshot#nextSequence()} or {@link #writeSequence()},
   *     or 0 to start from the oldest sample
   * @param into the reader's snapshot, with as many channels as this buffer
   * @return the number of samples copied
   * @throws IllegalArgumentException if the snapshot's channel count differs or {@code sequence} is
   *     negative or beyond {@link #writeSequence()}
   */
  public int copySince(long sequence, SampleSnapshot into) {
    if (into.channelCount() != values.length) {
      throw new IllegalArgumentException(
          "snapshot has " + into.channelCount() + " channels, buffer has " + values.length);
    }
    long end = writeSequence();
    if (sequence < 0 || sequence > end) {
      throw new IllegalArgumentException(
          "sequence " + sequence + " is outside 0.." + end + " (samples written so far)");
    }
    long start = Math.max(sequence, end - capacity);
    int count = 0;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      count = (int) Math.min(end - start, into.capacity());
      copy(start, count, into);
      VarHandle.acquireFence();
      long oldestIntact = (long) CLAIMED.getOpaque(this) - capacity;
      long lost = oldestIntact - start;
      if (lost <= 0) {
        break;
      }
      if (lost < count) {
        shift(into, (int) lost, count);
        count -= (int) lost;
        start = oldestIntact;
        break;
      }
      start = oldestIntact;
      end = writeSequence();
      count = 0;
    }
    into.set(start, count, start - sequence);
    return count;
  }

  private void copy(long start, int count, SampleSnapshot into) {
    int from = (int) (start % capacity);
    int first = Math.min(count, capacity - from);
    double[][] out = into.channelArrays();
    System.arraycopy(timestamps, from, into.timestamps(), 0, first);
    System.arraycopy(timestamps, 0, into.timestamps(), first, count - first);
    System.arraycopy(arrivals, from, into.arrivals(), 0, first);
    System.arraycopy(arrivals, 0, into.arrivals(), first, count - first);
    for (int c = 0; c < values.length; c++) {
      System.arraycopy(values[c], from, out[c], 0, first);
      System.arraycopy(values[c], 0, out[c], first, count - first);
    }
  }

  private static void shift(SampleSnapshot into, int by, int count) {
    System.arraycopy(into.timestamps(), by, into.timestamps(), 0, count - by);
    System.arraycopy(into.arrivals(), by, into.arrivals(), 0, count - by);
    for (double[] channel : into.channelArrays()) {
      System.arraycopy(channel, by, channel, 0, count - by);
    }
  }
}
