package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Sample times reconstructed from bursty arrivals, and device drops from a sequence counter. */
class SampleClockTest {
  private static final long PERIOD = 500_000; // 2 kHz
  private static final long INTERVAL = 7_500_000; // 7.5 ms connection interval

  /** Arrival of sample k: at the first connection event after it was made, plus host jitter. */
  private static long[] burstyArrivals(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long start = 1_000_000_000L;
    long[] arrival = new long[n];
    long event = -1;
    long jitter = 0;
    for (int k = 0; k < n; k++) {
      long made = start + k * PERIOD;
      long e = (made - start) / INTERVAL + 1;
      if (e != event) {
        event = e;
        jitter = random.nextLong(0, 400_000); // up to 0.4 ms of host scheduling delay
      }
      arrival[k] = start + e * INTERVAL + jitter;
    }
    return arrival;
  }

  @Test
  void burstsOfTheImuAt2kHzBecomeEvenlySpacedSampleTimes() {
    int n = 60 * 2_000; // one minute
    long[] arrival = burstyArrivals(n, 42);
    SampleClock clock = new SampleClock(TimeBase.NONE, new GapLog());
    long[] t = new long[n];
    double[] values = {0};
    for (int k = 0; k < n; k++) {
      t[k] = clock.time(arrival[k], values);
    }
    double[] arrivalError = new double[n - 1];
    double[] error = new double[n - 1];
    for (int k = 1; k < n; k++) {
      arrivalError[k - 1] = Math.abs(arrival[k] - arrival[k - 1] - PERIOD) / (double) PERIOD;
      error[k - 1] = Math.abs(t[k] - t[k - 1] - PERIOD) / (double) PERIOD;
    }
    assertThat(p99(arrivalError)).as("arrival intervals are bursty").isGreaterThan(1.0);
    assertThat(p99(error)).as("reconstructed intervals, p99 relative error").isLessThan(0.01);
    assertThat(clock.periodNanos()).isCloseTo(PERIOD, Offset.offset(5e3));
    // the times stay with the arrivals, within one connection interval of them
    for (int k = n / 2; k < n; k++) {
      assertThat(Math.abs(t[k] - arrival[k])).isLessThan(INTERVAL + 1_000_000L);
    }
  }

  @Test
  void aLongSilenceReAnchorsAndIsLoggedAsAPause() {
    GapLog gaps = new GapLog();
    SampleClock clock = new SampleClock(TimeBase.NONE, gaps);
    long[] arrival = burstyArrivals(20_000, 7);
    double[] values = {0};
    long last = 0;
    for (long a : arrival) {
      last = clock.time(a, values);
    }
    long after = clock.time(arrival[arrival.length - 1] + 2_000_000_000L, values);
    assertThat(after - last).isGreaterThan(1_900_000_000L);
    assertThat(gaps.total()).isEqualTo(1);
    assertThat(gaps.between(0, Long.MAX_VALUE).get(0).kind()).isEqualTo(GapLog.Kind.PAUSE);
  }

  @Test
  void aSlowSteadyStreamHasNoGaps() {
    // a heart-rate monitor notifies once a second: nothing is missing between its beats
    GapLog gaps = new GapLog();
    SampleClock clock = new SampleClock(TimeBase.NONE, gaps);
    double[] values = {72};
    long previous = -1;
    for (int i = 0; i < 30; i++) {
      long t = clock.time(5_000_000_000L + i * 1_000_000_000L + (i % 3) * 4_000_000L, values);
      if (previous >= 0) {
        assertThat(t - previous).isBetween(900_000_000L, 1_100_000_000L);
      }
      previous = t;
    }
    assertThat(gaps.total()).isZero();
  }

