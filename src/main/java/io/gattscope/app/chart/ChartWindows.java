package io.gattscope.app.chart;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one live chart window per subscription (several can sit side by side): subscribes to the
 * characteristic, and closing the window unsubscribes and stops any recording. The channel source
 * is, in order: a given decoder, the layout saved for the characteristic's UUID, the IMU layout.
 */
public final class ChartWindows {
  private static final Logger LOG = LoggerFactory.getLogger(ChartWindows.class);

  private final RateMeter meter;
  private final LayoutStore store;
  private final LongSupplier transportDrops;

  /**
   * Creates the opener.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   * @param transportDrops notifications the backend dropped before the listeners
   */
  public ChartWindows(RateMeter meter, LayoutStore store, LongSupplier transportDrops) {
    this.meter = Objects.requireNonNull(meter, "meter");
    this.store = store;
    this.transportDrops = Objects.requireNonNull(transportDrops, "transportDrops");
  }

  /** The decoder a chart of {@code characteristic} starts with when none is given. */
  public ChannelDecoder decoderFor(GattCharacteristic characteristic) {
    if (store != null) {
      try {
        Optional<PayloadLayout> saved = store.get(characteristic.uuid());
        if (saved.isPresent()) {
          return saved.get();
        }
      } catch (IOException e) {
        LOG.warn("could not read saved layouts from {}", store.file(), e);
      }
    }
    return PayloadLayout.parse(ChartViewModel.IMU_LAYOUT);
  }

  /**
   * Subscribes to {@code characteristic} and opens its chart window once the subscription is
   * active; call on the FX thread.
   *
   * @param decoder the channel source, or null for {@link #decoderFor}
   * @return completes with the shown stage, or exceptionally when subscribing failed
   * @throws IllegalArgumentException if the characteristic can neither notify nor indicate
   */
  public CompletableFuture<Stage> open(
      BleDevice device, GattCharacteristic characteristic, ChannelDecoder decoder) {
    return open(device, characteristic, decoder, device.address() + " · " + characteristic.uuid());
  }

  /**
   * Like {@link #open(BleDevice, GattCharacteristic, ChannelDecoder)} with a window title.
   *
   * @param title shown above the chart and in the window title
   */
  public CompletableFuture<Stage> open(
      BleDevice device, GattCharacteristic characteristic, ChannelDecoder decoder, String title) {
    SubscriptionType type;
    if (characteristic.has(CharacteristicProperty.NOTIFY)) {
      type = SubscriptionType.NOTIFY;
    } else if (characteristic.has(CharacteristicProperty.INDICATE)) {
      type = SubscriptionType.INDICATE;
    } else {
      throw new IllegalArgumentException(
          "characteristic " + characteristic.uuid() + " can neither notify nor indicate");
    }
    ChartViewModel model =
        new ChartViewModel(
            title,
            decoder == null ? decoderFor(characteristic) : decoder,
            characteristic.uuid(),
            store,
            meter,
            transportDrops);
    CompletableFuture<Stage> shown = new CompletableFuture<>();
    device
        .subscribeAsync(characteristic, type, model.listener())
        .whenComplete(
            (sub, error) ->
                Platform.runLater(
                    () -> {
                      if (error != null) {
                        model.close();
                        shown.completeExceptionally(error);
                      } else {
                        shown.complete(show(model, sub));
                      }
                    }));
    return shown;
  }

  private Stage show(ChartViewModel model, Subscription subscription) {
    LiveChartPane pane = new LiveChartPane(model);
    Stage stage = new Stage();
    stage.setTitle("Chart · " + model.title());
    stage.setScene(new Scene(pane, 1100, 700));
    stage.setOnHidden(
        e -> {
          pane.dispose();
          CompletableFuture.runAsync(subscription::close)
              .exceptionally(
                  t -> {
                    LOG.warn("unsubscribing {} failed", model.title(), t);
                    return null;
                  });
        });
    stage.show();
    return stage;
  }
}
