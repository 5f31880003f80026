package io.gattscope.stream;

/**
 * Gives each sample of one stream its sample time: from the device's sequence counter or timestamp
 * when the layout marks one ({@link TimeBase}), else from the sample count; either way dejittered
 * against the arrival times ({@link Dejitter}). Counts device drops (jumps of the sequence counter)
 * and logs every gap in a {@link GapLog}. Not thread-safe: call from the stream's one thread.
 */
public final class SampleClock {
  private final TimeBase base;
  private final Dejitter dejitter = new Dejitter();
  private final GapLog gaps;
  private double position = -1;
  private double lastRaw = Double.NaN;
  private volatile long lastTime = Long.MIN_VALUE;
  private long dejitterGaps;
  private volatile long deviceDrops;

  /**
   * A clock for a stream decoded with the time base {@code base}, logging gaps into {@code gaps}.
   *
   * @param base which channel, if any, carries the device's counter or timestamp; {@link
   *     TimeBase#NONE} times samples by their count
   * @param gaps the log that receives device drops, pauses and the end of link losses
   */
  public SampleClock(TimeBase base, GapLog gaps) {
    this.base = base;
    this.gaps = gaps;
  }

  /**
   * The sample time of a sample that arrived at {@code arrivalNanos} with these channels.
   *
   * @param arrivalNanos when the notification arrived, on a monotonic nanosecond clock
   * @param values the sample's decoded channels, in layout order; a {@code NaN} time-base channel
   *     is skipped
   * @return the sample time in nanoseconds on the arrival clock, never less than the previous one
   */
  public long time(long arrivalNanos, double[] values) {
    double step = 1;
    long dropped = 0;
    if (base.present()) {
      double raw = values[base.channel()];
      if (!Double.isNaN(raw)) {
        if (!Double.isNaN(lastRaw)) {
          double delta = raw - lastRaw;
          if (base.wrap() > 0 && delta < -base.wrap() / 2) {
            delta += base.wrap();
          }
          if (base.role() == FieldRole.TIMESTAMP) {
            step = delta * base.nanosPerUnit();
          } else {
            step = Math.rint(delta);
            dropped = step > 1 ? (long) step - 1 : 0;
          }
        }
        lastRaw = raw;
      }
    }
    position = position < 0 ? 0 : position + (step > 0 ? step : 1);
    long t = dejitter.time(position, arrivalNanos);
    boolean reopened = gaps.close(t);
    if (dejitter.gaps() != dejitterGaps) {
      dejitterGaps = dejitter.gaps();
      if (dropped == 0 && !reopened) {
        gaps.add(new GapLog.Gap(dejitter.lastGapFrom(), t, GapLog.Kind.PAUSE, 0));
      }
    }
    if (dropped > 0) {
      deviceDrops += dropped;
      gaps.add(new GapLog.Gap(lastTime, t, GapLog.Kind.DEVICE_DROPS, dropped));
    }
    lastTime = t;
    return t;
  }

  /**
   * Samples the device made that never arrived (jumps of its sequence counter).
   *
   * @return the count since creation; may be read from any thread
   */
  public long deviceDrops() {
    return deviceDrops;
  }

  /**
   * The sample time of the newest sample, or {@code Long.MIN_VALUE} before the first.
   *
   * @return the time in nanoseconds; may be read from any thread
   */
  public long lastTime() {
    return lastTime;
  }

  /**
   * The fitted sample period in nanoseconds, or NaN before it is known.
   *
   * @return nanoseconds between samples, or {@code NaN}; always {@code NaN} for a timestamp time
   *     base, where the fit runs on device time rather than on sample count
   */
  public double periodNanos() {
    double p = dejitter.period();
    return base.role() == FieldRole.TIMESTAMP ? Double.NaN : p;
  }
}
