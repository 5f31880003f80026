package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Subscription;
import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.GapLog;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.SampleSnapshot;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Sample times of the simulated IMU at 2 kHz, sent in 7.5 ms connection-event bursts over the BGAPI
 * backend: dejittered from the sample count for the plain motion, exact from the counter for the
 * counted motion, whose injected device-side losses are counted exactly.
 */
class ImuSampleTimeTest {
  private static final int HZ = 2_000;

  private static ChannelFeed feed(String layout) {
    return new ChannelFeed(PayloadLayout.parse(layout), 100_000, new RateMeter().register("imu"));
  }

  @Test
  void thePlainMotionIsDejitteredToEvenSampleIntervals() {
    try (SimulatedImu imu = new SimulatedImu()) {
      imu.setRateHz(HZ);
      ChannelFeed feed = feed(ChartViewModel.IMU_PLAIN_LAYOUT);
      try (Subscription s = imu.subscribe(feed)) {
        Waits.waitFor(
            Duration.ofSeconds(30),
            "5 s of samples",
            () -> feed.buffer().writeSequence() >= 5 * HZ);
      }
      // after two seconds of fitting; the 1 % at p99 of the issue is SampleClockTest's (synthetic
      // bursts): here host load adds to the bursts, so the check is the bulk of the intervals and
      // a tail each ten times smaller than the arrivals'
      double[][] errors = intervalErrors(feed, 2 * HZ);
      assertThat(p99(errors[1])).as("arrival intervals, p99 relative error").isGreaterThan(1);
      assertThat(quantile(errors[0], 0.9))
          .as("sample intervals, p90")
          .isLessThan(quantile(errors[1], 0.9) / 10);
      assertThat(p99(errors[0])).as("sample intervals, p99").isLessThan(p99(errors[1]) / 10);
      assertThat(feed.clock().deviceDrops()).isZero();
    }
  }

  @Test
  void theCountedMotionIsTimedByItsCounterAndCountsDeviceDropsExactly() {
    try (SimulatedImu imu = new SimulatedImu()) {
      imu.setRateHz(HZ);
      ChannelFeed feed = feed(ChartViewModel.IMU_LAYOUT);
      try (Subscription s = imu.subscribeCounted(feed)) {
        Waits.waitFor(
            Duration.ofSeconds(30), "1 s of samples", () -> feed.buffer().writeSequence() >= HZ);
        // one loss at a time, with whole samples between, so every lost sample sits between
        // intervals of one count that measure the clock's step around it
        for (int lost = 1; lost <= 37; lost++) {
          imu.loseCountedSamples(1);
          long after = lost;
          long from = feed.buffer().writeSequence();
          Waits.waitFor(
              Duration.ofSeconds(30),
              "loss " + lost + " and a few whole samples after it",
              () -> imu.lostCountedSamples() == after && feed.buffer().writeSequence() >= from + 4);
        }
        Waits.waitFor(
            Duration.ofSeconds(30), "4 s more", () -> feed.buffer().writeSequence() >= 5 * HZ);
      }
      assertThat(feed.clock().deviceDrops()).isEqualTo(37);
      long logged =
          feed.gaps().between(Long.MIN_VALUE, Long.MAX_VALUE).stream()
              .filter(g -> g.kind() == GapLog.Kind.DEVICE_DROPS)
              .mapToLong(GapLog.Gap::samples)
              .sum();
      assertThat(logged).as("device drops drawn as gaps").isEqualTo(37);
      // Every interval lasts as many of the clock's steps as the counter advanced. A step is the
      // last interval over one count: the fitted period is not the nominal 500 us on a loaded host,
      // since a stall of more than 250 ms re-anchors the fit and the simulator's catch-up burst
      // (up to 0.25 s of samples at once) then pulls the period down for a while; measured in
      // nominal periods, the doubled intervals shrank below 1.5 there (one run beside a CPU hog
      // counted 1 instead of 37). A re-anchored sample is timed by its arrival instead (its time
      // is its arrival), so it starts a new step, and a jump with no step measured since then
      // cannot be checked: a stall of more than 250 ms on a loaded host does that to a few.
      SampleSnapshot snap = snapshot(feed);
      long[] t = snap.timestamps();
      double[] seq = snap.channel(snap.channelCount() - 1);
      int jumps = 0;
      int doubled = 0;
      int unmeasured = 0;
      double worst = 0;
      long step = 0;
      for (int k = 1; k < snap.count(); k++) {
        int counted = (int) Math.floorMod((long) (seq[k] - seq[k - 1]), 65_536L);
        jumps += counted == 2 ? 1 : 0;
        long interval = t[k] - t[k - 1];
        if (t[k] == snap.arrivals()[k] || interval == 1) {
          step = 0;
          unmeasured += counted == 2 ? 1 : 0;
        } else if (counted == 1) {
          step = interval;
        } else if (step > 0) {
          double steps = interval / (double) step;
          worst = Math.max(worst, Math.abs(steps - counted));
          doubled += Math.rint(steps) == 2 ? 1 : 0;
        } else {
          unmeasured += counted == 2 ? 1 : 0;
        }
      }
      assertThat(jumps).as("counter jumps of two in the buffer").isEqualTo(37);
      assertThat(unmeasured).as("jumps right after a stall, which cannot be checked").isLessThan(8);
      assertThat(doubled)
          .as("intervals two steps long, holding a lost sample")
          .isEqualTo(37 - unmeasured);
      assertThat(worst).as("largest distance from the counted number of steps").isLessThan(0.25);
    }
  }

  private static SampleSnapshot snapshot(ChannelFeed feed) {
    SampleSnapshot s = new SampleSnapshot(feed.buffer().capacity(), feed.buffer().channelCount());
    feed.buffer().copySince(0, s);
    return s;
  }

  /**
   * Relative errors of sample-time and arrival intervals, from {@code skip}, against the clock's
   * own local period: the median sample interval of the 200 around each. The fitted period is not
   * the nominal 500 us on a loaded host (a stall re-anchors the fit and the simulator's catch-up
   * burst pulls it down for a while, see SampleClockTest), and evenness is what the clock promises.
   */
  private static double[][] intervalErrors(ChannelFeed feed, int skip) {
    SampleSnapshot s = snapshot(feed);
    long[] t = s.timestamps();
    int half = 100;
    int n = s.count() - skip - 1 - half;
    double[] sample = new double[n];
    double[] arrival = new double[n];
    long[] window = new long[2 * half];
    for (int i = 0; i < n; i++) {
      int k = skip + i + 1;
      for (int j = 0; j < window.length; j++) {
        int m = k - half + j + 1;
        window[j] = t[m] - t[m - 1];
      }
      Arrays.sort(window);
      double local = window[half];
      sample[i] = Math.abs(t[k] - t[k - 1] - local) / local;
      arrival[i] = Math.abs(s.arrivals()[k] - s.arrivals()[k - 1] - local) / local;
    }
    return new double[][] {sample, arrival};
  }

  private static double p99(double[] values) {
    return quantile(values, 0.99);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }
}
