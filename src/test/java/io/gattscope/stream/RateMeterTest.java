package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateMeterTest {
  private static final long MS = 1_000_000L;

  private final AtomicLong now = new AtomicLong(5_000 * MS);
  private final RateMeter meter = new RateMeter(now::get);

  @Test
  void ratesCoverTheLastCompleteSecond() {
    RateCounter hr = meter.register("heart rate");
    RateCounter imu = meter.register("imu");
    for (int ms = 0; ms < 1_000; ms++) {
      now.set(5_000 * MS + ms * MS);
      imu.record(12);
      imu.record(12);
      if (ms % 10 == 0) {
        hr.record(2);
      }
    }
    now.set(6_000 * MS);

    assertThat(imu.notificationsPerSecond()).isEqualTo(2_000.0);
    assertThat(imu.bytesPerSecond()).isEqualTo(24_000.0);
    assertThat(hr.notificationsPerSecond()).isEqualTo(100.0);
    assertThat(hr.bytesPerSecond()).isEqualTo(200.0);
    assertThat(meter.total().notificationsPerSecond()).isEqualTo(2_100.0);
    assertThat(meter.total().bytesPerSecond()).isEqualTo(24_200.0);
    assertThat(meter.counters()).containsExactly(hr, imu);
  }

  @Test
  void windowSlidesAndOldBucketsAreForgotten() {
    RateCounter c = meter.register("a");
    for (int i = 0; i < 50; i++) {
      c.record(1);
    }
    now.addAndGet(500 * MS);
    assertThat(c.notificationsPerSecond()).isEqualTo(50.0);

    now.addAndGet(600 * MS);
    assertThat(c.notificationsPerSecond()).isZero();

    now.addAndGet(1_600 * MS);
    c.record(1);
    now.addAndGet(100 * MS);
    assertThat(c.notificationsPerSecond()).isEqualTo(1.0);
    assertThat(c.totalNotifications()).isEqualTo(51);
    assertThat(c.totalBytes()).isEqualTo(51);
  }

  @Test
  void slotReuseAfterSixteenBucketsDoesNotLeakOldCounts() {
    RateCounter c = meter.register("a");
    c.record(100);
    now.addAndGet(1_600 * MS);
    c.record(1);
    now.addAndGet(100 * MS);

    assertThat(c.notificationsPerSecond()).isEqualTo(1.0);
    assertThat(c.bytesPerSecond()).isEqualTo(1.0);
  }

  @Test
  void gapsAreCountedPerCounterAndInTotal() {
    RateCounter a = meter.register("a");
    RateCounter b = meter.register("b");
    a.recordGap(3);
    a.recordGap(1);
    b.recordGap(10);

    assertThat(a.gaps()).isEqualTo(2);
    assertThat(a.missingNotifications()).isEqualTo(4);
    assertThat(meter.total().gaps()).isEqualTo(3);
    assertThat(meter.total().missingNotifications()).isEqualTo(14);
  }

  @Test
  void concurrentRecordersLoseNothing() throws Exception {
    RateCounter a = meter.register("a");
    RateCounter b = meter.register("b");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        RateCounter c = t % 2 == 0 ? a : b;
        jobs.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 100_000; i++) {
                    c.record(3);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> job : jobs) {
        job.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    now.addAndGet(100 * MS);

    assertThat(a.notificationsPerSecond()).isEqualTo(200_000.0);
    assertThat(meter.total().notificationsPerSecond()).isEqualTo(400_000.0);
    assertThat(meter.total().bytesPerSecond()).isEqualTo(1_200_000.0);
    assertThat(meter.total().totalNotifications()).isEqualTo(400_000);
  }

  @Test
  void unregisterAndBadNames() {
    RateCounter a = meter.register("a");
    meter.unregister(a);
    assertThat(meter.counters()).isEmpty();
    assertThatThrownBy(() -> meter.register(" ")).hasMessageContaining("needs a name");
  }
}
