package io.gattscope.stream;

/**
 * Online reconstruction of evenly spaced sample times from bursty arrival times, the way Lab
 * Streaming Layer dejitters: a least-squares line of arrival time against a sample position (the
 * sample count, the device's sequence counter or its timestamp), weighted to forget old samples
 * over about {@value #MEMORY} samples, with residuals clipped to a few times their running mean so
 * a late burst pulls the line little; a residual beyond {@link #gapNanos()} re-anchors the line (a
 * gap). The times handed out never go backwards, and their steps follow the fitted period within
 * {@value #MAX_STEP_CHANGE} of it, so the connection-event bursts of BLE do not show up as teeth.
 * Not thread-safe: one per stream.
 */
public final class Dejitter {
  /** Samples over which old samples fade out of the fit. */
  static final int MEMORY = 20_000;

  /** Largest relative deviation of one output step from the fitted period. */
  static final double MAX_STEP_CHANGE = 0.004;

  private static final double FORGET = 1.0 - 1.0 / MEMORY;
  private static final int RECENTRE_EVERY = 4_096;
  private static final long MIN_GAP_NANOS = 250_000_000L;

  private double s0;
  private double sx;
  private double sxx;
  private double st;
  private double sxt;
  private double xc;
  private long tc;
  private double scale;
  private boolean anchored;
  private double lastX;
  private long lastOut;
  private double period = Double.NaN;
  private int sinceRecentre;
  private long gaps;
  private long gapFrom;
  private long gapTo;

  /**
   * The sample time of a sample at position {@code x} (strictly increasing for a steady stream)
   * that arrived at {@code arrivalNanos}.
   *
   * @param x the sample's position: its count, sequence number or timestamp in any unit; a position
   *     not above the previous one re-anchors the fit
   * @param arrivalNanos when the sample arrived, on a monotonic nanosecond clock
   * @return the sample time in nanoseconds on the arrival clock, never less than the previous one
   */
  public long time(double x, long arrivalNanos) {
    if (!anchored) {
      return anchor(x, arrivalNanos);
    }
    double dx = x - lastX;
    double fit = fitted(x);
    double residual = arrivalNanos - fit;
    // before a period is fitted the line cannot predict the next arrival, so a slow stream's
    // second sample is no gap
    boolean jumped = !Double.isNaN(period) && Math.abs(residual) > gapNanos();
    if (dx <= 0 || jumped) {
      long from = lastOut;
      long out = anchor(x, Math.max(arrivalNanos, lastOut + 1));
      gaps++;
      gapFrom = from;
      gapTo = out;
      return out;
    }
    double limit =
        s0 < 64 || Double.isNaN(period)
            ? Double.POSITIVE_INFINITY
            : Math.max(4 * scale, 2 * period * dx);
    double clipped = Math.max(-limit, Math.min(limit, residual));
    scale += (Math.abs(residual) - scale) / 256;
    add(x - xc, fit + clipped - tc);
    double slope = slope();
    if (!Double.isNaN(slope)) {
      period = slope;
    }
    double target = fitted(x);
    long out;
    if (Double.isNaN(period)) {
      out = Math.max(arrivalNanos, lastOut);
    } else {
      double step = period * dx;
      double low = lastOut + step * (1 - MAX_STEP_CHANGE);
      double high = lastOut + step * (1 + MAX_STEP_CHANGE);
      out = Math.round(Math.max(low, Math.min(high, target)));
    }
    lastX = x;
    lastOut = Math.max(out, lastOut);
    if (++sinceRecentre >= RECENTRE_EVERY) {
      recentre(x, Math.round(target));
    }
    return lastOut;
  }

  /**
   * Residuals above this re-anchor the fit: 20 fitted periods or 250 ms, whichever is more.
   *
   * @return the current gap threshold in nanoseconds, at least 250 ms
   */
  public long gapNanos() {
    double p = Double.isNaN(period) ? 0 : 20 * period;
    return Math.max(MIN_GAP_NANOS, (long) Math.max(p, 40 * scale));
  }

  /**
   * The fitted sample period in nanoseconds per unit of position, or NaN before it is known.
   *
   * @return nanoseconds per unit of {@code x}, or {@code NaN}
   */
  public double period() {
    return period;
  }

  /**
   * Times the fit was re-anchored because arrivals jumped (a gap) or the position went back.
   *
   * @return the number of re-anchors since creation
   */
  public long gaps() {
    return gaps;
  }

  /**
   * Sample time of the last sample before the latest gap.
   *
   * @return the time in nanoseconds, or 0 before the first gap
   */
  public long lastGapFrom() {
    return gapFrom;
  }

  /**
   * Sample time of the first sample after the latest gap.
   *
   * @return the time in nanoseconds, or 0 before the first gap
   */
  public long lastGapTo() {
    return gapTo;
  }

  /** Starts a new line at this sample, keeping the fitted period as the slope to begin with. */
  private long anchor(double x, long arrivalNanos) {
    s0 = 0;
    sx = 0;
    sxx = 0;
    st = 0;
    sxt = 0;
    xc = x;
    tc = arrivalNanos;
    scale = 0;
    sinceRecentre = 0;
    anchored = true;
    lastX = x;
    lastOut = arrivalNanos;
    add(0, 0);
    return arrivalNanos;
  }

  private void add(double x, double t) {
    s0 = s0 * FORGET + 1;
    sx = sx * FORGET + x;
    sxx = sxx * FORGET + x * x;
    st = st * FORGET + t;
    sxt = sxt * FORGET + x * t;
  }

  private double slope() {
    double d = s0 * sxx - sx * sx;
    if (d <= 1e-9 * s0 * s0) {
      return Double.NaN;
    }
    double b = (s0 * sxt - sx * st) / d;
    return b > 0 ? b : Double.NaN;
  }

  private double fitted(double x) {
    double b = slope();
    if (Double.isNaN(b)) {
      b = Double.isNaN(period) ? 0 : period;
      double meanX = sx / s0;
      double meanT = st / s0;
      return tc + meanT + b * (x - xc - meanX);
    }
    double a = (st - b * sx) / s0;
    return tc + a + b * (x - xc);
  }

  private void recentre(double x, long t) {
    double dx = x - xc;
    double dt = t - tc;
    sxt = sxt - dt * sx - dx * st + dx * dt * s0;
    sxx = sxx - 2 * dx * sx + dx * dx * s0;
    sx = sx - dx * s0;
    st = st - dt * s0;
    xc = x;
    tc = t;
    sinceRecentre = 0;
  }
}
