package io.gattscope.stream;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded single-producer single-consumer queue of timestamped rows in primitive arrays, each row
 * optionally carrying its raw payload bytes; offering to a full queue fails instead of blocking.
 */
final class RowQueue {
  private final int capacity;
  private final int channels;
  private final long[] timestamps;
  private final long[] arrivals;
  private final double[] values;
  private final int[] counts;
  private final int[] rawLengths;
  private final long[] rawStarts;
  private final byte[] raw;
  private final AtomicLong head = new AtomicLong();
  private final AtomicLong tail = new AtomicLong();
  private final AtomicLong rawHead = new AtomicLong();
  private final AtomicLong rawTail = new AtomicLong();

  /**
   * Creates a queue of {@code capacity} rows whose raw payloads share a ring of {@code rawBytes}
   * bytes.
   */
  RowQueue(int capacity, int channels, int rawBytes) {
    if (capacity < 1 || rawBytes < 0) {
      throw new IllegalArgumentException(
          "queue needs at least 1 row and >= 0 raw bytes, got " + capacity + ", " + rawBytes);
    }
    this.capacity = capacity;
    this.channels = channels;
    this.timestamps = new long[capacity];
    this.arrivals = new long[capacity];
    this.values = new double[capacity * channels];
    this.counts = new int[capacity];
    this.rawLengths = new int[capacity];
    this.rawStarts = new long[capacity];
    this.raw = new byte[rawBytes];
  }

  int channels() {
    return channels;
  }

  /**
   * Producer side: copies the row (and {@code payload}, which may be null) in, or returns false
   * when the rows or the raw bytes are full.
   */
  boolean offer(long timestamp, double[] row, int count, byte[] payload) {
    return offer(timestamp, timestamp, row, count, payload);
  }

  /** Like {@link #offer(long, double[], int, byte[])} with the row's host arrival time. */
  boolean offer(long timestamp, long arrival, double[] row, int count, byte[] payload) {
    long h = head.get();
    if (h - tail.getAcquire() >= capacity) {
      return false;
    }
    int length = payload == null ? 0 : payload.length;
    long rh = rawHead.get();
    if (rh + length - rawTail.getAcquire() > raw.length) {
      return false;
    }
    int slot = (int) (h % capacity);
    timestamps[slot] = timestamp;
    arrivals[slot] = arrival;
    counts[slot] = count;
    System.arraycopy(row, 0, values, slot * channels, count);
    rawStarts[slot] = rh;
    rawLengths[slot] = length;
    if (length > 0) {
      int from = (int) (rh % raw.length);
      int first = Math.min(length, raw.length - from);
      System.arraycopy(payload, 0, raw, from, first);
      System.arraycopy(payload, first, raw, 0, length - first);
      rawHead.setRelease(rh + length);
    }
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

  long arrival(int i) {
    return arrivals[slot(i)];
  }

  int count(int i) {
    return counts[slot(i)];
  }

  double value(int i, int channel) {
    return values[slot(i) * channels + channel];
  }

  /** Length of row {@code i}'s raw payload (0 when none was given). */
  int rawLength(int i) {
    return rawLengths[slot(i)];
  }

  /** Byte {@code k} of row {@code i}'s raw payload. */
  byte rawByte(int i, int k) {
    int s = slot(i);
    return raw[(int) ((rawStarts[s] + k) % raw.length)];
  }

  /** Consumer side: frees the first {@code n} rows. */
  void release(int n) {
    if (n == 0) {
      return;
    }
    int last = slot(n - 1);
    rawTail.setRelease(rawStarts[last] + rawLengths[last]);
    tail.setRelease(tail.get() + n);
  }

  private int slot(int i) {
    return (int) ((tail.get() + i) % capacity);
  }
}
