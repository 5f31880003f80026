package io.gattscope.app.view.chart;

import io.gattscope.ble.NotificationListener;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Forwards notifications to a target listener and histograms the time from the host's receive
 * timestamp to the end of the target's work (the sample is in the ring buffer), in 10 µs buckets up
 * to 100 ms; allocation-free.
 */
final class LatencyProbe implements NotificationListener {
  private static final int BUCKETS = 10_000;
  private static final long BUCKET_NANOS = 10_000;

  final AtomicLong received = new AtomicLong();
  private final AtomicLongArray histogram = new AtomicLongArray(BUCKETS + 1);
  volatile NotificationListener target = (h, v, t) -> {};
  private final LongSupplier clock;

  /** A probe on {@link System#nanoTime()}. */
  LatencyProbe() {
    this(System::nanoTime);
  }

  /** A probe reading the end of the target's work from {@code clock} (nanoseconds). */
  LatencyProbe(LongSupplier clock) {
    this.clock = clock;
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    target.onNotification(valueHandle, value, timestampNanos);
    long lag = clock.getAsLong() - timestampNanos;
    histogram.incrementAndGet((int) Math.min(BUCKETS, Math.max(0, lag / BUCKET_NANOS)));
    received.incrementAndGet();
  }

  void reset() {
    for (int i = 0; i <= BUCKETS; i++) {
      histogram.set(i, 0);
    }
  }

  /** The latency below which a fraction {@code p} of the samples fell, in milliseconds. */
  double percentileMillis(double p) {
    long total = 0;
    for (int i = 0; i <= BUCKETS; i++) {
      total += histogram.get(i);
    }
    long rank = (long) Math.ceil(p * total);
    long seen = 0;
    for (int i = 0; i <= BUCKETS; i++) {
      seen += histogram.get(i);
      if (seen >= rank && rank > 0) {
        return (i + 1) * BUCKET_NANOS / 1e6;
      }
    }
    return Double.NaN;
  }
}
