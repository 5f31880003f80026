package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private final DongleHarness h = new DongleHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void aDroppedConnectionReportsItsReasonAndIsGone() {
    h.connectHrm();
    h.sim.dropConnection(0, 0x0208);
    h.expect("80 03 03 04 00 08 02");
    h.command("00 03 04 04 00 0B 00", "00 03 04 04 00 86 01");
    assertThatThrownBy(() -> h.sim.dropConnection(0, 0x0208))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no connection with handle 0");
    h.connectHrm();
  }

  @Test
  void aMutedDongleAnswersNothingUntilUnmuted() {
    h.sim.setMuted(true);
    h.send("00 00 00 01");
    h.expectNone(f -> true, Duration.ofMillis(200));
    h.sim.setMuted(false);
    h.command("00 00 00 01", "00 00 00 01");
  }

  @Test
  void unpluggingClosesTheHostsLinkWithACause() throws Exception {
    h.sim.unplug();
    Throwable cause = h.closed.get(3, TimeUnit.SECONDS);
    assertThat(cause).hasMessageContaining("unplugged");
    assertThat(h.sim.closedFuture().get(3, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void garbageFromTheHostIsSkippedAndTheNextCommandAnswered() {
    h.send("FF 13 37 42 00 00 00 01");
    h.expect("00 00 00 01");
    assertThat(h.sim.droppedInputBytes()).isEqualTo(4);
  }

  @Test
  void garbageInjectedTowardsTheHostArrivesVerbatimBetweenFrames() {
    h.command("00 00 00 01", "00 00 00 01");
    h.sim.injectGarbage(DongleHarness.hex("DE AD BE EF"));
    h.command("00 00 00 01", "00 00 00 01");
    synchronized (h.raw) {
      assertThat(DongleHarness.hex(h.raw.toByteArray()))
          .isEqualTo("00 00 00 01 DE AD BE EF 00 00 00 01");
    }
  }

  @Test
  void controlCallsRejectBadInput() {
    assertThatThrownBy(() -> h.sim.setNotificationRate(HeartRateMonitor.ADDRESS, 0x0003, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0x0003");
    assertThatThrownBy(() -> h.sim.setRssi(HeartRateMonitor.ADDRESS, 40))
        .hasMessageContaining("-127..20");
    assertThatThrownBy(() -> h.sim.blast(0, 8, 10, 20))
        .hasMessageContaining("no connection with handle 0");
    h.connectHrm();
    assertThatThrownBy(() -> h.sim.blast(0, 8, 10, 21)).hasMessageContaining("4..20");
    assertThatThrownBy(() -> h.sim.blast(0, 8, 10, 20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not enabled notifications");
  }

  @Test
  void rssiOfALinkFollowsTheScriptedMean() throws Exception {
    h.connectHrm();
    h.sim.setRssi(HeartRateMonitor.ADDRESS, -90);
    Waits.waitFor(
        Duration.ofSeconds(3),
        "RSSI below -85",
        () -> {
          h.send("00 01 03 01 00");
          return h.next()[5] < -85;
        });
  }
}