  @Test
  void aSequenceCounterLayoutCountsInjectedDeviceDropsExactly() {
    PayloadLayout layout = PayloadLayout.parse("v:i16 mg, seq:u16 @seq");
    assertThat(layout.timeBase().channel()).isEqualTo(1);
    assertThat(layout.toSpec()).isEqualTo("v:i16 mg, seq:u16 @seq");
    ChannelFeed feed = new ChannelFeed(layout, 100_000, new RateMeter().register("t"));
    long[] arrival = burstyArrivals(140_000, 3);
    SplittableRandom random = new SplittableRandom(5);
    long injected = 0;
    long events = 0;
    int counter = 65_000; // wraps through 0 during the run
    for (int k = 0; k < arrival.length; k++) {
      if (k > 0 && random.nextInt(500) == 0) {
        int skip = 1 + random.nextInt(20);
        injected += skip;
        events++;
        counter = (counter + skip) & 0xFFFF;
        k += skip; // those samples never arrive
        if (k >= arrival.length) {
          break;
        }
      }
      byte[] p = {(byte) k, (byte) (k >> 8), (byte) counter, (byte) (counter >> 8)};
      feed.onNotification(1, p, arrival[k]);
      counter = (counter + 1) & 0xFFFF;
    }
    assertThat(events).isGreaterThan(100);
    assertThat(feed.clock().deviceDrops()).isEqualTo(injected);
    assertThat(feed.gaps().total()).isEqualTo(events);
    assertThat(feed.gaps().between(0, Long.MAX_VALUE))
        .allMatch(g -> g.kind() == GapLog.Kind.DEVICE_DROPS && g.toNanos() > g.fromNanos());
    // a gap spans the missing samples' time: skip + 1 periods
    GapLog.Gap g = feed.gaps().between(0, Long.MAX_VALUE).get(10);
    assertThat((g.toNanos() - g.fromNanos()) / (double) PERIOD)
        .isCloseTo(g.samples() + 1, Offset.offset(0.1));
  }

  @Test
  void afterAPauseAndACatchUpBurstALostSampleStillTakesTwoOfTheClocksSteps() {
    // a host stall of 300 ms re-anchors the fit; the simulator then catches up 0.25 s of samples
    // in one burst, which pulls the fitted period well below 500 us for a while (ImuSampleTimeTest
    // once counted its doubled intervals in the nominal period and found 1 of 37)
    GapLog gaps = new GapLog();
    SampleClock clock =
        new SampleClock(PayloadLayout.parse("v:i16, seq:u16 @seq").timeBase(), gaps);
    long[] t = new long[4_000];
    int[] counted = new int[t.length];
    int n = 0;
    long arrival = 1_000_000_000L;
    int counter = 0;
    for (int k = 0; k < 3_537; k++) {
      int step = k >= 2_500 && k < 2_537 ? 2 : 1; // 37 samples lost one each
      if (k == 1_500) {
        arrival += 300_000_000L;
      }
      arrival += k >= 1_500 && k < 2_000 ? 2_000 : PERIOD; // the burst: 500 samples in 1 ms
      counter += step;
      counted[n] = step;
      t[n++] = clock.time(arrival, new double[] {0, counter});
    }
    assertThat(gaps.between(0, Long.MAX_VALUE))
        .extracting(GapLog.Gap::kind)
        .containsOnlyOnce(GapLog.Kind.PAUSE);
    assertThat(clock.deviceDrops()).isEqualTo(37);
    assertThat(clock.periodNanos()).as("the burst still pulls the fit").isLessThan(0.9 * PERIOD);
    long step = 0;
    int doubled = 0;
    for (int k = 2_001; k < n; k++) {
      long interval = t[k] - t[k - 1];
      if (counted[k] == 1) {
        step = interval;
      } else {
        assertThat(interval / (double) step).isCloseTo(2.0, Offset.offset(0.25));
        doubled++;
      }
    }
    assertThat(doubled).isEqualTo(37);
  }

  @Test
  void markersAreCheckedAndOnlyOneTimeBaseIsAllowed() {
    assertThat(PayloadLayout.parse("t:u32 ms @time, v:i16").timeBase().nanosPerUnit())
        .isEqualTo(1_000_000L);
    Assertions.assertThatThrownBy(() -> PayloadLayout.parse("a:u16 @seq, b:u16 @seq"))
        .isInstanceOf(LayoutSpecException.class)
        .hasMessageContaining("only one field");
    Assertions.assertThatThrownBy(() -> PayloadLayout.parse("t:u32 g @time"))
        .hasMessageContaining("time unit");
    Assertions.assertThatThrownBy(() -> PayloadLayout.parse("t:u32 @clock"))
        .hasMessageContaining("unknown marker");
  }

  private static double p99(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[(int) Math.ceil(0.99 * s.length) - 1];
  }
}
