package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceCheckerTest {
  static byte[] seq(int n) {
    return new byte[] {(byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24), 0};
  }

  @Test
  void countsLostAndReorderedNotifications() throws Exception {
    SequenceChecker c = new SequenceChecker(5);
    c.onNotification(1, seq(0), 10);
    c.onNotification(1, seq(2), 20);
    c.onNotification(1, seq(1), 30);
    c.onNotification(1, seq(300), 40);
    c.onNotification(1, new byte[] {1}, 50);
    assertThat(c.received()).isEqualTo(4);
    assertThat(c.lost()).isEqualTo(1);
    assertThat(c.reordered()).isEqualTo(1);
    assertThat(c.malformed()).isEqualTo(1);
    assertThat(c.firstNanos()).isEqualTo(10);
    assertThat(c.lastNanos()).isEqualTo(40);
    assertThat(c.awaitAll(Duration.ofMillis(10), Duration.ofSeconds(5))).isFalse();
    c.onNotification(1, seq(0x01020304), 60);
    assertThat(c.awaitAll(Duration.ofMillis(10), Duration.ofSeconds(5))).isTrue();
    assertThat(c.lost()).isZero();
  }

  @Test
  void rejectsANonPositiveCount() {
    assertThatThrownBy(() -> new SequenceChecker(0)).hasMessageContaining("1 or more");
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Stats.median(List.of(5, 1, 3))).isEqualTo(3.0);
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThatThrownBy(() -> Stats.median(List.of())).hasMessageContaining("no values");
  }
}
