package io.gattscope.app.chart;

import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.EnvelopeStore;
import io.gattscope.stream.GapLog;
import io.gattscope.stream.SampleRingBuffer;
import java.util.List;

/**
 * Min/max polylines of every channel over any time range of a feed: from the ring buffer at full
 * resolution while it still holds the range and its columns are finer than the envelope store's
 * buckets, else from the envelope store (the last hour). Polylines break (a NaN point) at every
 * logged gap. The ring's side folds from a copy that each frame tops up with the new samples only
 * and from per-block extremes, so a frame costs about its columns, not the ring's length. Free of
 * JavaFX; use from one thread.
 */
public final class RangeEnvelopes {
  private final int channels;
  private double[][] x;
  private double[][] y;
  private final int[] points;
  private long[] centre = new long[0];
  private double[] min = new double[0];
  private double[] max = new double[0];
  private final RingBlocks blocks;
  private boolean fromStore;

  /** Polylines for {@code channels} channels. */
  public RangeEnvelopes(int channels) {
    this.channels = channels;
    this.points = new int[channels];
    this.x = new double[channels][0];
    this.y = new double[channels][0];
    this.blocks = new RingBlocks(channels);
  }

  /**
   * Whether the ring buffer holds {@code [fromNanos, toNanos]} and the columns are finer than the
   * store's buckets (then the ring gives the better picture).
   */
  public static boolean ringCovers(ChannelFeed feed, long fromNanos, long toNanos, int columns) {
    return ringHolds(feed, fromNanos, toNanos)
        && (toNanos - fromNanos) / (double) columns < 2 * EnvelopeStore.BASE_NANOS;
  }

  /**
   * Whether the ring buffer still holds samples as old as {@code fromNanos} (then a live chart
   * folds the window from it at full resolution, in the order the samples came).
   */
  public static boolean ringHolds(ChannelFeed feed, long fromNanos, long toNanos) {
    SampleRingBuffer ring = feed.buffer();
    double period = feed.clock().periodNanos();
    long written = ring.writeSequence();
    boolean all = written <= ring.capacity();
    double span = Double.isNaN(period) ? Double.POSITIVE_INFINITY : period * ring.capacity();
    return all || toNanos - fromNanos <= 0.9 * span;
  }

  /** Computes the polylines of {@code [fromNanos, toNanos]} in {@code columns} columns. */
  public void render(
      ChannelFeed feed, long originNanos, long fromNanos, long toNanos, int columns) {
    ensure(columns);
    // kept current on every frame (only the new samples), so reaching the ring costs no catch-up
    blocks.update(feed.buffer());
    fromStore = !ringCovers(feed, fromNanos, toNanos, columns);
    if (fromStore) {
      EnvelopeStore store = feed.history();
      for (int c = 0; c < channels; c++) {
        int n = store.envelope(c, fromNanos, toNanos, columns, centre, min, max);
        int p = 0;
        double previous = Double.NaN;
        for (int i = 0; i < n; i++) {
          // the store does not know which came first, so the extreme nearer the previous column
          // goes first: a falling signal draws max then min, not a sawtooth of min-max teeth
          // (the first column looks at the next one instead)
          boolean maxFirst =
              Double.isNaN(previous)
                  ? i + 1 < n && min[i + 1] + max[i + 1] < min[i] + max[i]
                  : Math.abs(previous - max[i]) < Math.abs(previous - min[i]);
          double t = (centre[i] - originNanos) / 1e9;
          x[c][p] = t;
          y[c][p++] = maxFirst ? max[i] : min[i];
          x[c][p] = t;
          y[c][p++] = maxFirst ? min[i] : max[i];
          previous = y[c][p - 1];
        }
        points[c] = p;
      }
    } else {
      for (int c = 0; c < channels; c++) {
        points[c] = blocks.polyline(c, originNanos, fromNanos, toNanos, columns, x[c], y[c]);
      }
    }
    List<GapLog.Gap> gaps = feed.gaps().between(fromNanos, toNanos);
    for (int c = 0; c < channels; c++) {
      points[c] = GapBreaks.insert(x[c], y[c], points[c], gaps, originNanos);
    }
  }

  private void ensure(int columns) {
    int size = 2 * columns + 2 * GapBreaks.MAX_BREAKS + 2;
    if (x[0].length < size) {
      x = new double[channels][size];
      y = new double[channels][size];
    }
    if (centre.length < columns) {
      centre = new long[columns];
      min = new double[columns];
      max = new double[columns];
    }
  }

  /** Whether the last render came from the envelope store (else from the ring buffer). */
  public boolean fromStore() {
    return fromStore;
  }

  /** Points of channel {@code c} after the last render. */
  public int points(int c) {
    return points[c];
  }

  /** X values (seconds since the origin) of channel {@code c}. */
  public double[] x(int c) {
    return x[c];
  }

  /** Y values of channel {@code c}; NaN marks a break at a gap. */
  public double[] y(int c) {
    return y[c];
  }
}
