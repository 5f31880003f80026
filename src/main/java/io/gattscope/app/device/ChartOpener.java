package io.gattscope.app.device;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;

/** Opens a live plot of a characteristic's notifications (the chart pane plugs in here). */
@FunctionalInterface
public interface ChartOpener {
  /** Does nothing (no chart pane installed). */
  ChartOpener NONE = (device, characteristic, title) -> {};

  /** Opens a plot of the characteristic's notifications. */
  void open(BleDevice device, GattCharacteristic characteristic, String title);
}
