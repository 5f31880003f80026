package io.gattscope.stream;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded single-producer single-consumer queue of timestamped rows in primitive arrays; offering
 * to a full queue fails instead of blocking.
 */
final class RowQueue {
  private final int capacity;
  private final int channels;
  private final long[] timestamps;
  private final double[] values;
  private final int[] counts;
  private final AtomicLong head = new AtomicLong();
  private final AtomicLong tail = new AtomicLong();

  RowQueue(int capacity, int channels) {
    if (capacity < 1) {
      throw new IllegalArgumentException("queue needs at least 1 row, got " + capacity);
    }
    this.capacity = capacity;
    this.channels = channels;
    this.timestamps = new long[capacity];
    this.values = new double[capacity * channels];
    this.counts = new int[capacity];
  }

  int channels() {
    return channels;
  }

  /** Producer side: copies the row in, or returns false when full. */
  boolean offer(long timestamp, double[] row, int count) {
    long h = head.get();
    if (h - tail.getAcquire() >= capacity) {
      return false;
    }
    int slot = (int) (h % capacity);
    timestamps[slot] = timestamp;
    counts[slot] = count;
    System.arraycopy(row, 0, values, slot * channels, count);
    head.setRelease(h + 1);
    return true;
  }

  /** Consumer side: rows ready to read, addressed 0.. by the methods below. */
  int available() {
    return (int) (head.getAcquire() - tail.get());
  }

  long timestamp(int i) {
    return timestamps[slot(i)];
  }

  int count(int i) {
    return counts[slot(i)];
  }

  double value(int i, int channel) {
    return values[slot(i) * channels + channel];
  }

  /** Consumer side: frees the first {@code n} rows. */
  void release(int n) {
    tail.setRelease(tail.get() + n);
  }

  private int slot(int i) {
    return (int) ((tail.get() + i) % capacity);
  }
}
