package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {
  @Test
  void outOfRangeSettingsAreRejectedWithTheirName() {
    SimulatorConfig c = SimulatorConfig.defaults();
    assertThatThrownBy(() -> c.withMaxConnections(0)).hasMessageContaining("maxConnections");
    assertThatThrownBy(() -> c.withMaxConnections(9)).hasMessageContaining("1..8");
    assertThatThrownBy(() -> c.withProcedureDelay(Duration.ofMillis(-1)))
        .hasMessageContaining("procedureDelay");
    assertThat(c.maxConnections()).isEqualTo(3);
    assertThat(c.dongleAddress().toString()).isEqualTo("00:07:80:5E:00:00");
  }

  @Test
  void anAttachedSimulatorBootsWhenConfiguredAndAnswersItsHost() throws Exception {
    Simulator.Attached a = Simulator.attachInMemory(SimulatorConfig.defaults());
    CompletableFuture<String> hello = new CompletableFuture<>();
    FrameParser parser =
        new FrameParser(
            FrameParser.Side.HOST,
            (kind, cls, id, p) -> hello.complete(kind + " " + cls + "," + id));
    a.host()
        .setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                parser.feed(buf, off, len);
                parser.checkTimeout(System.nanoTime() + FrameParser.DEFAULT_SETTLE_TIME.toNanos());
              }

              @Override
              public void onClosed(Throwable cause) {}
            });
    a.host().open();
    a.host().send(new byte[] {0, 0, 0, 1}, 0, 4);
    assertThat(hello.get(3, TimeUnit.SECONDS)).isEqualTo("RESPONSE 0,1");
    a.simulator().close();
    assertThat(a.simulator().closedFuture().get(3, TimeUnit.SECONDS)).isNull();
    a.host().close();
  }
}
