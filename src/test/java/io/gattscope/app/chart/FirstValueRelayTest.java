package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learning listener reports the first value and hands every value over in order. */
class FirstValueRelayTest {

  @Test
  void heldValuesAreHandedOverInOrderThenForwarded() {
    FirstValueRelay relay = new FirstValueRelay();
    assertThat(relay.first()).isNotDone();
    relay.onNotification(8, new byte[] {1}, 10);
    relay.onNotification(8, new byte[] {2}, 20);
    assertThat(relay.first().getNow(null)).containsExactly(1);
    List<String> got = new ArrayList<>();
    relay.handOver((h, v, t) -> got.add(v[0] + "@" + t));
    relay.onNotification(8, new byte[] {3}, 30);
    assertThat(got).containsExactly("1@10", "2@20", "3@30");
    assertThat(relay.lost()).isZero();
  }

  @Test
  void valuesBeyondTheBoundAreCountedAsLost() {
    FirstValueRelay relay = new FirstValueRelay();
    for (int i = 0; i < FirstValueRelay.MAX_HELD + 3; i++) {
      relay.onNotification(8, new byte[] {(byte) i}, i);
    }
    List<Long> got = new ArrayList<>();
    relay.handOver((h, v, t) -> got.add(t));
    assertThat(got).hasSize(FirstValueRelay.MAX_HELD).startsWith(0L, 1L);
    assertThat(relay.lost()).isEqualTo(3);
  }
}
