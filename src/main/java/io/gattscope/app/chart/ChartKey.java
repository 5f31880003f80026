package io.gattscope.app.chart;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import java.util.Objects;

/**
 * What one chart plots: a characteristic value handle of one connected device. A reconnect yields a
 * new {@link BleDevice}, so a chart of the old connection never stands in for a new one.
 *
 * @param device the connected device (compared as the backend defines equality, by identity here)
 * @param valueHandle the characteristic's value handle (1 to 0xFFFF)
 */
public record ChartKey(BleDevice device, int valueHandle) {
  public ChartKey {
    Objects.requireNonNull(device, "device");
  }

  /** The key of {@code characteristic} on {@code device}. */
  public static ChartKey of(BleDevice device, GattCharacteristic characteristic) {
    return new ChartKey(device, characteristic.valueHandle());
  }
}
