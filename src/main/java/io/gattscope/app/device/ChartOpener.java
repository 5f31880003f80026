package io.gattscope.app.device;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import java.util.concurrent.CompletableFuture;

/** Opens a live plot of a characteristic's notifications (the chart pane plugs in here). */
@FunctionalInterface
public interface ChartOpener {
  /** Does nothing (no chart pane installed). */
  ChartOpener NONE = (device, characteristic, title) -> CompletableFuture.completedFuture(null);

  /**
   * Opens a plot of the characteristic's notifications.
   *
   * @return completes when the chart is shown, or exceptionally with why it could not be opened
   */
  CompletableFuture<Void> open(BleDevice device, GattCharacteristic characteristic, String title);

  /**
   * The link to {@code device} is back: charts of it that lost their link resume (after a gap);
   * called on the UI thread.
   */
  default void reconnected(BleDevice device) {}
}
