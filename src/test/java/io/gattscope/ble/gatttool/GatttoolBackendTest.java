package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattException;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.SupervisedDevice;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Runs the backend against the gatttool stand-in process, sharing one connection. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatttoolBackendTest {
  static final BleAddress PEER = BleAddress.parse("C0:11:22:33:44:55");
  static final UUID CUSTOM = UUID.fromString(FakeGatttool.CUSTOM);

  Path dir;
  Path log;
  GatttoolBackend backend;
  GatttoolDevice device;
  BleDevice supervised;

  @BeforeAll
  void connect(@TempDir Path tmp) {
    dir = tmp;
    log = dir.resolve("typed.log");
    backend =
        new GatttoolBackend(FakeTools.settings(dir, Map.of("FAKE_GATTTOOL_LOG", log.toString())));
    backend.start();
    supervised = backend.connect(PEER, ConnectOptions.random().withTimeout(Duration.ofSeconds(10)));
    device = (GatttoolDevice) ((SupervisedDevice) supervised).link().orElseThrow();
  }

  @AfterAll
  void stop() {
    backend.stop();
  }

  private String typed() throws Exception {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Test
  void connectsWithTheAddressTypeAndReturnsTheSameDeviceAgain() throws Exception {
    assertThat(device.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(typed()).contains("connect C0:11:22:33:44:55 random");
    assertThat(backend.connect(PEER)).isSameAs(supervised);
    assertThat(backend.connectedDevices()).contains(supervised);
    assertThat(backend.adapterInfo().name()).isEqualTo("gatttool on hci0");
    assertThat(backend.adapterInfo().maxConnections()).isEqualTo(7);
  }

  @Test
  void discoveryBuildsTheTreeWithTheDiscoveredCccds() {
    GattDatabase db = device.discover();
    assertThat(db.services())
        .extracting(s -> Uuids.format(s.uuid()))
        .containsExactly("0x1800", "0x180D", "0x180F", "0xFFF0");
    assertThat(db.services().get(3).endHandle()).isEqualTo(0xFFFF);
    GattCharacteristic hr = db.resolve(CharacteristicRef.uuid(Uuids.fromShort(0x2A37)));
    assertThat(hr.declarationHandle()).isEqualTo(0x0007);
    assertThat(hr.valueHandle()).isEqualTo(0x0008);
    assertThat(hr.properties()).isEqualTo(0x10);
    assertThat(hr.descriptors()).extracting(GattDescriptor::handle).containsExactly(0x0009, 0x000A);
    assertThat(hr.cccd()).map(GattDescriptor::handle).contains(0x000A);
    assertThat(db.characteristics()).hasSize(9);
    assertThat(db.services().get(0).characteristics().get(0).descriptors()).isEmpty();
  }

  @Test
  void readsByHandleAndByUuid() {
    assertThat(device.read(CharacteristicRef.handle(0x0003))).isEqualTo("Fake".getBytes());
    assertThat(device.readLong(CharacteristicRef.handle(0x000C))).containsExactly(0x01);
    assertThat(device.read(CharacteristicRef.uuid(Uuids.fromShort(0x2A19)))).containsExactly(0x64);
    assertThat(device.readByUuidAsync(Uuids.fromShort(0x2A01)).join()).containsExactly(0x40, 0x03);
  }

  @Test
  void anAmbiguousUuidNamesBothPlaces() {
    assertThatThrownBy(() -> device.read(CharacteristicRef.uuid(CUSTOM)))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("0x0012")
        .hasMessageContaining("0x0015")
        .hasMessageContaining("0x180F")
        .hasMessageContaining("0xFFF0");
    assertThatThrownBy(() -> Futures2.join(device.readByUuidAsync(CUSTOM)))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("0x0012")
        .hasMessageContaining("0x0015");
    assertThat(device.read(CharacteristicRef.of(Uuids.fromShort(0xFFF0), CUSTOM)))
        .containsExactly(0x22);
  }

  @Test
  void writesRequestsAndCommands() {
    device.write(CharacteristicRef.handle(0x0012), new byte[] {0x7A, 0x01});
    assertThat(device.read(CharacteristicRef.handle(0x0012))).containsExactly(0x7A, 0x01);
    device.write(CharacteristicRef.handle(0x0015), new byte[] {0x33}, WriteType.COMMAND);
    assertThat(device.read(CharacteristicRef.handle(0x0015))).containsExactly(0x33);
    byte[] big = new byte[100];
    big[99] = 9;
    device.writeLong(CharacteristicRef.handle(0x0012), big);
    assertThat(device.read(CharacteristicRef.handle(0x0012))).isEqualTo(big);
  }

  @Test
  void attErrorsArriveTyped() {
    assertThatThrownBy(() -> device.write(CharacteristicRef.handle(0x000C), new byte[] {1}))
        .isInstanceOfSatisfying(
            GattException.class,
            e -> {
              assertThat(e.attErrorCode()).isEqualTo(0x03);
              assertThat(e.handle()).isEqualTo(0x000C);
            });
    assertThatThrownBy(() -> device.read(CharacteristicRef.handle(0x0F00)))
        .isInstanceOfSatisfying(
            GattException.class, e -> assertThat(e.attErrorCode()).isEqualTo(0x01));
    assertThat(device.state()).isEqualTo(ConnectionState.CONNECTED);
  }

  @Test
  void bondingRaisesTheSecurityLevelSoAuthenticatedReadsWork() {
    assertThatThrownBy(() -> device.read(CharacteristicRef.handle(0x0017)))
        .isInstanceOfSatisfying(
            GattException.class, e -> assertThat(e.attErrorCode()).isEqualTo(0x05));
    device.bond(PairingHandler.justWorks());
    assertThat(device.bonded()).isTrue();
    assertThat(device.read(CharacteristicRef.handle(0x0017))).containsExactly(0x5E, 0x5E);
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsTyped() throws Exception {
    String before = typed();
    assertThatThrownBy(() -> device.readHandleAsync(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> device.readHandleAsync(0x10000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> device.writeHandleAsync(0x12, new byte[0], WriteType.REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> device.writeHandleAsync(0x12, new byte[21], WriteType.COMMAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21 bytes");
    assertThatThrownBy(() -> device.writeLongHandleAsync(0x12, new byte[513]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> device.exchangeMtuAsync(10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                backend.connectAsync(
                    BleAddress.parse("zz:11:22:33:44:55"), ConnectOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(typed()).isEqualTo(before);
  }

  @Test
  void unsupportedThingsSaySo() {
    assertThatThrownBy(() -> device.rssi()).hasMessageContaining("RSSI");
    assertThatThrownBy(() -> backend.bonds()).hasMessageContaining("bluetoothctl");
  }

  @Test
  void twoConnectionsRunSideBySide() {
    BleAddress other = BleAddress.parse("C0:11:22:33:44:66");
    BleDevice second = backend.connect(other);
    try {
      assertThat(second).isNotSameAs(supervised);
      assertThat(backend.connectedDevices()).contains(supervised, second);
      var a = device.readHandleAsync(0x0003);
      var b = second.readHandleAsync(0x000F);
      assertThat(a.join()).isEqualTo("Fake".getBytes());
      assertThat(b.join()).containsExactly(0x64);
    } finally {
      second.disconnect();
    }
    assertThat(second.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(backend.connectedDevices()).doesNotContain(second);
    assertThat(device.state()).isEqualTo(ConnectionState.CONNECTED);
  }

  /** Small helper to unwrap a future's failure. */
  static final class Futures2 {
    static <T> T join(CompletableFuture<T> f) {
      return Futures.await(f, Duration.ofSeconds(10), "test");
    }
  }

  @Test
  void manyQueuedCallsRunInOrderWithoutBusyErrors() {
    List<CompletableFuture<byte[]>> reads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      reads.add(device.readHandleAsync(i % 2 == 0 ? 0x0003 : 0x000C));
    }
    for (int i = 0; i < 20; i++) {
      assertThat(reads.get(i).join()).isEqualTo(i % 2 == 0 ? "Fake".getBytes() : new byte[] {1});
    }
  }
}
