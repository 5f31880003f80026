package io.gattscope.stream;

import java.util.Arrays;

/**
 * Incremental min/max envelope of one channel over a scrolling time window, one bucket per pixel
 * column, so spikes and noise stay visible (nothing is averaged).
 *
 * <p>Columns are aligned to absolute time ({@code column = floor(t / columnNanos)}) and kept in a
 * ring of {@code columns} slots: adding a sample costs O(1), a newer column silently replaces the
 * one that scrolled out, and producing the output costs O(columns). The cost of a frame therefore
 * depends on the new samples and the pixel width, never on the window length. Not thread-safe: use
 * it from the thread that draws.
 */
public final class MinMaxDecimator {
  private static final long EMPTY = Long.MIN_VALUE;

  private final int columns;
  private final long columnNanos;
  private final long originNanos;
  private final long[] columnOf;
  private final double[] min;
  private final double[] max;
  private final double[] first;
  private final double[] last;
  private final boolean[] maxLast;
  private long head = EMPTY;
  private long tooOld;

  /**
   * Creates a decimator of {@code columns} buckets spanning at least {@code windowNanos}.
   *
   * @param columns the number of buckets, usually the plot's width in pixels; at least 1
   * @param windowNanos the time the window spans, at least 1 ns; rounded up to a whole number of
   *     nanoseconds per column
   * @param originNanos the timestamp that maps to x = 0 in the output (x is in seconds)
   * @throws IllegalArgumentException if {@code columns} or {@code windowNanos} is less than 1
   */
  public MinMaxDecimator(int columns, long windowNanos, long originNanos) {
    if (columns < 1 || windowNanos < 1) {
      throw new IllegalArgumentException(
          "decimator needs columns >= 1 and a window >= 1 ns, got " + columns + ", " + windowNanos);
    }
    this.columns = columns;
    this.columnNanos = (windowNanos + columns - 1) / columns;
    this.originNanos = originNanos;
    columnOf = new long[columns];
    min = new double[columns];
    max = new double[columns];
    first = new double[columns];
    last = new double[columns];
    maxLast = new boolean[columns];
    reset();
  }

  /**
   * Number of columns (the most points per channel the envelope outputs).
   *
   * @return the column count given to the constructor
   */
  public int columns() {
    return columns;
  }

  /**
   * Time covered by one column in nanoseconds.
   *
   * @return the window divided by the columns, rounded up; at least 1
   */
  public long columnNanos() {
    return columnNanos;
  }

  /** Forgets every sample (for instance after the window or the data source changed). */
  public void reset() {
    Arrays.fill(columnOf, EMPTY);
    head = EMPTY;
    tooOld = 0;
  }

  /**
   * Samples ignored because they were older than the window when added.
   *
   * @return the count since creation or the last {@link #reset()}
   */
  public long tooOld() {
    return tooOld;
  }

  /**
   * Start of the oldest visible column in nanoseconds, or {@code Long.MIN_VALUE} when empty.
   *
   * @return the time in nanoseconds, on the samples' clock
   */
  public long windowStartNanos() {
    return head == EMPTY ? Long.MIN_VALUE : (head - columns + 1) * columnNanos;
  }

  /**
   * End (exclusive) of the newest visible column in nanoseconds, or {@code Long.MIN_VALUE}.
   *
   * @return the time in nanoseconds, on the samples' clock
   */
  public long windowEndNanos() {
    return head == EMPTY ? Long.MIN_VALUE : (head + 1) * columnNanos;
  }

  /**
   * Scrolls the window so that it ends with the column holding {@code nowNanos}. Never scrolls
   * back; columns that scroll out are forgotten.
   *
   * @param nowNanos the current time on the samples' clock, in nanoseconds
   */
  public void scrollTo(long nowNanos) {
    long k = Math.floorDiv(nowNanos, columnNanos);
    if (head == EMPTY || k > head) {
      head = k;
    }
  }

  /**
   * Folds in {@code count} samples starting at {@code from}; NaN values are ignored.
   *
   * @param timestamps sample times in nanoseconds, e.g. {@link SampleSnapshot#timestamps()}
   * @param values the channel's values, parallel to {@code timestamps}
   * @param from index of the first sample to add
   * @param count number of samples to add, 0 or more
   * @throws IllegalArgumentException if the range is negative or runs past either array
   */
  public void add(long[] timestamps, double[] values, int from, int count) {
    if (from < 0 || count < 0 || from + count > Math.min(timestamps.length, values.length)) {
      throw new IllegalArgumentException(
          "range " + from + "+" + count + " is outside the given arrays");
    }
    for (int i = from; i < from + count; i++) {
      add(timestamps[i], values[i]);
    }
  }

