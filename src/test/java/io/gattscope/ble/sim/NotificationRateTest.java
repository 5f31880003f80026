package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.MotionSensor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NotificationRateTest {
  private final DongleHarness h = new DongleHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void theSampleRateTheHostWritesReachesTheImuAndItKeepsNotifying() {
    subscribeAt50kHz();
    assertThat(
            h.sim.world().byName("imu").orElseThrow().stream(MotionSensor.MOTION)
                .orElseThrow()
                .rateHz())
        .isEqualTo(50_000);
    for (int i = 0; i < 100; i++) {
      h.next(DongleHarness::isPushedValue, Duration.ofSeconds(2));
    }
  }

  @Test
  @Tag("perf")
  void theImuNotifiesAtTheSampleRateTheHostWrites() {
    subscribeAt50kHz();
    h.frames.clear();
    long start = System.nanoTime();
    List<byte[]> got = new ArrayList<>();
    while (System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
      got.add(h.next(f -> true, Duration.ofSeconds(2)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long notifications = got.stream().filter(DongleHarness::isPushedValue).count();
    // 50 kHz nominal, 250 times the default 200 Hz; a loaded machine delivers late
    assertThat(notifications / seconds).isBetween(2_000.0, 55_000.0);
  }

  /** Connects, writes 50 kHz (0xC350) to the sample rate and enables notifications. */
  private void subscribeAt50kHz() {
    h.connect("03 01 5E 80 07 00", 0, 0, "FF");
    h.command("00 03 04 04 00 0D 00", "00 03 04 04 00 00 00");
    h.expect("80 07 04 05 00 0D 00 00 02 C8 00");
    h.command("00 06 04 05 00 0D 00 02 50 C3", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 00 00 0D 00");
    h.command("00 06 04 05 00 09 00 02 01 00", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 00 00 09 00");
    h.next(DongleHarness::isPushedValue, Duration.ofSeconds(2));
  }
}
