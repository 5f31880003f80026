package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyProbeTest {
  @Test
  void forwardsEveryNotificationAndReportsPercentilesOfTheLag() {
    long now = 1_000_000_000L;
    LatencyProbe probe = new LatencyProbe(() -> now + 1_234_000L);
    List<Integer> seen = new ArrayList<>();
    probe.target = (h, v, t) -> seen.add(h);
    assertThat(probe.percentileMillis(0.99)).isNaN();
    for (int i = 0; i < 99; i++) {
      probe.onNotification(i, new byte[0], now);
    }
    probe.onNotification(99, new byte[0], now - 50_000_000L);

    assertThat(seen).hasSize(100);
    assertThat(probe.received.get()).isEqualTo(100);
    // 1.234 ms lands in the 1.23-1.24 ms bucket, reported by its upper edge
    assertThat(probe.percentileMillis(0.50)).isEqualTo(1.24, within(1e-9));
    assertThat(probe.percentileMillis(0.99)).isEqualTo(1.24, within(1e-9));
    assertThat(probe.percentileMillis(1.0)).isEqualTo(51.24, within(1e-9));
    probe.reset();
    assertThat(probe.percentileMillis(0.99)).isNaN();
  }
}
