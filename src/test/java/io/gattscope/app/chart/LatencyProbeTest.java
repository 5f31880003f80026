package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyProbeTest {
  @Test
  void forwardsEveryNotificationAndReportsPercentilesOfTheLag() {
    LatencyProbe probe = new LatencyProbe();
    List<Integer> seen = new ArrayList<>();
    probe.target = (h, v, t) -> seen.add(h);
    assertThat(probe.percentileMillis(0.99)).isNaN();
    long now = System.nanoTime();
    for (int i = 0; i < 99; i++) {
      probe.onNotification(i, new byte[0], now);
    }
    probe.onNotification(99, new byte[0], now - 50_000_000L);

    assertThat(seen).hasSize(100);
    assertThat(probe.received.get()).isEqualTo(100);
    assertThat(probe.percentileMillis(0.50)).isLessThan(5.0);
    assertThat(probe.percentileMillis(1.0)).isBetween(50.0, 60.0);
    probe.reset();
    assertThat(probe.percentileMillis(0.99)).isNaN();
  }
}
