package io.gattscope.stream;

import java.util.Arrays;

/**
 * Bounded multi-resolution history of a multi-channel stream: per channel the min and max of every
 * {@value #BASE_NANOS} ns bucket of sample time, and of buckets {@value #FACTOR}, {@value
 * #FACTOR}², ... times as long, for the newest {@code span} of time. Only buckets holding samples
 * take memory, so a slow stream costs little; at 100 buckets/s or more one hour of six channels is
 * about 43 MB. A query folds the coarsest level that still resolves its columns, so its cost
 * depends on the columns, not on the range.
 *
 * <p>One writer thread calls {@link #add}; readers call {@link #envelope} from any thread (they
 * lock, briefly).
 */
public final class EnvelopeStore {
  /** Width of the finest buckets: 10 ms. */
  public static final long BASE_NANOS = 10_000_000L;

  /** Each level's buckets are this many times wider than the level below. */
  public static final int FACTOR = 8;

  private static final int LEVELS = 4;
  private static final int INITIAL = 1_024;

  private final int channels;
  private final Level[] levels = new Level[LEVELS];
  private long late;

  /**
   * A store for {@code channels} channels keeping the newest {@code spanNanos} of sample time.
   *
   * @param channels channels per sample, at least 1
   * @param spanNanos how much sample time to keep, at least {@link #BASE_NANOS}; older buckets are
   *     dropped as newer ones arrive
   * @throws IllegalArgumentException if {@code channels} is less than 1 or {@code spanNanos} is
   *     less than {@link #BASE_NANOS}
   */
  public EnvelopeStore(int channels, long spanNanos) {
    if (channels < 1 || spanNanos < BASE_NANOS) {
      throw new IllegalArgumentException(
          "store needs >= 1 channel and a span >= 10 ms, got " + channels + ", " + spanNanos);
    }
    this.channels = channels;
    long width = BASE_NANOS;
    for (int i = 0; i < LEVELS; i++) {
      levels[i] = new Level(width, (int) Math.min(Integer.MAX_VALUE - 8, spanNanos / width + 2));
      width *= FACTOR;
    }
  }

  /**
   * Channels per sample.
   *
   * @return the channel count given to the constructor
   */
  public int channelCount() {
    return channels;
  }

  /**
   * Folds one sample in; NaN values are skipped. Allocates only when a level grows. Call from the
   * one writer thread.
   *
   * @param timeNanos the sample time in nanoseconds, as {@link SampleClock} gives it
   * @param values at least {@link #channelCount()} values; read, not kept
   */
  public synchronized void add(long timeNanos, double[] values) {
    for (Level level : levels) {
      if (!level.add(timeNanos, values)) {
        late++;
        return;
      }
    }
  }

  /**
   * Samples not stored because their time was older than a newer stored sample's bucket.
   *
   * @return the count since creation
   */
  public synchronized long late() {
    return late;
  }

  /**
   * Bytes held by the bucket arrays.
   *
   * @return the memory the levels use now, in bytes; it grows with the stored time
   */
  public synchronized long bytes() {
    long total = 0;
    for (Level l : levels) {
      total += (long) l.index.length * (8 + 16L * channels);
    }
    return total;
  }

  /**
   * Start of the oldest stored bucket, or {@code Long.MAX_VALUE} when empty.
   *
   * @return the start in nanoseconds of sample time
   */
  public synchronized long oldestNanos() {
    Level l = levels[0];
    return l.count == 0 ? Long.MAX_VALUE : l.index[l.slot(0)] * l.width;
  }

