package io.gattscope.app.chart;

import io.gattscope.stream.MinMaxDecimator;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import java.util.Arrays;

/**
 * A copy of a ring buffer kept up to date with only the samples written since the last update, plus
 * every channel's min and max per block of {@value #BLOCK} samples, so the min/max polyline of a
 * time range costs a binary search and at most a few blocks and samples per column, not a copy and
 * fold of the whole ring. Free of JavaFX; use from one thread.
 */
final class RingBlocks {
  /** Samples per block. */
  static final int BLOCK = 32;

  private static final int SCRATCH = 4_096;
  private static final long NONE = Long.MIN_VALUE;

  private final int channels;
  private SampleRingBuffer ring;
  private SampleSnapshot scratch;
  private int capacity;
  private long[] times;
  private double[][] values;
  private long start;
  private long end;
  private long descent = NONE;
  private long[] blockOf;
  private double[][] blockMin;
  private double[][] blockMax;
  private long[][] blockMinAt;
  private long[][] blockMaxAt;
  private double min;
  private double max;
  private long minAt;
  private long maxAt;

  /** A copy for rings of {@code channels} channels. */
  RingBlocks(int channels) {
    this.channels = channels;
  }

  /** Copies what {@code source} wrote since the last update (all it holds, for a new ring). */
  void update(SampleRingBuffer source) {
    if (source != ring || source.writeSequence() < end) {
      reset(source);
    }
    for (int round = 0; round <= capacity / SCRATCH + 1; round++) {
      int n = source.copySince(end, scratch);
      long first = scratch.firstSequence();
      if (scratch.skipped() > 0) {
        // the writer overtook this copy: what came before the hole no longer lines up
        start = first;
        end = first;
      }
      long[] t = scratch.timestamps();
      for (int k = 0; k < n; k++) {
        append(first + k, t[k], k);
      }
      start = Math.max(start, end - capacity);
      if (n < scratch.capacity()) {
        return;
      }
    }
  }

  private void reset(SampleRingBuffer source) {
    ring = source;
    capacity = source.capacity();
    scratch = new SampleSnapshot(Math.min(SCRATCH, capacity), channels);
    times = new long[capacity];
    values = new double[channels][capacity];
    int slots = capacity / BLOCK + 2;
    blockOf = new long[slots];
    Arrays.fill(blockOf, NONE);
    blockMin = new double[channels][slots];
    blockMax = new double[channels][slots];
    blockMinAt = new long[channels][slots];
    blockMaxAt = new long[channels][slots];
    start = 0;
    end = 0;
    descent = NONE;
  }

  private void append(long seq, long t, int k) {
    int slot = (int) (seq % capacity);
    if (seq - 1 >= start && t < times[(int) ((seq - 1) % capacity)]) {
      descent = seq;
    }
    times[slot] = t;
    for (int c = 0; c < channels; c++) {
      values[c][slot] = scratch.channel(c)[k];
    }
    end = seq + 1;
    long first = end - BLOCK;
    if (end % BLOCK == 0 && first >= start && BLOCK <= capacity) {
      summarise(first / BLOCK);
    }
  }

  private void summarise(long block) {
    int slot = (int) (block % blockOf.length);
    long first = block * BLOCK;
    for (int c = 0; c < channels; c++) {
      fold(c, first, first + BLOCK);
      blockMin[c][slot] = min;
      blockMax[c][slot] = max;
      blockMinAt[c][slot] = minAt;
      blockMaxAt[c][slot] = maxAt;
    }
    blockOf[slot] = block;
  }

  /** Oldest sequence held. */
  long start() {
    return start;
  }

  /** Sequence the next sample will have. */
  long end() {
    return end;
  }

