package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.Map;
import org.freedesktop.dbus.types.Variant;

/** {@code GattDescriptor1}: a fixed value. */
public final class FakeDescriptor extends FakeObject implements BluezApi.GattDescriptor1 {
  private volatile byte[] value = {0x00, 0x00};

  FakeDescriptor(FakeBluez bluez, String path) {
    super(bluez, path);
  }

  @Override
  public byte[] ReadValue(Map<String, Variant<?>> options) {
    return value.clone();
  }

  @Override
  public void WriteValue(byte[] v, Map<String, Variant<?>> options) {
    value = v.clone();
  }
}
