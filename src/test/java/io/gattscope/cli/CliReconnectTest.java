package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code subscribe --reconnect} keeps a stream alive across link loss; --retries on connect. */
class CliReconnectTest {
  private static final String HRM = HeartRateMonitor.ADDRESS.toString();
  private final SimFixture sim = new SimFixture();

  @AfterEach
  void tearDown() {
    sim.close();
  }

  /** Drops the link once the stream has delivered a few values. */
  private static void dropDuringTheStream(Simulator s) {
    Thread t =
        new Thread(
            () -> {
              Waits.waitFor(
                  () ->
                      s.notifying(
                          HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT));
              long frames = s.framesSent();
              Waits.waitFor(() -> s.framesSent() > frames + 5);
              s.faults().drop(HeartRateMonitor.ADDRESS, 0x08);
            },
            "test-dropper");
    t.setDaemon(true);
    t.start();
  }

  @Test
  void subscribeWithReconnectPrintsEveryValueAcrossADropAndSaysSoOnStderr() {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 20));
    sim.afterConnect(CliReconnectTest::dropDuringTheStream);
    SimFixture.Result r = sim.run("subscribe", HRM, "2a37", "--reconnect", "--count", "20");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines).hasSize(20).allMatch(l -> l.contains("bpm"));
    assertThat(r.err())
        .contains("Link lost: Connection Timeout (0x08); reconnecting")
        .contains("Reconnecting (attempt 1 of 10)")
        .contains("Link re-established; subscribed again")
        .contains("Received 20 value(s)");
  }

  @Test
  void withoutReconnectADropEndsTheStreamWithAnError() {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 20));
    sim.afterConnect(CliReconnectTest::dropDuringTheStream);
    SimFixture.Result r = sim.run("subscribe", HRM, "2a37", "--count", "200");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("disconnected").doesNotContain("Reconnecting");
  }

  @Test
  void readRetriesAConnectionThatFailsAtFirst() {
    sim.setup(s -> s.faults().outOfRange(HeartRateMonitor.ADDRESS, Duration.ofMillis(1500)));
    SimFixture.Result r =
        sim.run("read", HRM, "0x0003", "--retries", "8", "--connect-timeout", "0.5", "-f", "utf8");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("GattScope HRM");
    SimFixture.Result once =
        sim.run(
            "read", "00:07:80:5E:0F:0F", "0x0003", "--retries", "1", "--connect-timeout", "0.3");
    assertThat(once.code()).isEqualTo(1);
    SimFixture.Result bad = sim.run("write", HRM, "0x000d", "01", "--retries", "-1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("retries");
  }

  @Test
  void writeRetriesAConnectionThatFailsAtFirst() {
    List<AttclientMessages.AttributeWrite> writes = new CopyOnWriteArrayList<>();
    List<GapMessages.ConnectDirect> connects = new CopyOnWriteArrayList<>();
    sim.setup(
        s -> {
          s.onCommand(
              m -> {
                if (m instanceof AttclientMessages.AttributeWrite w) {
                  writes.add(w);
                } else if (m instanceof GapMessages.ConnectDirect c) {
                  connects.add(c);
                }
              });
          s.faults().outOfRange(HeartRateMonitor.ADDRESS, Duration.ofMillis(1500));
        });
    SimFixture.Result r =
        sim.run("write", HRM, "0x000d", "01", "--retries", "8", "--connect-timeout", "0.5");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(writes)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.atthandle()).isEqualTo(HeartRateMonitor.HEART_RATE_CONTROL_POINT);
              assertThat(w.data().toArray()).containsExactly(1);
            });
    assertThat(connects).hasSizeGreaterThan(1);

    SimFixture.Result once =
        sim.run("write", HRM, "0x000d", "01", "--retries", "0", "--connect-timeout", "0.5");
    assertThat(once.code()).as(once.out()).isEqualTo(1);
    assertThat(writes).hasSize(1);
  }
}
