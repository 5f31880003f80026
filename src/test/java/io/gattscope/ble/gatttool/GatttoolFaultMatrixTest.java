package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.DroppedData;
import io.gattscope.ble.Futures;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import io.gattscope.testsupport.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gatttool failing under a running backend: the process dying mid-read and mid-subscribe, printing
 * lines nobody can read, falling silent. Each gives a typed error well inside the call's timeout,
 * the connection listeners hear of it, and the backend closes cleanly afterwards.
 */
class GatttoolFaultMatrixTest {
  private static final BleAddress PEER = BleAddress.parse("D0:11:22:33:44:66");

  @TempDir Path dir;
  private GatttoolBackend backend;
  private final CompletableFuture<DisconnectReason> down = new CompletableFuture<>();
  private final CompletableFuture<DisconnectReason> linkLost = new CompletableFuture<>();

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.stop();
    }
  }

  private BleDevice connect(Map<String, String> env, Duration operationTimeout) {
    backend = new GatttoolBackend(FakeTools.settings(dir, env));
    backend.start();
    BleDevice d =
        backend.connect(
            PEER,
            ConnectOptions.defaults()
                .withTimeout(Duration.ofSeconds(10))
                .withOperationTimeout(operationTimeout));
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason reason) {
            down.complete(reason);
          }

          @Override
          public void onLinkLost(BleDevice device, DisconnectReason reason) {
            linkLost.complete(reason);
          }
        });
    return d;
  }

  /** close() returns (on another thread, so a hang fails the test instead of blocking it). */
  private void closesCleanly() throws Exception {
    CompletableFuture.runAsync(backend::close).get(10, TimeUnit.SECONDS);
    assertThat(backend.isRunning()).isFalse();
    assertThat(backend.connectedDevices()).isEmpty();
  }

  @Test
  void theProcessDyingMidReadFailsTheReadWithItsExitCode() throws Exception {
    BleDevice d = connect(Map.of(), Duration.ofSeconds(20));
    var read = d.readAsync(CharacteristicRef.handle(0x0DEA));
    assertThatThrownBy(() -> Futures.await(read, Duration.ofSeconds(10), "read"))
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("exit code 5");
    assertThat(down.get(5, TimeUnit.SECONDS).text()).contains("exit code 5");
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    closesCleanly();
  }

  @Test
  void theProcessDyingMidSubscribeFailsTheSubscribeWithItsExitCode() throws Exception {
    BleDevice d = connect(Map.of("FAKE_GATTTOOL_EXIT_ON_CCCD", "7"), Duration.ofSeconds(20));
    var sub =
        d.subscribeAsync(
            CharacteristicRef.handle(0x0008), SubscriptionType.NOTIFY, (h, v, t) -> {});
    assertThatThrownBy(() -> Futures.await(sub, Duration.ofSeconds(10), "subscribe"))
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("exit code 7");
    assertThat(down.get(5, TimeUnit.SECONDS).text()).contains("exit code 7");
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    closesCleanly();
  }

  @Test
  void theProcessDyingWhileSubscribedTellsTheListenersTheLinkIsLost() throws Exception {
    BleDevice d = connect(Map.of(), Duration.ofSeconds(20));
    List<byte[]> values = new CopyOnWriteArrayList<>();
    Subscription sub = d.subscribe(CharacteristicRef.handle(0x0008), (h, v, t) -> values.add(v));
    Waits.waitFor(() -> values.size() >= 3);
    d.writeAsync(
        CharacteristicRef.handle(0x0012), new byte[] {(byte) 0xDE, (byte) 0xAD}, WriteType.REQUEST);
    assertThat(down.get(10, TimeUnit.SECONDS).text()).contains("exit code 3");
    assertThat(linkLost.get(5, TimeUnit.SECONDS).text()).contains("exit code 3");
    int seen = values.size();
    assertThat(sub.delivered()).isGreaterThanOrEqualTo(seen);
    closesCleanly();
  }

  @Test
  void unreadableLinesAreCountedAndTheReadStillGetsItsValue() throws Exception {
    BleDevice d = connect(Map.of(), Duration.ofSeconds(5));
    assertThat(d.read(CharacteristicRef.handle(0x0B0B))).isEqualTo("Fake".getBytes());
    DroppedData dropped = backend.droppedData();
    assertThat(dropped.frames()).as("unreadable lines").isEqualTo(5);
    assertThat(dropped.events()).as("notifications that did not decode").isEqualTo(2);
    assertThat(dropped.bytes()).isGreaterThan(3000);
    assertThat(d.read(CharacteristicRef.handle(0x0003))).isEqualTo("Fake".getBytes());
    assertThat(d.state()).isEqualTo(ConnectionState.CONNECTED);
    closesCleanly();
  }

  @Test
  void aToolThatStopsAnsweringTimesOutTheCallAndEndsTheLink() throws Exception {
    BleDevice d = connect(Map.of(), Duration.ofMillis(500));
    assertThatThrownBy(() -> d.read(CharacteristicRef.handle(0x0F0F)))
        .isInstanceOf(BleTimeoutException.class)
        .hasMessageContaining("0x0F0F");
    assertThat(down.get(5, TimeUnit.SECONDS).text()).contains("no answer");
    assertThatThrownBy(() -> d.read(CharacteristicRef.handle(0x0003)))
        .isInstanceOf(NotConnectedException.class);
    closesCleanly();
  }
}
