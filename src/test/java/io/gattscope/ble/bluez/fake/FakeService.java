package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

/** {@code GattService1}: holds characteristics. */
public final class FakeService extends FakeObject {
  FakeDevice device;

  FakeService(FakeBluez bluez, String path) {
    super(bluez, path);
  }

  /** Adds a characteristic whose declaration is at {@code handle} (value at handle + 1). */
  public FakeCharacteristic addCharacteristic(int handle, String uuid, String... flags) {
    FakeCharacteristic c =
        new FakeCharacteristic(bluez, String.format("%s/char%04x", path(), handle));
    c.with(
        BluezApi.GATT_CHARACTERISTIC,
        Map.of(
            "UUID", new Variant<>(uuid),
            "Service", new Variant<>(new DBusPath(path())),
            "Flags", new Variant<>(List.of(flags), "as"),
            "Notifying", new Variant<>(false),
            "MTU", new Variant<>(new UInt16(185)),
            "Value", new Variant<>(new byte[0])));
    c.device = device;
    device.addGatt(c);
    return c;
  }
}
