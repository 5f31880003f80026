package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The backend against python-dbusmock's bluez5 template on a real dbus-daemon. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BluezDbusmockIT {
  private static DbusmockBluez mock;

  @BeforeAll
  static void startMock() throws Exception {
    FakeBluezFixture.quietDbusLogs();
    DbusmockBluez.requireTools();
    mock = DbusmockBluez.start();
  }

  @AfterAll
  static void stopMock() throws Exception {
    if (mock != null) {
      mock.close();
    }
  }

  @Test
  @Order(1)
  void listsScansConnectsPairsAndNoticesAdapterRemoval() throws Exception {
    assertThat(mock.bluez().AddAdapter("hci0", "my-host")).isEqualTo("/org/bluez/hci0");
    assertThat(new BluezBackendProvider(mock.address()).available())
        .extracting(a -> a.id())
        .containsExactly("bluez:hci0");

    BluezBackend backend = new BluezBackend("hci0", mock.address(), Duration.ofSeconds(5));
    backend.start();
    try {
      BlockingQueue<Advertisement> seen = new LinkedBlockingQueue<>();
      try (AutoCloseable scan =
          backend.startScan(ScanOptions.defaults(Duration.ofSeconds(1)), seen::add)) {
        String path = mock.bluez().AddDevice("hci0", "AA:BB:CC:DD:EE:01", "SensorX");
        assertThat(path).isEqualTo("/org/bluez/hci0/dev_AA_BB_CC_DD_EE_01");
        Advertisement a = seen.poll(5, TimeUnit.SECONDS);
        assertThat(a).isNotNull();
        assertThat(a.address()).isEqualTo(BleAddress.parse("AA:BB:CC:DD:EE:01"));
        assertThat(a.rssi()).isEqualTo(-79);
        assertThat(ScanResult.of(a).name()).contains("SensorX");
      }

      String path = "/org/bluez/hci0/dev_AA_BB_CC_DD_EE_01";
      CompletableFuture<BleDevice> connecting =
          backend.connectAsync(
              BleAddress.parse("AA:BB:CC:DD:EE:01"),
              ConnectOptions.defaults().withTimeout(Duration.ofSeconds(5)));
      // the template sets Connected but resolves no services; play BlueZ's part
      backend
          .tree()
          .await(path, BluezApi.DEVICE, p -> Boolean.TRUE.equals(p.get("Connected")))
          .get(5, TimeUnit.SECONDS);
      mock.updateProperties(path, BluezApi.DEVICE, Map.of("ServicesResolved", new Variant<>(true)));
      BleDevice device = connecting.get(5, TimeUnit.SECONDS);
      assertThat(device.state()).isEqualTo(ConnectionState.CONNECTED);
      assertThat(device.discover().services()).isEmpty();

      device.bond(PairingHandler.fixedPasskey(123456));
      assertThat(device.bonded()).isTrue();
      assertThat(backend.bonds()).hasSize(1);

      device.disconnect();
      assertThat(device.state()).isEqualTo(ConnectionState.DISCONNECTED);

      CompletableFuture<Throwable> lost = new CompletableFuture<>();
      backend.addAdapterListener((b, cause) -> lost.complete(cause));
      mock.bluez().RemoveAdapter("hci0");
      assertThat(lost.get(5, TimeUnit.SECONDS)).isInstanceOf(AdapterUnavailableException.class);
      assertThat(backend.isRunning()).isFalse();
    } finally {
      backend.stop();
    }
  }

  @Test
  @Order(2)
  void bluezLeavingTheBusIsTheLossOfTheAdapter() throws Exception {
    mock.bluez().AddAdapter("hci1", "other-host");
    BluezBackend backend = new BluezBackend("hci1", mock.address(), Duration.ofSeconds(5));
    backend.start();
    try {
      CompletableFuture<Throwable> lost = new CompletableFuture<>();
      backend.addAdapterListener((b, cause) -> lost.complete(cause));
      mock.stopBluez();
      assertThat(lost.get(5, TimeUnit.SECONDS)).isInstanceOf(AdapterUnavailableException.class);
      assertThat(backend.isRunning()).isFalse();
    } finally {
      backend.stop();
    }
  }
}
