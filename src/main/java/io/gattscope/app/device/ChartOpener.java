package io.gattscope.app.device;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.stream.ChannelDecoder;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
   * Opens a chart fed by the caller instead of a subscription of its own (the serial plotter hands
   * it numeric lines); the chart is keyed, titled and recorded like a characteristic's chart.
   *
   * @param characteristic the characteristic the values come from
   * @param decoder decodes each value handed to the chart
   * @param feed starts handing values to the listener and returns the feed, closed with the chart
   * @return completes when the chart is shown, or exceptionally with why it could not be opened
   */
  default CompletableFuture<Void> openFed(
      BleDevice device,
      GattCharacteristic characteristic,
      ChannelDecoder decoder,
      String title,
      Function<NotificationListener, Subscription> feed) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("no chart pane is installed"));
  }

  /**
   * The link to {@code device} is back: charts of it that lost their link resume (after a gap);
   * called on the UI thread.
   */
  default void reconnected(BleDevice device) {}
}
