package io.gattscope.app.chart;

import io.gattscope.stream.MinMaxDecimator;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;

/**
 * The per-frame reduction of one subscription's ring buffer: takes only the samples that are new
 * since the last frame, folds them into one min/max decimator per channel and produces a polyline
 * of at most two points per pixel column per channel. Free of JavaFX; use from one thread.
 */
public final class ChannelEnvelopes {
  private static final int SNAPSHOT_SAMPLES = 4_096;

  private final SampleRingBuffer buffer;
  private final long originNanos;
  private final SampleSnapshot snapshot;
  private MinMaxDecimator[] decimators;
  private double[][] x;
  private double[][] y;
  private final int[] points;
  private long next;
  private long skipped;
  private long windowNanos;
  private int columns;

  /**
   * Creates the envelopes of {@code buffer}.
   *
   * @param originNanos the timestamp shown as x = 0 s
   */
  public ChannelEnvelopes(
      SampleRingBuffer buffer, long originNanos, long windowNanos, int columns) {
    this.buffer = buffer;
    this.originNanos = originNanos;
    this.snapshot = new SampleSnapshot(SNAPSHOT_SAMPLES, buffer.channelCount());
    this.points = new int[buffer.channelCount()];
    rebuild(windowNanos, columns);
  }

  /**
   * Resets to a new window length and width and refolds what the ring buffer still holds of it
   * (used after a change of window or width, and on resume).
   */
  public void rebuild(long windowNanos, int columns) {
    if (windowNanos < 1 || columns < 1) {
      throw new IllegalArgumentException(
          "window and columns must be positive, got " + windowNanos + " ns, " + columns);
    }
    if (decimators == null || columns != this.columns) {
      x = new double[buffer.channelCount()][2 * columns];
      y = new double[buffer.channelCount()][2 * columns];
    }
    this.windowNanos = windowNanos;
    this.columns = columns;
    decimators = new MinMaxDecimator[buffer.channelCount()];
    for (int c = 0; c < decimators.length; c++) {
      decimators[c] = new MinMaxDecimator(columns, windowNanos, originNanos);
    }
    next = 0;
    pull(false);
  }

  /** Folds in every sample written since the last call; returns how many were new. */
  public int pull() {
    return pull(true);
  }

  private int pull(boolean countSkips) {
    int total = 0;
    long end = buffer.writeSequence();
    while (next < end) {
      int n = buffer.copySince(next, snapshot);
      if (countSkips) {
        skipped += snapshot.skipped();
      }
      next = snapshot.nextSequence();
      long[] t = snapshot.timestamps();
      for (int c = 0; c < decimators.length; c++) {
        decimators[c].add(t, snapshot.channel(c), 0, n);
      }
      total += n;
      if (n == 0) {
        break;
      }
    }
    return total;
  }

  /** Scrolls every channel so the window ends at {@code nowNanos} and refreshes the polylines. */
  public void render(long nowNanos) {
    for (int c = 0; c < decimators.length; c++) {
      decimators[c].scrollTo(nowNanos);
      points[c] = decimators[c].polyline(x[c], y[c]);
    }
  }

  /** Points of channel {@code c}'s polyline after the last {@link #render}. */
  public int points(int c) {
    return points[c];
  }

  /** X values (seconds since the origin) of channel {@code c}'s polyline. */
  public double[] x(int c) {
    return x[c];
  }

  /** Y values of channel {@code c}'s polyline. */
  public double[] y(int c) {
    return y[c];
  }

  /** Samples the chart never saw because the ring buffer overwrote them first. */
  public long skipped() {
    return skipped;
  }

  /** The window length in nanoseconds. */
  public long windowNanos() {
    return windowNanos;
  }

  /** Pixel columns per channel. */
  public int columns() {
    return columns;
  }

  /** Seconds since the origin of a timestamp. */
  public double seconds(long nanos) {
    return (nanos - originNanos) / 1e9;
  }
}