  /**
   * Writes the min/max envelope of {@code channel} over {@code [fromNanos, toNanos)} in {@code
   * columns} equal columns: for each column holding data its centre time and min and max, oldest
   * first. Arrays need {@code columns} entries.
   *
   * @param channel the channel index, 0 to {@link #channelCount()} - 1
   * @param fromNanos start of the range in sample time, nanoseconds, inclusive
   * @param toNanos end of the range in sample time, nanoseconds, exclusive; above {@code fromNanos}
   * @param columns how many columns the range divides into, at least 1
   * @param centre receives each written column's centre time in nanoseconds
   * @param min receives each written column's smallest value
   * @param max receives each written column's largest value
   * @return the number of columns written
   * @throws IllegalArgumentException if {@code columns} is less than 1 or the range is empty
   */
  public synchronized int envelope(
      int channel,
      long fromNanos,
      long toNanos,
      int columns,
      long[] centre,
      double[] min,
      double[] max) {
    if (columns < 1 || toNanos <= fromNanos) {
      throw new IllegalArgumentException(
          "need columns >= 1 and a non-empty range, got "
              + columns
              + ", "
              + fromNanos
              + ".."
              + toNanos);
    }
    double columnNanos = (toNanos - fromNanos) / (double) columns;
    Level level = levels[0];
    for (Level l : levels) {
      if (l.width <= columnNanos) {
        level = l;
      }
    }
    int n = 0;
    int lastColumn = -1;
    for (int i = level.firstAtOrAfter(Math.floorDiv(fromNanos, level.width));
        i < level.count;
        i++) {
      int s = level.slot(i);
      long start = level.index[s] * level.width;
      if (start >= toNanos) {
        break;
      }
      double lo = level.min[channel][s];
      double hi = level.max[channel][s];
      if (Double.isNaN(lo)) {
        continue;
      }
      int column = (int) Math.min(columns - 1, Math.max(0, (start - fromNanos) / columnNanos));
      if (column != lastColumn) {
        centre[n] = fromNanos + (long) ((column + 0.5) * columnNanos);
        min[n] = lo;
        max[n] = hi;
        n++;
        lastColumn = column;
      } else {
        min[n - 1] = Math.min(min[n - 1], lo);
        max[n - 1] = Math.max(max[n - 1], hi);
      }
    }
    return n;
  }

  /** One resolution: a ring of the newest non-empty buckets, growing up to its capacity. */
  private final class Level {
    final long width;
    final int capacity;
    long[] index = new long[0];
    double[][] min = new double[channels][0];
    double[][] max = new double[channels][0];
    int head;
    int count;

    Level(long width, int capacity) {
      this.width = width;
      this.capacity = capacity;
    }

    int slot(int i) {
      return (head + i) % index.length;
    }

    boolean add(long t, double[] values) {
      long k = Math.floorDiv(t, width);
      int s;
      if (count > 0 && index[slot(count - 1)] == k) {
        s = slot(count - 1);
      } else if (count > 0 && index[slot(count - 1)] > k) {
        return false;
      } else {
        s = append(k);
      }
      for (int c = 0; c < channels; c++) {
        double v = values[c];
        if (Double.isNaN(v)) {
          continue;
        }
        if (Double.isNaN(min[c][s]) || v < min[c][s]) {
          min[c][s] = v;
        }
        if (Double.isNaN(max[c][s]) || v > max[c][s]) {
          max[c][s] = v;
        }
      }
      return true;
    }

    private int append(long k) {
      if (count == index.length) {
        if (index.length < capacity) {
          grow();
        } else {
          head = (head + 1) % index.length;
          count--;
        }
      }
      int s = slot(count);
      count++;
      index[s] = k;
      for (int c = 0; c < channels; c++) {
        min[c][s] = Double.NaN;
        max[c][s] = Double.NaN;
      }
      return s;
    }

    private void grow() {
      int size = (int) Math.min(capacity, Math.max(INITIAL, 2L * index.length));
      index = unroll(index, size);
      for (int c = 0; c < channels; c++) {
        min[c] = unroll(min[c], size);
        max[c] = unroll(max[c], size);
      }
      head = 0;
    }

    private long[] unroll(long[] a, int size) {
      long[] out = new long[size];
      for (int i = 0; i < count; i++) {
        out[i] = a[(head + i) % a.length];
      }
      return out;
    }

    private double[] unroll(double[] a, int size) {
      double[] out = new double[size];
      Arrays.fill(out, Double.NaN);
      for (int i = 0; i < count; i++) {
        out[i] = a[(head + i) % a.length];
      }
      return out;
    }

    /** Position (0 = oldest) of the first bucket with index >= k, or count. */
    int firstAtOrAfter(long k) {
      int lo = 0;
      int hi = count;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (index[slot(mid)] < k) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }
}
