package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.bluez.fake.FakeAdapter;
import io.gattscope.ble.bluez.fake.FakeBluez;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With org.bluez on the bus, the gatttool backend scans through D-Bus instead of hcitool. */
class GatttoolDbusScanTest {

  @TempDir Path dir;

  @Test
  void scanningUsesBluezDiscoveryWhenItIsThere() throws Exception {
    try (FakeBluez bluez = FakeBluez.start()) {
      FakeAdapter adapter = bluez.addAdapter("hci0", "00:11:22:33:44:55");
      Path gatttool = FakeTools.script(dir, "fake-gatttool", FakeGatttool.class);
      GatttoolSettings settings =
          GatttoolSettings.defaults("hci0")
              .withTools(gatttool.toString(), "/nonexistent/hcitool")
              .withEnvironment(Map.of("DBUS_SYSTEM_BUS_ADDRESS", bluez.address()));
      GatttoolBackend backend = new GatttoolBackend(settings);
      backend.start();
      BlockingQueue<Advertisement> seen = new LinkedBlockingQueue<>();
      try (AutoCloseable scan =
          backend.startScan(ScanOptions.defaults(Duration.ofSeconds(2)), seen::add)) {
        assertThat(adapter.calls()).contains("StartDiscovery");
        adapter.addDevice("C0:FF:EE:00:00:07", Map.of("RSSI", new Variant<>((short) -55)));
        Advertisement a = seen.poll(5, TimeUnit.SECONDS);
        assertThat(a).isNotNull();
        assertThat(a.address()).isEqualTo(BleAddress.parse("C0:FF:EE:00:00:07"));
        assertThat(a.rssi()).as("D-Bus discovery reports RSSI, hcitool cannot").isEqualTo(-55);
      } finally {
        backend.stop();
      }
      assertThat(adapter.calls()).contains("StopDiscovery");
    }
  }
}
