package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits between reconnect attempts and the ranges a policy accepts. */
class ReconnectPolicyTest {
  private static Duration ms(long n) {
    return Duration.ofMillis(n);
  }

  @Test
  void theWaitDoublesFromTheFirstAttemptUpToTheCap() {
    ReconnectPolicy p = ReconnectPolicy.automatic(10).withBackoff(ms(100), ms(1000));
    assertThat(p.backoff(1)).isEqualTo(ms(100));
    assertThat(p.backoff(2)).isEqualTo(ms(200));
    assertThat(p.backoff(3)).isEqualTo(ms(400));
    assertThat(p.backoff(4)).isEqualTo(ms(800));
    assertThat(p.backoff(5)).isEqualTo(ms(1000));
    assertThat(p.backoff(1000)).isEqualTo(ms(1000));
    assertThat(p.backoff(Integer.MAX_VALUE)).isEqualTo(ms(1000));
  }

  @Test
  void theDefaultsWait250MsDoublingTo5Seconds() {
    ReconnectPolicy manual = ReconnectPolicy.manual();
    assertThat(manual.auto()).isFalse();
    assertThat(manual.maxAttempts()).isEqualTo(5);
    assertThat(manual.backoff(1)).isEqualTo(ms(250));
    assertThat(manual.backoff(5)).isEqualTo(ms(4000));
    assertThat(manual.backoff(6)).isEqualTo(Duration.ofSeconds(5));
    ReconnectPolicy auto = ReconnectPolicy.automatic(3);
    assertThat(auto.auto()).isTrue();
    assertThat(auto.maxAttempts()).isEqualTo(3);
  }

  @Test
  void aZeroFirstWaitStaysZeroAndACapEqualToItNeverGrows() {
    assertThat(ReconnectPolicy.automatic(3).withBackoff(Duration.ZERO, ms(500)).backoff(4))
        .isZero();
    ReconnectPolicy flat = ReconnectPolicy.automatic(3).withBackoff(ms(300), ms(300));
    assertThat(flat.backoff(1)).isEqualTo(ms(300));
    assertThat(flat.backoff(9)).isEqualTo(ms(300));
  }

  @Test
  void theLimitsAreInclusive() {
    assertThat(ReconnectPolicy.automatic(1).maxAttempts()).isEqualTo(1);
    assertThat(ReconnectPolicy.automatic(1000).maxAttempts()).isEqualTo(1000);
    ReconnectPolicy widest =
        ReconnectPolicy.automatic(1).withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertThat(widest.backoff(20)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void valuesOutOfRangeAreRefusedByName() {
    assertThatThrownBy(() -> ReconnectPolicy.automatic(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reconnect attempts must lie in 1 .. 1000, got 0");
    assertThatThrownBy(() -> ReconnectPolicy.automatic(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1001");
    ReconnectPolicy p = ReconnectPolicy.automatic(3);
    assertThatThrownBy(() -> p.withBackoff(ms(-1), ms(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first reconnect wait");
    assertThatThrownBy(() -> p.withBackoff(Duration.ofSeconds(61), Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first reconnect wait");
    assertThatThrownBy(() -> p.withBackoff(ms(500), ms(499)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longest reconnect wait");
    assertThatThrownBy(() -> p.withBackoff(ms(500), Duration.ofMinutes(10).plusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longest reconnect wait");
  }
}
