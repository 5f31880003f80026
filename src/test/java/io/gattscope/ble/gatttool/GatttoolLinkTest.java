package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.SupervisedDevice;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications, link loss, dead processes and a missing Bluetooth stack, each on its own process.
 */
class GatttoolLinkTest {
  static final BleAddress PEER = BleAddress.parse("D0:11:22:33:44:55");

  @TempDir Path dir;
  GatttoolBackend backend;

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.stop();
    }
  }

  private GatttoolDevice connect(Map<String, String> env, Duration operationTimeout) {
    backend = new GatttoolBackend(FakeTools.settings(dir, env));
    backend.start();
    return (GatttoolDevice)
        ((SupervisedDevice)
                backend.connect(
                    PEER,
                    ConnectOptions.defaults()
                        .withTimeout(Duration.ofSeconds(10))
                        .withOperationTimeout(operationTimeout)))
            .link()
            .orElseThrow();
  }

  @Test
  void notificationsAndIndicationsArriveInOrderOnTheEventThreadUntilUnsubscribed()
      throws Exception {
    Path log = dir.resolve("typed.log");
    GatttoolDevice d = connect(Map.of("FAKE_GATTTOOL_LOG", log.toString()), Duration.ofSeconds(5));
    List<byte[]> values = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    CountDownLatch twenty = new CountDownLatch(20);
    Subscription sub =
        d.subscribe(
            CharacteristicRef.uuid(Uuids.fromShort(0x2A37)),
            (h, v, t) -> {
              assertThat(h).isEqualTo(0x0008);
              values.add(v);
              threads.add(Thread.currentThread().getName());
              twenty.countDown();
            });
    assertThat(twenty.await(5, TimeUnit.SECONDS)).isTrue();
    d.resubscribeAll();
    // reads still work while notifications keep arriving between the answers
    assertThat(d.read(CharacteristicRef.handle(0x0003))).isEqualTo("Fake".getBytes());
    sub.close();
    assertThat(sub.isActive()).isFalse();
    long delivered = sub.delivered();
    assertThat(d.read(CharacteristicRef.handle(0x000A))).containsExactly(0, 0);
    assertThat(sub.delivered()).isEqualTo(delivered);
    for (int i = 0; i < values.size(); i++) {
      assertThat(values.get(i)).containsExactly(i, 0xAA);
    }
    assertThat(threads).allMatch(n -> n.startsWith("gatttool-events-"));
    String typed = Files.readString(log);
    assertThat(typed)
        .contains("char-write-req 0x000a 0100")
        .contains("char-write-req 0x000a 0000")
        .doesNotContain("0x0009 0100");

    CountDownLatch indications = new CountDownLatch(3);
    try (Subscription ind =
        d.subscribe(
            CharacteristicRef.uuid(Uuids.fromShort(0xFFF3)),
            SubscriptionType.INDICATE,
            (h, v, t) -> indications.countDown())) {
      assertThat(indications.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(ind.type()).isEqualTo(SubscriptionType.INDICATE);
    }
    assertThat(Files.readString(log)).contains("char-write-req 0x001a 0200");
    assertThatThrownBy(() -> d.subscribe(CharacteristicRef.handle(0x0003), (h, v, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot notify");
  }

  @Test
  void mtuIsExchangedOnceAndWidensWrites() {
    GatttoolDevice d = connect(Map.of(), Duration.ofSeconds(5));
    assertThatThrownBy(() -> d.writeHandleAsync(0x0012, new byte[40], WriteType.COMMAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MTU 23 allows 20 bytes");
    assertThat(d.exchangeMtuAsync(100).join()).isEqualTo(100);
    assertThat(d.mtu()).isEqualTo(100);
    d.write(CharacteristicRef.handle(0x0012), new byte[40]);
    assertThatThrownBy(() -> Futures.await(d.exchangeMtuAsync(200), Duration.ofSeconds(5), "mtu"))
        .isInstanceOf(BackendException.class)
        .hasMessageContaining("only occur once");
    assertThat(d.state()).isEqualTo(ConnectionState.CONNECTED);
  }

  @Test
  void aSilentlyLostLinkIsNoticedByTheNextCommand() throws Exception {
    GatttoolDevice d = connect(Map.of(), Duration.ofSeconds(5));
    CompletableFuture<DisconnectReason> reason = new CompletableFuture<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason r) {
            reason.complete(r);
          }
        });
    d.write(CharacteristicRef.handle(0x0012), new byte[] {0x0F, (byte) 0xF0}, WriteType.COMMAND);
    assertThatThrownBy(() -> d.read(CharacteristicRef.handle(0x0003)))
        .isInstanceOf(NotConnectedException.class);
    assertThat(reason.get(5, TimeUnit.SECONDS).text()).contains("Disconnected");
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
  }

  @Test
  void aDyingProcessDisconnectsAndFailsEveryPendingCallAtOnce() throws Exception {
    GatttoolDevice d = connect(Map.of(), Duration.ofSeconds(20));
    CompletableFuture<DisconnectReason> reason = new CompletableFuture<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason r) {
            reason.complete(r);
          }
        });
    var dying =
        d.writeHandleAsync(0x0012, new byte[] {(byte) 0xDE, (byte) 0xAD}, WriteType.REQUEST);
    var queued = d.readHandleAsync(0x0003);
    // the calls' own timeout is 20 s: failing with NotConnectedException before the wait's 15 s
    // run out shows the dying process failed them, not a timeout
    assertThatThrownBy(() -> Futures.await(dying, Duration.ofSeconds(15), "write"))
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("process ended");
    assertThatThrownBy(() -> Futures.await(queued, Duration.ofSeconds(15), "read"))
        .isInstanceOf(NotConnectedException.class);
    assertThat(reason.get(5, TimeUnit.SECONDS).code()).isEqualTo(GatttoolDevice.LINK_LOST);
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(backend.connectedDevices()).isEmpty();
    assertThatThrownBy(() -> d.read(CharacteristicRef.handle(0x0003)))
        .isInstanceOf(NotConnectedException.class);
  }

  @Test
  void aGlibWarningAboutTheSocketIsALinkLoss() throws Exception {
    GatttoolDevice d = connect(Map.of(), Duration.ofSeconds(20));
    CountDownLatch down = new CountDownLatch(1);
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason r) {
            down.countDown();
          }
        });
    var write =
        d.writeHandleAsync(0x0012, new byte[] {(byte) 0xBE, (byte) 0xEF}, WriteType.REQUEST);
    assertThatThrownBy(() -> Futures.await(write, Duration.ofSeconds(5), "write"))
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("Invalid file descriptor");
    assertThat(down.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aCommandWithoutAnswerTimesOutAndClosesTheSession() {
    GatttoolDevice d = connect(Map.of(), Duration.ofMillis(400));
    assertThatThrownBy(() -> d.read(CharacteristicRef.handle(0x0F0F)))
        .isInstanceOf(BleTimeoutException.class);
    assertThatThrownBy(
            () -> Futures.await(d.readHandleAsync(0x0003), Duration.ofSeconds(5), "read"))
        .isInstanceOf(NotConnectedException.class);
  }

  @Test
  void withoutABluetoothStackConnectFailsFastWithAdapterUnavailable() {
    backend = new GatttoolBackend(FakeTools.settings(dir, Map.of("FAKE_GATTTOOL_NO_STACK", "1")));
    backend.start();
    // a connect that waited for its timeout would end in BleTimeoutException; failing fast is
    // failing with gatttool's own reason
    var f =
        backend.connectAsync(PEER, ConnectOptions.defaults().withTimeout(Duration.ofSeconds(60)));
    assertThatThrownBy(() -> Futures.await(f, Duration.ofSeconds(60), "connect"))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("Address family not supported");
    assertThat(backend.connectedDevices()).isEmpty();
  }
}
