package io.gattscope.app.chart;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one live chart window per subscription (several can sit side by side): subscribes to the
 * characteristic, and closing the window unsubscribes and stops any recording. Unless a decoder is
 * given, the channels come from, in order: the layout saved for the characteristic's UUID, the SIG
 * decoder of the UUID, the characteristic's Presentation Format descriptor (0x2904), and last the
 * IMU layout; the SIG decoder and 0x2904 sources learn the channel set from one real value (a read
 * when the characteristic is readable, else the first notification, awaited at most {@link
 * #LEARN_TIMEOUT}). Each chart's drop count includes its device's {@link
 * BleDevice#droppedNotifications()}.
 */
public final class ChartWindows {
  /** How long a chart waits for the first notification to learn its channels. */
  public static final Duration LEARN_TIMEOUT = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(ChartWindows.class);

  private final RateMeter meter;
  private final LayoutStore store;
  private final LongSupplier extraDrops;
  private final ChannelSources sources;
  private final Duration learnTimeout;

  /**
   * Creates the opener.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   */
  public ChartWindows(RateMeter meter, LayoutStore store) {
    this(meter, store, () -> 0);
  }

  /**
   * Creates the opener with drops counted outside the device.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   * @param extraDrops drops to add to every chart's count beyond its device's dropped
   *     notifications, or {@code () -> 0}
   */
  public ChartWindows(RateMeter meter, LayoutStore store, LongSupplier extraDrops) {
    this(meter, store, extraDrops, LEARN_TIMEOUT);
  }

  ChartWindows(RateMeter meter, LayoutStore store, LongSupplier extraDrops, Duration learnTimeout) {
    this.meter = Objects.requireNonNull(meter, "meter");
    this.store = store;
    this.extraDrops = Objects.requireNonNull(extraDrops, "extraDrops");
    this.sources = new ChannelSources(store);
    this.learnTimeout = Objects.requireNonNull(learnTimeout, "learnTimeout");
  }

  /**
   * The decoder a chart of {@code characteristic} starts with when none is given, once its
   * descriptors and, for the SIG decoder and 0x2904 sources, {@code firstValue} are known.
   *
   * @param firstValue a real value of the characteristic
   * @throws IllegalArgumentException when the SIG decoder finds no numeric channel in the value
   */
  public CompletableFuture<ChannelDecoder> decoderFor(
      BleDevice device, GattCharacteristic characteristic, byte[] firstValue) {
    return sources
        .plan(device, characteristic)
        .thenApply(
            plan ->
                plan instanceof ChannelSources.Plan.FromFirstValue f
                    ? f.decoderFor().apply(firstValue)
                    : ((ChannelSources.Plan.Ready) plan).decoder());
  }

  /**
   * Subscribes to {@code characteristic} and opens its chart window once the subscription is active
   * and the channels are known; call on the FX thread.
   *
   * @param decoder the channel source, or null to pick one (see the class description)
   * @return completes with the shown stage, or exceptionally when subscribing failed or no
   *     notification came within {@link #LEARN_TIMEOUT} to learn the channels from (a {@link
   *     BleTimeoutException}; the subscription is closed again)
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
    ChartLaunch launch = new ChartLaunch(device, characteristic, type, title);
    if (decoder != null) {
      return launch.subscribeAndShow(decoder, null);
    }
    CompletableFuture<Stage> shown = new CompletableFuture<>();
    sources
        .plan(device, characteristic)
        .thenCompose(
            plan ->
                plan instanceof ChannelSources.Plan.FromFirstValue f
                    ? launch.learnAndShow(f)
                    : onFx(
                        () ->
                            launch.subscribeAndShow(
                                ((ChannelSources.Plan.Ready) plan).decoder(), null)))
        .whenComplete(
            (stage, error) -> {
              if (error != null) {
                shown.completeExceptionally(
                    error instanceof CompletionException && error.getCause() != null
                        ? error.getCause()
                        : error);
              } else {
                shown.complete(stage);
              }
            });
    return shown;
  }

  private static <T> CompletableFuture<T> onFx(Supplier<CompletableFuture<T>> action) {
    CompletableFuture<T> out = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            action.get().whenComplete((v, e) -> complete(out, v, e));
          } catch (RuntimeException e) {
            out.completeExceptionally(e);
          }
        });
    return out;
  }

  private static <T> void complete(CompletableFuture<T> f, T value, Throwable error) {
    if (error != null) {
      f.completeExceptionally(error);
    } else {
      f.complete(value);
    }
  }

  private static void closeLater(Subscription subscription, String title) {
    CompletableFuture.runAsync(subscription::close)
        .exceptionally(
            t -> {
              LOG.warn("unsubscribing {} failed", title, t);
              return null;
            });
  }

  /** One chart being opened: its device, characteristic and title. */
  private final class ChartLaunch {
    private final BleDevice device;
    private final GattCharacteristic characteristic;
    private final SubscriptionType type;
    private final String title;

    ChartLaunch(
        BleDevice device, GattCharacteristic characteristic, SubscriptionType type, String title) {
      this.device = device;
      this.characteristic = characteristic;
      this.type = type;
      this.title = title;
    }

    private ChartViewModel model(ChannelDecoder decoder, LongSupplier relayLost) {
      return new ChartViewModel(
          title,
          decoder,
          characteristic.uuid(),
          store,
          meter,
          () -> device.droppedNotifications() + relayLost.getAsLong() + extraDrops.getAsLong());
    }

    /** On the FX thread: builds the model (fed {@code initial} first), subscribes, shows. */
    CompletableFuture<Stage> subscribeAndShow(ChannelDecoder decoder, byte[] initial) {
      ChartViewModel model = model(decoder, () -> 0);
      if (initial != null) {
        model.listener().onNotification(characteristic.valueHandle(), initial, System.nanoTime());
      }
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

    /** Learns the channels from a read (when readable) or the first notification, then shows. */
    CompletableFuture<Stage> learnAndShow(ChannelSources.Plan.FromFirstValue plan) {
      if (!characteristic.has(CharacteristicProperty.READ)) {
        return learnFromNotification(plan);
      }
      return device
          .readHandleAsync(characteristic.valueHandle())
          .handle(
              (value, readError) -> {
                if (readError == null) {
                  return onFx(() -> subscribeAndShow(plan.decoderFor().apply(value), value));
                }
                LOG.info(
                    "reading {} to learn its channels failed ({}); waiting for a notification",
                    title,
                    readError.toString());
                return learnFromNotification(plan);
              })
          .thenCompose(f -> f);
    }

    private CompletableFuture<Stage> learnFromNotification(
        ChannelSources.Plan.FromFirstValue plan) {
      FirstValueRelay relay = new FirstValueRelay();
      CompletableFuture<Stage> shown = new CompletableFuture<>();
      device
          .subscribeAsync(characteristic, type, relay)
          .whenComplete(
              (sub, error) -> {
                if (error != null) {
                  shown.completeExceptionally(error);
                  return;
                }
                relay
                    .first()
                    .orTimeout(learnTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .whenCompleteAsync(
                        (first, timeout) -> {
                          if (timeout != null) {
                            closeLater(sub, title);
                            shown.completeExceptionally(
                                new BleTimeoutException(
                                    "a notification from " + title + " to learn its chart channels",
                                    learnTimeout));
                            return;
                          }
                          try {
                            ChartViewModel model =
                                model(plan.decoderFor().apply(first), relay::lost);
                            Stage stage = show(model, sub);
                            relay.handOver(model.listener());
                            shown.complete(stage);
                          } catch (RuntimeException e) {
                            closeLater(sub, title);
                            shown.completeExceptionally(e);
                          }
                        },
                        Platform::runLater);
              });
      return shown;
    }
  }

  private Stage show(ChartViewModel model, Subscription subscription) {
    LiveChartPane pane = new LiveChartPane(model);
    Stage stage = new Stage();
    stage.setTitle("Chart · " + model.title());
    stage.setScene(new Scene(pane, 1100, 700));
    stage.setOnHidden(
        e -> {
          pane.dispose();
          closeLater(subscription, model.title());
        });
    stage.show();
    return stage;
  }
}
