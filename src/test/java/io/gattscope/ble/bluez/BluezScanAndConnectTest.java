package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Uuids;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bluez.Error.Failed;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BluezScanAndConnectTest {
  private FakeBluezFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void providerListsTheAdapterOfTheBus() {
    var provider = new BluezBackendProvider(f.bluez.address());
    assertThat(provider.available())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("bluez:hci0");
              assertThat(a.kind()).isEqualTo("bluez");
              assertThat(a.displayName()).contains("00:11:22:33:44:55");
            });
    assertThat(f.backend.adapterInfo().address()).isEqualTo(BleAddress.parse("00:11:22:33:44:55"));
  }

  @Test
  void missingBusIsReportedClearly() {
    var provider = new BluezBackendProvider("unix:path=/nonexistent/bus.sock");
    assertThat(provider.available()).isEmpty();
    var backend = provider.create("hci0");
    assertThatThrownBy(backend::start)
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("/nonexistent/bus.sock");
  }

  @Test
  @Tag("perf")
  void missingBusIsReportedWithinTheProbeTimeout() {
    var provider = new BluezBackendProvider("unix:path=/nonexistent/bus.sock");
    long t0 = System.nanoTime();
    assertThat(provider.available()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(1100));
  }

  @Test
  void aBusWithoutBluezSaysSo() throws Exception {
    f.bluez.releaseName();
    var backend = new BluezBackend("hci0", f.bluez.address(), Duration.ofSeconds(2));
    assertThatThrownBy(backend::start)
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("org.bluez")
        .hasMessageContaining("not running");
    assertThat(new BluezBackendProvider(f.bluez.address()).available()).isEmpty();
  }

  @Test
  void unknownAdapterNamesTheOnesThatExist() {
    var backend = new BluezBackend("hci7", f.bluez.address(), Duration.ofSeconds(2));
    assertThatThrownBy(backend::start)
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("hci7")
        .hasMessageContaining("/org/bluez/hci0");
  }

  @Test
  void scanReportsNewDevicesWithReEncodedAdvertisingData() throws Exception {
    BlockingQueue<Advertisement> seen = new LinkedBlockingQueue<>();
    try (AutoCloseable scan =
        f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(1)), seen::add)) {
      assertThat(f.adapter.calls()).containsExactly("SetDiscoveryFilter", "StartDiscovery");
      assertThat(f.adapter.filter())
          .containsEntry("Transport", "le")
          .containsEntry("DuplicateData", true)
          .doesNotContainKey("RSSI");
      f.adapter.addDevice(
          "C0:FF:EE:00:00:02",
          Map.of(
              "AddressType", new Variant<>("random"),
              "Name", new Variant<>("Thermo"),
              "RSSI", new Variant<>((short) -71),
              "TxPower", new Variant<>((short) 4),
              "ManufacturerData",
                  new Variant<>(
                      Map.of(
                          new UInt16(0x0059), new Variant<>(new byte[] {(byte) 0xCA, (byte) 0xFE})),
                      "a{qv}"),
              "ServiceData",
                  new Variant<>(
                      Map.of(
                          "0000181a-0000-1000-8000-00805f9b34fb", new Variant<>(new byte[] {0x10})),
                      "a{sv}")));
      Advertisement a = seen.poll(5, TimeUnit.SECONDS);
      assertThat(a).isNotNull();
      assertThat(a.address()).isEqualTo(BleAddress.parse("C0:FF:EE:00:00:02"));
      assertThat(a.addressType()).isEqualTo(AddressType.RANDOM);
      assertThat(a.rssi()).isEqualTo(-71);
      String hex = HexFormat.of().formatHex(a.data());
      assertThat(hex)
          .contains("0709546865726d6f") // complete local name "Thermo"
          .contains("020a04") // TX power 4 dBm
          .contains("05ff5900cafe") // company 0x0059, data CA FE
          .contains("04161a1810"); // service data 0x181A: 10
      assertThat(ScanResult.of(a).name()).contains("Thermo");

      // the RSSI of a known device changes: a new advertisement with its other data
      f.device.set(BluezApi.DEVICE, "RSSI", new Variant<>((short) -42));
      Advertisement b = seen.poll(5, TimeUnit.SECONDS);
      assertThat(b.address()).isEqualTo(BleAddress.parse(FakeBluezFixture.MAC));
      assertThat(b.rssi()).isEqualTo(-42);
      assertThat(HexFormat.of().formatHex(b.data())).contains("06ff4c00010203");
      assertThat(f.adapter.calls()).doesNotContain("StopDiscovery");
    }
    assertThat(f.adapter.calls()).endsWith("StopDiscovery");
  }

  @Test
  void rssiThresholdGoesIntoTheDiscoveryFilter() throws Exception {
    f.backend.setRssiThreshold(-80);
    try (AutoCloseable scan =
        f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(1)), a -> {})) {
      assertThat(f.adapter.filter()).containsEntry("RSSI", (short) -80);
    }
    assertThatThrownBy(() -> f.backend.setRssiThreshold(-200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-200");
  }

  @Test
  void connectWaitsForServicesResolvedAndDiscoversHandlesFromPaths() throws Exception {
    BleDevice d = f.connect();
    assertThat(d.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(f.backend.connectedDevices()).containsExactly(d);
    assertThat(f.backend.connect(BleAddress.parse(FakeBluezFixture.MAC))).isSameAs(d);

    GattDatabase db = d.discover();
    assertThat(db.services())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.uuid()).isEqualTo(Uuids.fromShort(0x180D));
              assertThat(s.startHandle()).isEqualTo(0x000c);
              assertThat(s.endHandle()).isEqualTo(0x0011);
            });
    GattCharacteristic hr = db.characteristics().get(0);
    assertThat(hr.declarationHandle()).isEqualTo(0x000d);
    assertThat(hr.valueHandle()).isEqualTo(0x000e);
    assertThat(hr.propertySet())
        .containsExactlyInAnyOrder(CharacteristicProperty.NOTIFY, CharacteristicProperty.READ);
    assertThat(hr.cccd()).hasValueSatisfying(c -> assertThat(c.handle()).isEqualTo(0x000f));
    GattCharacteristic control = db.characteristics().get(1);
    assertThat(control.valueHandle()).isEqualTo(0x0011);
    assertThat(control.properties()).isEqualTo(0x02 | 0x08 | 0x04);
    assertThat(d.mtu()).isEqualTo(185);
    assertThat(d.rssi()).isEqualTo(-60);
  }

  @Test
  void concurrentConnectsShareOneAttempt() throws Exception {
    BleAddress address = BleAddress.parse(FakeBluezFixture.MAC);
    CompletableFuture<BleDevice> first = f.backend.connectAsync(address, ConnectOptions.defaults());
    CompletableFuture<BleDevice> second =
        f.backend.connectAsync(address, ConnectOptions.defaults());
    assertThat(first.get(5, TimeUnit.SECONDS)).isSameAs(second.get(5, TimeUnit.SECONDS));
    assertThat(f.backend.connectedDevices()).hasSize(1);
  }

  @Test
  void connectingToAnUnseenDeviceFailsAtOnce() {
    CompletableFuture<BleDevice> f1 =
        f.backend.connectAsync(BleAddress.parse("11:22:33:44:55:66"), ConnectOptions.defaults());
    assertThat(f1).isCompletedExceptionally();
    assertThatThrownBy(f1::join)
        .hasRootCauseInstanceOf(BleException.class)
        .hasMessageContaining("scan");
  }

  @Test
  void refusedConnectKeepsTheBluezErrorName() {
    f.device.failConnect(() -> new Failed("le-connection-abort-by-local"));
    assertThatThrownBy(f::connect)
        .isInstanceOfSatisfying(
            BackendException.class,
            e -> assertThat(e.resultName()).isEqualTo("org.bluez.Error.Failed"))
        .hasMessageContaining("le-connection-abort-by-local");
    assertThat(f.backend.connectedDevices()).isEmpty();
  }

  @Test
  void unexpectedDisconnectReachesListenersAndFailsPendingOperationsAtOnce() throws Exception {
    BleDevice d = f.connect();
    BlockingQueue<DisconnectReason> reasons = new LinkedBlockingQueue<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason reason) {
            reasons.add(reason);
          }
        });
    CountDownLatch gate = new CountDownLatch(1);
    f.measurement.holdReads(gate);
    CompletableFuture<byte[]> pending = d.readHandleAsync(0x000e);
    CompletableFuture<byte[]> queued = d.readHandleAsync(0x0011);
    try {
      f.device.linkLost();
      assertThat(reasons.poll(5, TimeUnit.SECONDS)).isNotNull();
      assertThatThrownBy(() -> pending.get(1, TimeUnit.SECONDS))
          .hasCauseInstanceOf(NotConnectedException.class);
      assertThatThrownBy(() -> queued.get(1, TimeUnit.SECONDS))
          .hasCauseInstanceOf(NotConnectedException.class);
    } finally {
      gate.countDown();
    }
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(f.backend.connectedDevices()).isEmpty();
    assertThatThrownBy(() -> d.readHandleAsync(0x000e).join())
        .hasCauseInstanceOf(NotConnectedException.class);
  }

  @Test
  void requestedDisconnectCompletesWhenTheLinkIsDown() throws Exception {
    BleDevice d = f.connect();
    BlockingQueue<DisconnectReason> reasons = new LinkedBlockingQueue<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason reason) {
            reasons.add(reason);
          }
        });
    d.disconnect();
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(reasons.poll(5, TimeUnit.SECONDS)).isEqualTo(DisconnectReason.hci(0x16));
    assertThat(f.device.get(BluezApi.DEVICE, "Connected")).isEqualTo(false);
  }

  @Test
  void adapterRemovalReachesAdapterListenersAndDropsDevices() throws Exception {
    BleDevice d = f.connect();
    CompletableFuture<Throwable> lost = new CompletableFuture<>();
    f.backend.addAdapterListener((backend, cause) -> lost.complete(cause));
    CountDownLatch down = new CountDownLatch(1);
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason reason) {
            down.countDown();
          }
        });
    f.bluez.remove(f.adapter);
    assertThat(lost.get(5, TimeUnit.SECONDS))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("hci0");
    assertThat(down.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(f.backend.isRunning()).isFalse();
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThatThrownBy(
            () -> f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(1)), a -> {}))
        .isInstanceOf(AdapterUnavailableException.class);
  }

  @Test
  void bondsAreThePairedDevicesAndClearingRemovesThem() throws Exception {
    String path = "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_01";
    assertThat(f.backend.bonds()).isEmpty();
    f.device.set(BluezApi.DEVICE, "Paired", new Variant<>(true));
    f.backend
        .tree()
        .await(path, BluezApi.DEVICE, p -> Boolean.TRUE.equals(p.get("Paired")))
        .get(5, TimeUnit.SECONDS);
    assertThat(f.backend.bonds()).hasSize(1);
    f.backend.clearBond(BleAddress.parse(FakeBluezFixture.MAC));
    assertThat(f.adapter.calls()).contains("RemoveDevice " + path);
    f.backend.tree().await(path, BluezApi.DEVICE, Map::isEmpty).get(5, TimeUnit.SECONDS);
    assertThat(f.backend.bonds()).isEmpty();
    assertThatThrownBy(() -> f.backend.clearBond(BleAddress.parse(FakeBluezFixture.MAC)))
        .isInstanceOfSatisfying(
            BackendException.class,
            e -> assertThat(e.resultName()).isEqualTo("org.bluez.Error.DoesNotExist"));
  }
}
