package io.gattscope.app.chart;

import io.gattscope.app.device.ChartOpener;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer's {@link ChartOpener}: each "plot" opens a live chart window of its own (several can
 * run side by side), with the layout saved for the characteristic or the IMU default.
 */
public final class FxChartOpener implements ChartOpener {
  private static final Logger LOG = LoggerFactory.getLogger(FxChartOpener.class);

  private final ChartWindows windows;

  /** Opens charts through {@code windows}. */
  public FxChartOpener(ChartWindows windows) {
    this.windows = Objects.requireNonNull(windows, "windows");
  }

  /** Charts sharing one rate meter, with layouts saved in the user's layout file. */
  public static FxChartOpener standard() {
    return new FxChartOpener(
        new ChartWindows(new RateMeter(), new LayoutStore(LayoutStore.defaultPath()), () -> 0));
  }

  @Override
  public void open(BleDevice device, GattCharacteristic characteristic, String title) {
    windows
        .open(device, characteristic, null, title)
        .whenComplete(
            (stage, error) -> {
              if (error != null) {
                LOG.warn("could not open a chart of {}: {}", title, error.getMessage(), error);
              }
            });
  }
}