  /**
   * Folds in one sample. A sample newer than the window scrolls it forward; one older than the
   * window is counted in {@link #tooOld()} and ignored.
   *
   * @param timestampNanos the sample time in nanoseconds
   * @param value the value; {@code NaN} is ignored
   */
  public void add(long timestampNanos, double value) {
    if (Double.isNaN(value)) {
      return;
    }
    long k = Math.floorDiv(timestampNanos, columnNanos);
    if (head == EMPTY || k > head) {
      head = k;
    } else if (k <= head - columns) {
      tooOld++;
      return;
    }
    int slot = (int) Math.floorMod(k, (long) columns);
    if (columnOf[slot] != k) {
      columnOf[slot] = k;
      min[slot] = value;
      max[slot] = value;
      first[slot] = value;
      last[slot] = value;
      maxLast[slot] = true;
      return;
    }
    last[slot] = value;
    if (value > max[slot]) {
      max[slot] = value;
      maxLast[slot] = true;
    } else if (value < min[slot]) {
      min[slot] = value;
      maxLast[slot] = false;
    }
  }

  /**
   * Writes one entry per non-empty visible column, oldest first: x (column centre, seconds from the
   * origin), min, max, first and last value. Arrays need {@link #columns()} entries; {@code
   * yFirst}/{@code yLast} may be null.
   *
   * @param x receives each column's centre in seconds from the origin
   * @param yMin receives each column's smallest value
   * @param yMax receives each column's largest value
   * @param yFirst receives each column's first value, or {@code null} if not wanted
   * @param yLast receives each column's last value, or {@code null} if not wanted
   * @return the number of entries written (at most {@link #columns()})
   * @throws IllegalArgumentException if an array has fewer than {@link #columns()} entries
   */
  public int envelope(double[] x, double[] yMin, double[] yMax, double[] yFirst, double[] yLast) {
    checkLength(x, yMin, yMax);
    checkLength(yFirst == null ? x : yFirst, yLast == null ? x : yLast);
    int n = 0;
    for (long k = head - columns + 1; head != EMPTY && k <= head; k++) {
      int slot = (int) Math.floorMod(k, (long) columns);
      if (columnOf[slot] == k) {
        x[n] = centre(k);
        yMin[n] = min[slot];
        yMax[n] = max[slot];
        if (yFirst != null) {
          yFirst[n] = first[slot];
        }
        if (yLast != null) {
          yLast[n] = last[slot];
        }
        n++;
      }
    }
    return n;
  }

  /**
   * Writes a polyline of two points per non-empty column (its min and max, in the order they
   * occurred, both at the column centre), ready to draw as one line. Arrays need {@code 2 *
   * columns()} entries.
   *
   * @param x receives the points' times in seconds from the origin
   * @param y receives the points' values
   * @return the number of points written (at most {@code 2 * columns()})
   * @throws IllegalArgumentException if an array has fewer than {@code 2 * columns()} entries
   */
  public int polyline(double[] x, double[] y) {
    if (x.length < 2 * columns || y.length < 2 * columns) {
      throw new IllegalArgumentException("polyline arrays need " + 2 * columns + " entries");
    }
    int n = 0;
    for (long k = head - columns + 1; head != EMPTY && k <= head; k++) {
      int slot = (int) Math.floorMod(k, (long) columns);
      if (columnOf[slot] == k) {
        double cx = centre(k);
        x[n] = cx;
        y[n++] = maxLast[slot] ? min[slot] : max[slot];
        x[n] = cx;
        y[n++] = maxLast[slot] ? max[slot] : min[slot];
      }
    }
    return n;
  }

  private double centre(long column) {
    return (column * columnNanos + columnNanos / 2 - originNanos) / 1e9;
  }

  private void checkLength(double[]... arrays) {
    for (double[] a : arrays) {
      if (a.length < columns) {
        throw new IllegalArgumentException(
            "output arrays need " + columns + " entries, got " + a.length);
      }
    }
  }
}
