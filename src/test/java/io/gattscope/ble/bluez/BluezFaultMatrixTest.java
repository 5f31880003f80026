package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.WriteType;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BlueZ going away under a running backend: bluetoothd leaving the bus, the bus itself dying, a
 * device or characteristic object removed while a call is pending. Every pending call fails with a
 * typed error at once (well inside its 5 s timeout), listeners are told, and the backend still
 * closes cleanly.
 */
class BluezFaultMatrixTest {
  private FakeBluezFixture f;
  private final CountDownLatch gate = new CountDownLatch(1);

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    gate.countDown();
    if (f != null) {
      f.close();
    }
  }

  private CompletableFuture<Throwable> adapterLost() {
    CompletableFuture<Throwable> lost = new CompletableFuture<>();
    f.backend.addAdapterListener((backend, cause) -> lost.complete(cause));
    return lost;
  }

  private static CompletableFuture<DisconnectReason> linkLost(BleDevice d) {
    CompletableFuture<DisconnectReason> down = new CompletableFuture<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason reason) {
            down.complete(reason);
          }
        });
    return down;
  }

  /** close() returns (on another thread, so a hang fails the test instead of blocking it). */
  private void closesCleanly() throws Exception {
    CompletableFuture.runAsync(f.backend::close).get(10, TimeUnit.SECONDS);
    assertThat(f.backend.isRunning()).isFalse();
    assertThat(f.backend.connectedDevices()).isEmpty();
  }

  /** A way BlueZ goes away. */
  @FunctionalInterface
  private interface Fault {
    void strike() throws Exception;
  }

  /**
   * Holds a read inside BlueZ, lets the fault strike, and checks that the read fails at once, the
   * adapter is reported lost with a cause containing every {@code lostMessage} and the link ends.
   */
  private void aHeldReadFailsWhen(Fault fault, String... lostMessage) throws Exception {
    BleDevice d = f.connect();
    CompletableFuture<Throwable> lost = adapterLost();
    CompletableFuture<DisconnectReason> down = linkLost(d);
    f.measurement.holdReads(gate);
    CompletableFuture<byte[]> read = d.readHandleAsync(0x000e);
    Waits.waitFor(() -> f.measurement.calls().contains("ReadValue"));

    fault.strike();

    assertThatThrownBy(() -> read.get(3, TimeUnit.SECONDS))
        .hasCauseInstanceOf(NotConnectedException.class);
    assertThat(lost.get(3, TimeUnit.SECONDS))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContainingAll(lostMessage);
    assertThat(down.get(3, TimeUnit.SECONDS)).isNotNull();
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
  }

  @Test
  void bluetoothdLeavingTheBusMidReadFailsTheReadAndReportsTheAdapterLost() throws Exception {
    aHeldReadFailsWhen(f.bluez::releaseName, "org.bluez", "left the bus");
    closesCleanly();
  }

  @Test
  void bluetoothdLeavingTheBusMidScanEndsTheScanWithAnError() throws Exception {
    CompletableFuture<Object> scan =
        CompletableFuture.supplyAsync(
            () -> f.backend.scan(ScanOptions.defaults(Duration.ofSeconds(30)), r -> false));
    Waits.waitFor(() -> f.adapter.calls().contains("StartDiscovery"));

    f.bluez.releaseName();

    assertThatThrownBy(() -> scan.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("left the bus");
    assertThatThrownBy(
            () -> f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(1)), a -> {}))
        .isInstanceOf(AdapterUnavailableException.class);
    closesCleanly();
  }

  @Test
  void theBusConnectionDyingMidReadFailsTheReadAndReportsTheAdapterLost() throws Exception {
    aHeldReadFailsWhen(f.bluez::stopBus, "D-Bus connection");
    assertThatThrownBy(() -> f.connect()).isInstanceOf(BleException.class);
    closesCleanly();
  }

  @Test
  void theDeviceObjectRemovedMidReadFailsTheReadAndEndsTheLink() throws Exception {
    BleDevice d = f.connect();
    CompletableFuture<DisconnectReason> down = linkLost(d);
    f.measurement.holdReads(gate);
    CompletableFuture<byte[]> read = d.readHandleAsync(0x000e);
    Waits.waitFor(() -> f.measurement.calls().contains("ReadValue"));

    f.bluez.remove(f.device);

    assertThatThrownBy(() -> read.get(3, TimeUnit.SECONDS))
        .hasCauseInstanceOf(NotConnectedException.class)
        .hasMessageContaining("removed");
    assertThat(down.get(3, TimeUnit.SECONDS).text()).contains("removed");
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(f.backend.isRunning()).isTrue();
    closesCleanly();
  }

  @Test
  void theDeviceObjectRemovedMidConnectFailsTheConnect() throws Exception {
    f.device.resolveServices(false);
    CompletableFuture<BleDevice> connecting = CompletableFuture.supplyAsync(f::connect);
    String path = f.device.path();
    f.backend
        .tree()
        .await(path, BluezApi.DEVICE, p -> Boolean.TRUE.equals(p.get("Connected")))
        .get(5, TimeUnit.SECONDS);

    f.bluez.remove(f.device);

    assertThatThrownBy(() -> connecting.get(3, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(NotConnectedException.class)
        .hasMessageContaining("removed");
    assertThat(f.backend.connectedDevices()).isEmpty();
    closesCleanly();
  }

  @Test
  void aCharacteristicObjectRemovedMidWriteFailsTheWriteAndTheNextOneNamesTheHandle()
      throws Exception {
    BleDevice d = f.connect();
    f.control.holdWrites(gate);
    CompletableFuture<Void> write = d.writeHandleAsync(0x0011, new byte[] {7}, WriteType.REQUEST);
    Waits.waitFor(() -> f.bluez.journal().contains("WriteValue " + f.control.path()));

    f.bluez.remove(f.control);

    assertThatThrownBy(() -> write.get(3, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("0x0011")
        .hasMessageContaining("removed");
    f.backend
        .tree()
        .await(f.control.path(), BluezApi.GATT_CHARACTERISTIC, Map::isEmpty)
        .get(5, TimeUnit.SECONDS);
    assertThatThrownBy(
            () -> d.write(CharacteristicRef.handle(0x0011), new byte[] {8}, WriteType.REQUEST))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("0x0011");
    assertThat(d.read(CharacteristicRef.handle(0x000e))).isNotNull();
    closesCleanly();
  }
}
