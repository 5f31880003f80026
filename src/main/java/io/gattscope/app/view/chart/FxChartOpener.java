package io.gattscope.app.view.chart;

import io.gattscope.app.device.ChartOpener;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer's {@link ChartOpener}: each "plot" opens a live chart in the chart dock (several can
 * run as tabs, side by side or stacked), its channels picked as {@link ChartWindows} describes
 * (saved layout, SIG decoder, 0x2904, IMU layout) and its drop count including the device's dropped
 * notifications; plotting a characteristic that is already charted focuses its chart.
 */
public final class FxChartOpener implements ChartOpener {
  private static final Logger LOG = LoggerFactory.getLogger(FxChartOpener.class);

  private final ChartWindows windows;

  /** Opens charts through {@code windows}. */
  public FxChartOpener(ChartWindows windows) {
    this.windows = Objects.requireNonNull(windows, "windows");
  }

  /**
   * Charts sharing one rate meter, with layouts saved in the user's layout file and the dock's
   * layout choice in {@code settings}; each counts the notifications its device dropped ({@link
   * BleDevice#droppedNotifications()}).
   */
  public static FxChartOpener standard(Settings settings) {
    return new FxChartOpener(
        new ChartWindows(
            new RateMeter(), new LayoutStore(LayoutStore.defaultPath()), () -> 0, settings));
  }

  /** The chart windows it opens charts through. */
  public ChartWindows windows() {
    return windows;
  }

  @Override
  public CompletableFuture<Void> open(
      BleDevice device, GattCharacteristic characteristic, String title) {
    return windows
        .openOrFocus(device, characteristic, null, title)
        .whenComplete(
            (stage, error) -> {
              if (error != null) {
                LOG.warn("could not open a chart of {}: {}", title, error.getMessage(), error);
              }
            })
        .thenApply(stage -> null);
  }

  @Override
  public CompletableFuture<Void> openFed(
      BleDevice device,
      GattCharacteristic characteristic,
      ChannelDecoder decoder,
      String title,
      Function<NotificationListener, Subscription> feed) {
    return ChartLaunch.onFx(
        () -> {
          windows.openFed(device, characteristic, decoder, title, feed);
          return CompletableFuture.completedFuture(null);
        });
  }

  @Override
  public void reconnected(BleDevice device) {
    windows
        .reconnected(device)
        .whenComplete(
            (v, error) -> {
              if (error != null) {
                LOG.warn("a chart of {} could not resume: {}", device.address(), error.toString());
              }
            });
  }
}
