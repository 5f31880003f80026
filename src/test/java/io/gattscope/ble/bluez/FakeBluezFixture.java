package io.gattscope.ble.bluez;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.bluez.fake.FakeAdapter;
import io.gattscope.ble.bluez.fake.FakeBluez;
import io.gattscope.ble.bluez.fake.FakeCharacteristic;
import io.gattscope.ble.bluez.fake.FakeDevice;
import io.gattscope.ble.bluez.fake.FakeService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.LoggerFactory;

/** A fake BlueZ with one adapter and one heart-rate peripheral, and a backend started on it. */
final class FakeBluezFixture implements AutoCloseable {
  static final String MAC = "AA:BB:CC:DD:EE:01";
  static final String HR_SERVICE = "0000180d-0000-1000-8000-00805f9b34fb";
  static final String HR_MEASUREMENT = "00002a37-0000-1000-8000-00805f9b34fb";
  static final String CONTROL = "00002a39-0000-1000-8000-00805f9b34fb";
  static final String CCCD = "00002902-0000-1000-8000-00805f9b34fb";

  static {
    quietDbusLogs();
  }

  final FakeBluez bluez;
  final FakeAdapter adapter;
  final FakeDevice device;
  final FakeCharacteristic measurement;
  final FakeCharacteristic control;
  final BluezBackend backend;

  FakeBluezFixture() throws Exception {
    bluez = FakeBluez.start();
    adapter = bluez.addAdapter("hci0", "00:11:22:33:44:55");
    device =
        adapter.addDevice(
            MAC,
            Map.of(
                "Name", new Variant<>("SensorX"),
                "RSSI", new Variant<>((short) -60),
                "UUIDs", new Variant<>(List.of(HR_SERVICE), "as"),
                "ManufacturerData",
                    new Variant<>(
                        Map.of(new UInt16(0x004C), new Variant<>(new byte[] {1, 2, 3})), "a{qv}")));
    FakeService hr = device.addService(0x000c, HR_SERVICE);
    measurement = hr.addCharacteristic(0x000d, HR_MEASUREMENT, "notify", "read");
    measurement.addDescriptor(0x000f, CCCD);
    control = hr.addCharacteristic(0x0010, CONTROL, "read", "write", "write-without-response");
    backend = new BluezBackend("hci0", bluez.address(), Duration.ofSeconds(5));
    backend.start();
  }

  /** dbus-java logs every message at DEBUG; tests only need its warnings. */
  static void quietDbusLogs() {
    if (LoggerFactory.getLogger("org.freedesktop") instanceof ch.qos.logback.classic.Logger l) {
      l.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  BleDevice connect() {
    return backend.connect(
        BleAddress.parse(MAC),
        ConnectOptions.defaults()
            .withTimeout(Duration.ofSeconds(5))
            .withOperationTimeout(Duration.ofSeconds(5)));
  }

  @Override
  public void close() throws Exception {
    try {
      backend.stop();
    } finally {
      bluez.close();
    }
  }
}