  /**
   * Writes channel {@code c}'s polyline of {@code [fromNanos, toNanos]} in {@code columns} columns
   * into {@code x} and {@code y}, exactly as a {@link MinMaxDecimator} fed every held sample of the
   * range in order draws it: two points per column that has a value (min and max at the column's
   * centre, the one reached last second); returns the number of points.
   */
  int polyline(
      int c, long originNanos, long fromNanos, long toNanos, int columns, double[] x, double[] y) {
    if (columns < 1 || toNanos <= fromNanos) {
      throw new IllegalArgumentException(
          "a polyline needs columns >= 1 and a range of at least 1 ns, got "
              + columns
              + ", "
              + fromNanos
              + ".."
              + toNanos);
    }
    if (descent > start) {
      // sample times went backwards inside what is held: only the plain fold keeps their order
      return plainFold(c, originNanos, fromNanos, toNanos, columns, x, y);
    }
    long columnNanos = (toNanos - fromNanos + columns - 1) / columns;
    long head = Math.floorDiv(toNanos, columnNanos);
    long k = head - columns + 1;
    long s = firstAfter(Math.max(fromNanos, k * columnNanos) - 1, start);
    int p = 0;
    while (k <= head && s < end) {
      k = Math.max(k, Math.floorDiv(times[slot(s)], columnNanos));
      if (k > head) {
        break;
      }
      long e = firstAfter(k == head ? toNanos : (k + 1) * columnNanos - 1, s);
      if (e > s) {
        fold(c, s, e);
        if (minAt != NONE) {
          double centre = (k * columnNanos + columnNanos / 2 - originNanos) / 1e9;
          boolean maxLast = maxAt >= minAt;
          x[p] = centre;
          y[p++] = maxLast ? min : max;
          x[p] = centre;
          y[p++] = maxLast ? max : min;
        }
      }
      s = e;
      k++;
    }
    return p;
  }

  private int plainFold(
      int c, long originNanos, long fromNanos, long toNanos, int columns, double[] x, double[] y) {
    MinMaxDecimator d = new MinMaxDecimator(columns, toNanos - fromNanos, originNanos);
    double[] v = values[c];
    for (long s = start; s < end; s++) {
      long t = times[slot(s)];
      if (t >= fromNanos && t <= toNanos) {
        d.add(t, v[slot(s)]);
      }
    }
    d.scrollTo(toNanos);
    return d.polyline(x, y);
  }

  /** The first sequence from {@code from} on whose time is after {@code bound}, else the end. */
  private long firstAfter(long bound, long from) {
    long lo = from;
    long hi = end;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (times[slot(mid)] > bound) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Folds sequences {@code [from, to)} of channel {@code c} into min, max and where each was. */
  private void fold(int c, long from, long to) {
    minAt = NONE;
    maxAt = NONE;
    long s = from;
    while (s < to && s % BLOCK != 0) {
      sample(c, s++);
    }
    while (s + BLOCK <= to) {
      long block = s / BLOCK;
      int slot = (int) (block % blockOf.length);
      if (blockOf[slot] == block && s >= start) {
        combine(blockMin[c][slot], blockMinAt[c][slot], blockMax[c][slot], blockMaxAt[c][slot]);
        s += BLOCK;
      } else {
        for (long stop = s + BLOCK; s < stop; s++) {
          sample(c, s);
        }
      }
    }
    while (s < to) {
      sample(c, s++);
    }
  }

  private void sample(int c, long s) {
    double v = values[c][slot(s)];
    if (!Double.isNaN(v)) {
      combine(v, s, v, s);
    }
  }

  /** Adds a later part's extremes; on a tie the earlier one stays (a new record must exceed). */
  private void combine(double partMin, long partMinAt, double partMax, long partMaxAt) {
    if (partMinAt == NONE) {
      return;
    }
    if (minAt == NONE) {
      min = partMin;
      minAt = partMinAt;
      max = partMax;
      maxAt = partMaxAt;
      return;
    }
    if (partMin < min) {
      min = partMin;
      minAt = partMinAt;
    }
    if (partMax > max) {
      max = partMax;
      maxAt = partMaxAt;
    }
  }

  private int slot(long seq) {
    return (int) (seq % capacity);
  }
}
