package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChannelSources;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.FirstValueRelay;
import io.gattscope.app.chart.Unsubscribe;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.ChannelDecoder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chart being opened: subscribes and shows it with a known decoder, or first learns the
 * channels from one real value (a read when the characteristic is readable, else the first
 * notification through a {@link FirstValueRelay}, awaited for a bounded time).
 */
final class ChartLaunch {
  private static final Logger LOG = LoggerFactory.getLogger(ChartLaunch.class);

  private final BleDevice device;
  private final GattCharacteristic characteristic;
  private final SubscriptionType type;
  private final String title;
  private final Duration learnTimeout;
  private final BiFunction<ChannelDecoder, LongSupplier, ChartViewModel> models;
  private final BiFunction<ChartViewModel, Subscription, Stage> show;

  /**
   * Creates the launch.
   *
   * @param models builds the chart's model from its decoder and a count of values lost while
   *     learning (called on the FX thread)
   * @param show shows a model whose subscription is active (called on the FX thread)
   */
  ChartLaunch(
      BleDevice device,
      GattCharacteristic characteristic,
      SubscriptionType type,
      String title,
      Duration learnTimeout,
      BiFunction<ChannelDecoder, LongSupplier, ChartViewModel> models,
      BiFunction<ChartViewModel, Subscription, Stage> show) {
    this.device = device;
    this.characteristic = characteristic;
    this.type = type;
    this.title = title;
    this.learnTimeout = learnTimeout;
    this.models = models;
    this.show = show;
  }

  /** Runs {@code action} on the FX thread and completes as the future it returns. */
  static <T> CompletableFuture<T> onFx(Supplier<CompletableFuture<T>> action) {
    CompletableFuture<T> out = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            action
                .get()
                .whenComplete(
                    (v, e) -> {
                      if (e != null) {
                        out.completeExceptionally(e);
                      } else {
                        out.complete(v);
                      }
                    });
          } catch (RuntimeException e) {
            out.completeExceptionally(e);
          }
        });
    return out;
  }

  /**
   * On the FX thread: builds the model (fed {@code initial} first when not null), subscribes and
   * shows the chart once the subscription is active.
   */
  CompletableFuture<Stage> subscribeAndShow(ChannelDecoder decoder, byte[] initial) {
    ChartViewModel model = models.apply(decoder, () -> 0);
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
                        shown.complete(show.apply(model, sub));
                      }
                    }));
    return shown;
  }

  /**
   * Learns the channels from a read when the characteristic is readable, else (or when the read
   * fails or its value has nothing to chart) from the first notification.
   */
  CompletableFuture<Stage> learnAndShow(ChannelSources.Plan.FromFirstValue plan) {
    if (!characteristic.has(CharacteristicProperty.READ)) {
      return learnFromNotification(plan);
    }
    return device
        .readHandleAsync(characteristic.valueHandle())
        .handle(
            (value, readError) -> {
              Throwable why = readError;
              if (why == null) {
                try {
                  ChannelDecoder decoder = plan.decoderFor().apply(value);
                  return onFx(() -> subscribeAndShow(decoder, value));
                } catch (IllegalArgumentException e) {
                  why = e;
                }
              }
              LOG.info(
                  "the value read from {} cannot give its channels ({}); waiting for a notification",
                  title,
                  why.toString());
              return learnFromNotification(plan);
            })
        .thenCompose(f -> f);
  }

  private CompletableFuture<Stage> learnFromNotification(ChannelSources.Plan.FromFirstValue plan) {
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
                          Unsubscribe.later(sub, title);
                          shown.completeExceptionally(
                              new BleTimeoutException(
                                  "a notification from " + title + " to learn its chart channels",
                                  learnTimeout));
                          return;
                        }
                        ChartViewModel model = null;
                        try {
                          model = models.apply(plan.decoderFor().apply(first), relay::lost);
                          Stage stage = show.apply(model, sub);
                          relay.handOver(model.listener());
                          shown.complete(stage);
                        } catch (RuntimeException e) {
                          if (model != null) {
                            model.close();
                          }
                          Unsubscribe.later(sub, title);
                          shown.completeExceptionally(e);
                        }
                      },
                      Platform::runLater);
            });
    return shown;
  }
}
