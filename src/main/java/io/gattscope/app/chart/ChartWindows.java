package io.gattscope.app.chart;

import io.gattscope.app.util.Settings;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one live chart per subscription in the chart dock (one "Charts" window showing every chart
 * as tabs, side by side or stacked; each chart can be detached into a window of its own):
 * subscribes to the characteristic, and closing the chart unsubscribes and stops any recording. The
 * channel source is, in order: a given decoder, the layout saved for the characteristic's UUID, the
 * IMU layout.
 */
public final class ChartWindows {
  private static final Logger LOG = LoggerFactory.getLogger(ChartWindows.class);

  private final RateMeter meter;
  private final LayoutStore store;
  private final LongSupplier transportDrops;
  private final ChartDockViewModel dockModel;
  private final Map<ChartKey, CompletableFuture<Stage>> opening = new HashMap<>();
  private ChartDock dock;

  /**
   * Creates the opener with a dock whose layout choice is not remembered.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   * @param transportDrops notifications the backend dropped before the listeners
   */
  public ChartWindows(RateMeter meter, LayoutStore store, LongSupplier transportDrops) {
    this(meter, store, transportDrops, Settings.inMemory());
  }

  /**
   * Creates the opener.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   * @param transportDrops notifications the backend dropped before the listeners
   * @param settings where the dock's layout choice is remembered
   */
  public ChartWindows(
      RateMeter meter, LayoutStore store, LongSupplier transportDrops, Settings settings) {
    this.meter = Objects.requireNonNull(meter, "meter");
    this.store = store;
    this.transportDrops = Objects.requireNonNull(transportDrops, "transportDrops");
    this.dockModel = new ChartDockViewModel(settings);
  }

  /** The dock's state: every open chart and the layout. */
  public ChartDockViewModel dockModel() {
    return dockModel;
  }

  /** The dock's view; created on first use, on the FX thread. */
  ChartDock dock() {
    if (dock == null) {
      dock = new ChartDock(dockModel);
    }
    return dock;
  }

  /**
   * Like {@link #open(BleDevice, GattCharacteristic, ChannelDecoder, String)}, but when the
   * characteristic of this connection is already charted (or its chart is being opened) focuses
   * that chart instead of subscribing again; call on the FX thread.
   *
   * @return completes with the window showing the chart
   */
  public CompletableFuture<Stage> openOrFocus(
      BleDevice device, GattCharacteristic characteristic, ChannelDecoder decoder, String title) {
    ChartKey key = ChartKey.of(device, characteristic);
    Optional<DockedChart> open = dockModel.find(key);
    if (open.isPresent()) {
      return CompletableFuture.completedFuture(dock().reveal(open.get()));
    }
    CompletableFuture<Stage> pending = opening.get(key);
    if (pending != null) {
      return pending;
    }
    CompletableFuture<Stage> shown = open(device, characteristic, decoder, title);
    opening.put(key, shown);
    shown.whenComplete((stage, error) -> opening.remove(key));
    return shown;
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
                        shown.complete(show(device, model, sub));
                      }
                    }));
    return shown;
  }

  private Stage show(BleDevice device, ChartViewModel model, Subscription subscription) {
    ChartKey key = ChartKey.of(device, subscription.characteristic());
    Optional<DockedChart> twin = dockModel.find(key);
    if (twin.isPresent()) {
      LOG.info("{} is already charted; the second subscription is closed", model.title());
      model.close();
      CompletableFuture.runAsync(subscription::close);
      return dock().reveal(twin.get());
    }
    ChartDock view = dock();
    return view.reveal(dockModel.add(key, model, subscription));
  }
}
