package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChannelSources;
import io.gattscope.app.chart.ChartActivityLog;
import io.gattscope.app.chart.ChartBufferSetting;
import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.ChartKey;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.chart.Unsubscribe;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one live chart per subscription in the chart dock (one "Charts" window showing every chart
 * as tabs, side by side or stacked; each chart can be detached into a window of its own):
 * subscribes to the characteristic, and closing the chart unsubscribes and stops any recording.
 * Unless a decoder is given, the channels come from, in order: the layout saved for the
 * characteristic's UUID, the SIG decoder of the UUID, the characteristic's Presentation Format
 * descriptor (0x2904), and last the IMU layout; the SIG decoder and 0x2904 sources learn the
 * channel set from one real value (a read when the characteristic is readable, else the first
 * notification, awaited at most {@link #LEARN_TIMEOUT}). Each chart's drop count includes its
 * device's {@link BleDevice#droppedNotifications()}; its ring buffer size comes from {@link
 * ChartBufferSetting}.
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
  private final ChartDockViewModel dockModel;
  private final Settings settings;
  private final Map<ChartKey, CompletableFuture<Stage>> opening = new HashMap<>();
  private LogViewModel log;
  private ChartDock dock;

  /**
   * Creates the opener with a dock whose layout choice is not remembered.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   */
  public ChartWindows(RateMeter meter, LayoutStore store) {
    this(meter, store, () -> 0, Settings.inMemory());
  }

  /**
   * Creates the opener with a dock whose layout choice is not remembered.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   * @param extraDrops drops to add to every chart's count beyond its device's dropped
   *     notifications, or {@code () -> 0}
   */
  public ChartWindows(RateMeter meter, LayoutStore store, LongSupplier extraDrops) {
    this(meter, store, extraDrops, Settings.inMemory());
  }

  /**
   * Creates the opener.
   *
   * @param meter shared by every chart, so each shows the total of all subscriptions
   * @param store saved layouts (null to neither load nor save)
   * @param extraDrops drops to add to every chart's count beyond its device's dropped
   *     notifications, or {@code () -> 0}
   * @param settings where the dock's layout choice is remembered
   */
  public ChartWindows(
      RateMeter meter, LayoutStore store, LongSupplier extraDrops, Settings settings) {
    this(meter, store, extraDrops, settings, LEARN_TIMEOUT);
  }

  ChartWindows(
      RateMeter meter,
      LayoutStore store,
      LongSupplier extraDrops,
      Settings settings,
      Duration learnTimeout) {
    this.meter = Objects.requireNonNull(meter, "meter");
    this.store = store;
    this.extraDrops = Objects.requireNonNull(extraDrops, "extraDrops");
    this.sources = new ChannelSources(store);
    this.learnTimeout = Objects.requireNonNull(learnTimeout, "learnTimeout");
    this.dockModel = new ChartDockViewModel(settings);
    ChartBufferSetting.rateSource(
        () ->
            dockModel.charts().stream()
                .mapToDouble(c -> c.model().notificationsPerSecond())
                .max()
                .orElse(0));
    this.settings = settings;
  }

  /** Sends each chart's recording start and stop to the explorer log from now on. */
  public void logTo(LogViewModel log) {
    this.log = Objects.requireNonNull(log, "log");
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
    ChartLaunch launch =
        new ChartLaunch(
            device,
            characteristic,
            type,
            title,
            learnTimeout,
            (d, lost) -> model(device, characteristic.uuid(), title, d, lost),
            (model, sub) -> show(device, model, sub));
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
                    : ChartLaunch.onFx(
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

  /**
   * Opens a chart that {@code feed} hands values to instead of a subscription of its own (the
   * serial plotter's numeric lines), with the same ring buffer, recorder and CSV export; its layout
   * is not saved, and it does not resubscribe after a reconnect (its feed's source does or does
   * not). Focuses the chart of the same characteristic when one is open; call on the FX thread.
   *
   * @param characteristic the characteristic the values come from (the chart's key)
   * @param decoder decodes each value the feed hands over
   * @param title shown above the chart and in the window title
   * @param feed starts handing values to the listener it is given and returns the feed, closed when
   *     the chart closes
   * @return the window showing the chart
   */
  public Stage openFed(
      BleDevice device,
      GattCharacteristic characteristic,
      ChannelDecoder decoder,
      String title,
      Function<NotificationListener, Subscription> feed) {
    Optional<DockedChart> open = dockModel.find(ChartKey.of(device, characteristic));
    if (open.isPresent()) {
      DockedChart chart = open.get();
      if (chart.subscription() instanceof Fed old && !old.isActive()) {
        // its feed died with the link; the new one goes on in the same chart after a gap
        chart.resubscribed(new Fed(feed.apply(chart.model().listener())));
        chart.model().reconnected();
      }
      return dock().reveal(chart);
    }
    ChartViewModel model = model(device, null, title, decoder, () -> 0);
    return show(device, model, new Fed(feed.apply(model.listener())));
  }

  private ChartViewModel model(
      BleDevice device, UUID layoutKey, String title, ChannelDecoder decoder, LongSupplier lost) {
    ChartViewModel model =
        new ChartViewModel(
            title,
            decoder,
            layoutKey,
            store,
            meter,
            () -> device.droppedNotifications() + lost.getAsLong() + extraDrops.getAsLong(),
            ChartBufferSetting.read(settings));
    model.reportTo(ChartActivityLog.of(device));
    return model;
  }

  /** The subscription of a chart fed by its caller; a reconnect does not resubscribe it. */
  private record Fed(Subscription feed) implements Subscription {
    @Override
    public GattCharacteristic characteristic() {
      return feed.characteristic();
    }

    @Override
    public SubscriptionType type() {
      return feed.type();
    }

    @Override
    public boolean isActive() {
      return feed.isActive();
    }

    @Override
    public long delivered() {
      return feed.delivered();
    }

    @Override
    public void close() {
      feed.close();
    }
  }

  private Stage show(BleDevice device, ChartViewModel model, Subscription subscription) {
    ChartKey key = ChartKey.of(device, subscription.characteristic());
    Optional<DockedChart> twin = dockModel.find(key);
    if (twin.isPresent()) {
      LOG.info("{} is already charted; the second subscription is closed", model.title());
      model.close();
      Unsubscribe.later(subscription, model.title());
      return dock().reveal(twin.get());
    }
    ChartDock view = dock();
    if (log != null) {
      model.logRecordingsTo(log, device.address().toString(), source(device, subscription));
    }
    DockedChart docked = dockModel.add(key, model, subscription);
    AutoCloseable watch =
        device.addConnectionListener(
            new ConnectionListener() {
              @Override
              public void onDisconnected(BleDevice d, DisconnectReason reason) {
                long at = System.nanoTime();
                Platform.runLater(() -> model.linkLost(at));
              }
            });
    dockModel
        .charts()
        .addListener(
            (ListChangeListener<DockedChart>)
                c -> {
                  if (!dockModel.charts().contains(docked)) {
                    closeQuietly(watch);
                  }
                });
    return view.reveal(docked);
  }

  /** "name (address) uuid, value handle 0x000F, CCCD 0x0010" for the log. */
  private String source(BleDevice device, Subscription subscription) {
    GattCharacteristic c = subscription.characteristic();
    return log.deviceLabel(device.address().toString())
        + " "
        + c.uuid()
        + String.format(Locale.ROOT, ", value handle 0x%04X", c.valueHandle())
        + c.cccd().map(d -> String.format(Locale.ROOT, ", CCCD 0x%04X", d.handle())).orElse("");
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.debug("removing a connection listener failed", e);
    }
  }

  /**
   * The link to {@code device}'s address is back (by hand or by auto-reconnect): every chart of
   * that address that lost its link goes on in the same feed and history, after a gap marking the
   * outage; its subscription is the one the device kept and bound again when the device is the same
   * object, else a new one on {@code device}. Call on the FX thread.
   *
   * @return completes when every such chart is subscribed again (exceptionally with the first
   *     failure; the other charts still resume)
   */
  public CompletableFuture<Void> reconnected(BleDevice device) {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (DockedChart chart : List.copyOf(dockModel.charts())) {
      ChartViewModel model = chart.model();
      if (!model.disconnectedProperty().get()
          || !chart.key().device().address().equals(device.address())) {
        continue;
      }
      Subscription old = chart.subscription();
      if (old.isActive()) {
        // the device kept the subscription across the outage and bound it again: same values,
        // same listener; the next sample closes the gap (the chart may hold the device through a
        // wrapper, such as Plot's logging one, so the subscription says it, not the object)
        model.reconnected();
        continue;
      }
      if (old instanceof Fed) {
        continue;
      }
      all.add(
          device
              .subscribeAsync(
                  CharacteristicRef.handle(chart.key().valueHandle()), old.type(), model.listener())
              .thenAcceptAsync(
                  sub -> {
                    chart.resubscribed(sub);
                    model.reconnected();
                    device.addConnectionListener(
                        new ConnectionListener() {
                          @Override
                          public void onDisconnected(BleDevice d, DisconnectReason reason) {
                            long at = System.nanoTime();
                            Platform.runLater(() -> model.linkLost(at));
                          }
                        });
                  },
                  Platform::runLater));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
  }
}
