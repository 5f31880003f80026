package io.gattscope.app.chart;

import io.gattscope.stream.GapLog;
import java.util.List;

/** Breaks a polyline at logged gaps: a NaN point between the points on either side of a gap. */
public final class GapBreaks {
  /** Most breaks inserted into one polyline (arrays need this much spare room). */
  public static final int MAX_BREAKS = 256;

  private GapBreaks() {}

  /**
   * Inserts a NaN point wherever a gap of {@code gaps} lies between two consecutive points, in
   * place; the arrays need {@link #MAX_BREAKS} entries of spare room after {@code n}.
   *
   * @return the new number of points
   */
  public static int insert(double[] x, double[] y, int n, List<GapLog.Gap> gaps, long originNanos) {
    if (gaps.isEmpty() || n < 2) {
      return n;
    }
    int added = 0;
    for (GapLog.Gap g : gaps) {
      if (added == MAX_BREAKS) {
        break;
      }
      if (g.toNanos() == Long.MAX_VALUE) {
        continue;
      }
      // points may be column centres (envelopes), up to half a column off the samples' times, so
      // the two points around a gap are the ones either side of its middle
      double middle =
          ((g.fromNanos() - originNanos) / 2.0 + (g.toNanos() - originNanos) / 2.0) / 1e9;
      for (int i = 1; i < n + added; i++) {
        if (x[i - 1] < middle && x[i] > middle && !Double.isNaN(y[i - 1]) && !Double.isNaN(y[i])) {
          System.arraycopy(x, i, x, i + 1, n + added - i);
          System.arraycopy(y, i, y, i + 1, n + added - i);
          x[i] = (x[i - 1] + x[i + 1]) / 2;
          y[i] = Double.NaN;
          added++;
          break;
        }
      }
    }
    return n + added;
  }
}
