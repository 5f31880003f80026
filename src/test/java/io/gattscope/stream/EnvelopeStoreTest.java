package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The multi-resolution history: exact min/max per bucket, bounded memory over an hour. */
class EnvelopeStoreTest {
  private static final long PERIOD = 500_000; // 2 kHz

  private static double signal(SplittableRandom r, long k) {
    return 1000 * Math.sin(k * 1e-3) + r.nextInt(-50, 51) + (k % 9_973 == 0 ? 5_000 : 0);
  }

  @Test
  void envelopeOfAKnownSignalMatchesTheMinAndMaxOfTheRawSamplesPerBucket() {
    int n = 2_000 * 60;
    long t0 = 7_000_000_000L;
    double[] raw = new double[n];
    SplittableRandom r = new SplittableRandom(1);
    EnvelopeStore store = new EnvelopeStore(2, 3_600_000_000_000L);
    for (int k = 0; k < n; k++) {
      raw[k] = signal(r, k);
      store.add(t0 + k * PERIOD, new double[] {raw[k], -raw[k]});
    }
    // 10 s in 1,000 columns of 10 ms, aligned to the buckets
    long from = t0 + 20_000_000_000L;
    long[] centre = new long[1000];
    double[] min = new double[1000];
    double[] max = new double[1000];
    int columns = store.envelope(0, from, from + 10_000_000_000L, 1000, centre, min, max);
    assertThat(columns).isEqualTo(1000);
    for (int c = 0; c < columns; c++) {
      long start = from + c * 10_000_000L;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        long t = t0 + k * PERIOD;
        if (t >= start && t < start + 10_000_000L) {
          lo = Math.min(lo, raw[k]);
          hi = Math.max(hi, raw[k]);
        }
      }
      assertThat(min[c]).as("min of column %d", c).isEqualTo(lo);
      assertThat(max[c]).as("max of column %d", c).isEqualTo(hi);
      assertThat(centre[c]).isEqualTo(start + 5_000_000L);
    }
    // a whole-minute view folds the coarser levels and still keeps every spike
    int wide = store.envelope(0, t0, t0 + 60_000_000_000L, 100, centre, min, max);
    double spikes = 0;
    for (int c = 0; c < wide; c++) {
      spikes = Math.max(spikes, max[c]);
    }
    assertThat(spikes).isGreaterThan(5_000);
  }

  @Test
  void anHourOfSixChannelsAt2kHzStaysUnder64MbAndResolves10msEverywhere() {
    EnvelopeStore store = new EnvelopeStore(6, ChannelFeed.HISTORY_NANOS);
    double[] v = new double[6];
    long t0 = 1_000_000_000L;
    long n = 3_600L * 2_000 + 2_000 * 30; // an hour and half a minute more
    for (long k = 0; k < n; k++) {
      for (int c = 0; c < 6; c++) {
        v[c] = (k * (c + 1)) % 1000;
      }
      store.add(t0 + k * PERIOD, v);
    }
    assertThat(store.bytes()).isLessThanOrEqualTo(64L << 20);
    long end = t0 + n * PERIOD;
    assertThat(store.oldestNanos())
        .as("an hour is kept")
        .isLessThanOrEqualTo(end - 3_600_000_000_000L + EnvelopeStore.BASE_NANOS);
    // any 10 s of the hour, here its first 10 s, comes back at 10 ms resolution
    long from = end - 3_600_000_000_000L + EnvelopeStore.BASE_NANOS;
    long[] centre = new long[1000];
    double[] min = new double[1000];
    double[] max = new double[1000];
    assertThat(store.envelope(3, from, from + 10_000_000_000L, 1000, centre, min, max))
        .isGreaterThanOrEqualTo(999);
    assertThat(store.late()).isZero();
  }
}
