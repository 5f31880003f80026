package io.gattscope.app.device;

import io.gattscope.app.util.Command;
import io.gattscope.app.util.ErrorText;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One device tab: connects and discovers, shows link facts (state, RSSI, interval, MTU, bond), the
 * GATT tree, disconnect and reconnect (optionally automatic, restoring subscriptions), pairing.
 */
public final class DeviceViewModel {
  private record Link(BleDevice device, GattDatabase database) {}

  /**
   * The per-call timeout of the app's devices; long enough for a person to type a passkey, since
   * the backend's pairing procedure runs under it.
   */
  static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(30);

  private final AppContext ctx;
  private final ObservableValue<BleBackend> backend;
  private final BleAddress address;
  private final AddressType addressType;
  private final String title;
  private final ReadOnlyObjectWrapper<BleDevice> device = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ConnectionState> state =
      new ReadOnlyObjectWrapper<>(ConnectionState.DISCONNECTED);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected");
  private final ReadOnlyStringWrapper lastReason = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper rssi = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper interval = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper mtu = new ReadOnlyStringWrapper("–");
  private final ReadOnlyStringWrapper bond = new ReadOnlyStringWrapper("not bonded");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty autoReconnect = new SimpleBooleanProperty(false);
  private final ObservableList<GattNode> services = FXCollections.observableArrayList();
  private final List<CharacteristicViewModel> characteristics = new ArrayList<>();
  private final PairingFlow pairing;
  private final Command connect;
  private final Command disconnect;
  private final Command pair;
  private final List<AutoCloseable> timers = new ArrayList<>();
  private GattDatabase database;
  private Registration connectionListener;
  private boolean userDisconnect;
  private BleDevice last;
  private int attempt;

  /**
   * A tab for the device at {@code address} on the current adapter; call {@link #connectCommand()}
   * to connect.
   */
  public DeviceViewModel(
      AppContext ctx,
      ObservableValue<BleBackend> backend,
      BleAddress address,
      AddressType type,
      String name) {
    this.ctx = ctx;
    this.backend = backend;
    this.address = address;
    this.addressType = type;
    this.title = name == null || name.isBlank() ? address.toString() : name;
    this.pairing = new PairingFlow(ctx, this::device, this::onBonded);
    connect =
        new Command(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () -> state.get() == ConnectionState.DISCONNECTED && running(), state, backend),
            this::connect);
    disconnect = new Command(ctx.ui(), device.isNotNull(), this::disconnect);
    pair = new Command(ctx.ui(), device.isNotNull(), pairing::pair);
    String autoKey = "device." + address + ".autoReconnect";
    autoReconnect.set(Boolean.parseBoolean(ctx.settings().get(autoKey, "false")));
    autoReconnect.addListener((o, a, on) -> ctx.settings().put(autoKey, Boolean.toString(on)));
    timers.add(ctx.ticker().every(Duration.ofMillis(100), this::flush));
    timers.add(ctx.ticker().every(Duration.ofSeconds(2), this::pollRssi));
    ctx.log().nameDevice(address.toString(), title);
  }

  private boolean running() {
    BleBackend b = backend.getValue();
    return b != null && b.isRunning();
  }

  private BleDevice device() {
    return device.get();
  }

  private CompletableFuture<?> connect() {
    userDisconnect = false;
    state.set(ConnectionState.CONNECTING);
    busy.set(true);
    status.set("Connecting…");
    ctx.log().info(address.toString(), "Connecting");
    ConnectOptions options =
        ConnectOptions.defaults()
            .withAddressType(addressType)
            .withOperationTimeout(OPERATION_TIMEOUT);
    BleDevice before = last;
    CompletableFuture<BleDevice> link =
        before == null
            ? backend.getValue().connectAsync(address, options)
            : before
                .reconnectAsync()
                .thenApply(v -> before)
                .exceptionallyCompose(
                    e ->
                        sameObjectImpossible(e)
                            ? backend.getValue().connectAsync(address, options)
                            : CompletableFuture.failedFuture(e));
    return link.thenCompose(
            d -> {
              ctx.ui().execute(() -> status.set("Discovering services…"));
              if (d != before) {
                listen(d);
              }
              return d.discoverAsync().thenApply(db -> new Link(d, db));
            })
        .whenComplete(
            (r, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          busy.set(false);
                          if (e != null) {
                            state.set(ConnectionState.DISCONNECTED);
                            status.set(ErrorText.failed("Connection", e));
                            ctx.log().error(address.toString(), status.get());
                          } else {
                            connected(r.device(), r.database());
                          }
                        }));
  }

  /**
   * Whether a reconnect of the same device object cannot work (a backend without supervision, or
   * one since stopped), so a new connection is made instead.
   */
  private static boolean sameObjectImpossible(Throwable e) {
    Throwable c = Futures.unwrap(e);
    return c instanceof UnsupportedOperationException
        || (c instanceof NotConnectedException
            && String.valueOf(c.getMessage()).contains("backend is stopped"));
  }

  private void listen(BleDevice d) {
    last = d;
    closeQuietly(connectionListener);
    connectionListener =
        d.addConnectionListener(
            new ConnectionListener() {
              @Override
              public void onDisconnected(BleDevice dev, DisconnectReason reason) {
                ctx.ui().execute(() -> disconnected(reason.toString()));
              }

              @Override
              public void onParametersChanged(BleDevice dev, ConnectionParameters p) {
                ctx.ui().execute(() -> interval.set(intervalText(p)));
              }

              @Override
              public void onEncrypted(BleDevice dev, boolean bonded) {
                ctx.ui().execute(() -> bond.set(bonded ? "bonded" : "encrypted"));
              }

              @Override
              public void onReconnecting(BleDevice dev, int n) {
                ctx.ui().execute(() -> reconnecting(n));
              }

              @Override
              public void onReconnected(BleDevice dev) {
                ctx.ui()
                    .execute(
                        () -> {
                          if (dev == last && !userDisconnect) {
                            connected(dev, dev.services().orElse(database));
                            status.set("Reconnected");
                          }
                        });
              }

              @Override
              public void onGaveUp(BleDevice dev, Throwable why) {
                ctx.ui().execute(() -> gaveUp(why));
              }

              @Override
              public void onServicesChanged(BleDevice dev, GattDatabase db) {
                ctx.ui().execute(() -> servicesChanged(dev, db));
              }

              @Override
              public void onSubscriptionLost(BleDevice dev, Subscription s, String reason) {
                ctx.ui().execute(() -> ctx.log().error(address.toString(), reason));
              }
            });
  }

  /**
   * The peer's GATT table changed (Service Changed): the tree is built again in place; a
   * subscription the device moved along with its characteristic goes on in the new row, one whose
   * characteristic vanished ends (the log says so).
   */
  private void servicesChanged(BleDevice d, GattDatabase db) {
    if (d != device.get()) {
      return;
    }
    ctx.log()
        .info(
            address.toString(),
            "The device's services changed; " + db.services().size() + " services now");
    List<NotificationSwitch> wasOn = new ArrayList<>();
    for (CharacteristicViewModel c : characteristics) {
      NotificationSwitch n = c.notifications();
      if (n.notifyProperty().get() || n.indicateProperty().get()) {
        wasOn.add(n);
      }
    }
    database = db;
    characteristics.clear();
    services.setAll(
        GattTreeBuilder.build(
            ctx, device.getReadOnlyProperty(), db, characteristics, pairing::pair));
    GattTreeBuilder.readLabels(ctx, characteristics);
    for (NotificationSwitch old : wasOn) {
      GattCharacteristic now = old.movedTo();
      characteristics.stream()
          .filter(c -> now != null && c.characteristic().equals(now))
          .findFirst()
          .ifPresentOrElse(
              c -> old.handTo(c.notifications()),
              () -> {
                old.notifyProperty().set(false);
                old.indicateProperty().set(false);
              });
    }
  }

  /** Attempt {@code n} to bring a lost link back starts. */
  private void reconnecting(int n) {
    if (userDisconnect) {
      return;
    }
    attempt = n;
    state.set(ConnectionState.CONNECTING);
    busy.set(true);
    status.set("Link lost — reconnecting (attempt " + n + ")");
    ctx.log().info(address.toString(), status.get());
  }

  /** Reconnection stopped after its last attempt. */
  private void gaveUp(Throwable why) {
    if (userDisconnect) {
      return;
    }
    state.set(ConnectionState.DISCONNECTED);
    busy.set(false);
    String text =
        "Link lost — gave up after "
            + attempt
            + (attempt == 1 ? " attempt: " : " attempts: ")
            + ErrorText.of(why);
    status.set(text);
    lastReason.set(text);
    ctx.log().error(address.toString(), text);
  }

  private void connected(BleDevice d, GattDatabase db) {
    boolean again = database != null;
    attempt = 0;
    device.set(d);
    lastReason.set("");
    interval.set(intervalText(d.parameters()));
    mtu.set(Integer.toString(d.mtu()));
    bond.set(d.bonded() ? "bonded" : "not bonded");
    ctx.log()
        .info(address.toString(), "Connected; " + db.services().size() + " services discovered");
    if (db.equals(database)) {
      characteristics.forEach(c -> c.notifications().restore(d));
    } else {
      database = db;
      characteristics.clear();
      services.setAll(
          GattTreeBuilder.build(
              ctx, device.getReadOnlyProperty(), db, characteristics, pairing::pair));
      GattTreeBuilder.readLabels(ctx, characteristics);
    }
    // the tab says Connected once its tree is complete, so whoever waits for it sees every row
    state.set(ConnectionState.CONNECTED);
    status.set("Connected");
    if (again) {
      ctx.charts().reconnected(d);
    }
  }

  /** Marks the link down with a reason; reconnects when auto-reconnect is on. */
  public void disconnected(String reason) {
    if (state.get() == ConnectionState.DISCONNECTED && device.get() == null) {
      return;
    }
    device.set(null);
    state.set(ConnectionState.DISCONNECTED);
    busy.set(false);
    characteristics.forEach(c -> c.notifications().linkLost());
    if (userDisconnect) {
      status.set("Disconnected");
      lastReason.set("");
    } else {
      status.set("Disconnected: " + reason);
      lastReason.set(reason);
    }
    ctx.log().info(address.toString(), "Disconnected: " + reason);
    BleDevice gone = last;
    if (!userDisconnect && autoReconnect.get() && running() && gone != null) {
      gone.reconnectAsync()
          .whenComplete(
              (v, e) -> {
                if (e != null && sameObjectImpossible(e)) {
                  ctx.ui().execute(connect::execute);
                }
              });
    }
  }

  private CompletableFuture<?> disconnect() {
    userDisconnect = true;
    BleDevice d = device.get();
    state.set(ConnectionState.DISCONNECTING);
    status.set("Disconnecting…");
    return d.disconnectAsync()
        .whenComplete(
            (v, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (e != null) {
                            ctx.log().error(address.toString(), ErrorText.failed("Disconnect", e));
                          }
                          disconnected("disconnected by the user");
                        }));
  }

  private void onBonded() {
    bond.set("bonded");
  }

  private void flush() {
    characteristics.forEach(CharacteristicViewModel::flush);
  }

  private void pollRssi() {
    BleDevice d = device.get();
    if (d != null && d.state() == ConnectionState.CONNECTED) {
      d.rssiAsync().thenAccept(v -> ctx.ui().execute(() -> rssi.set(v + " dBm")));
    }
  }

  private static String intervalText(ConnectionParameters p) {
    return String.format(Locale.ROOT, "%.2f ms", p.interval().toNanos() / 1e6);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception ignored) {
        // a listener handle that cannot close has nothing left to release
      }
    }
  }

  /** Stops the timers and disconnects (the tab was closed). */
  public void close() {
    timers.forEach(DeviceViewModel::closeQuietly);
    closeQuietly(connectionListener);
    BleDevice d = device.get();
    if (d != null) {
      userDisconnect = true;
      d.disconnectAsync();
    }
  }

  /** What the explorer's view models share (for views that build models of this device). */
  public AppContext context() {
    return ctx;
  }

  /** Notifications received on every characteristic since the tab opened. */
  public long notificationsReceived() {
    return characteristics.stream()
        .mapToLong(c -> c.notifications().received() + c.plotted())
        .sum();
  }

  public BleAddress address() {
    return address;
  }

  /** The tab title: the name, else the address. */
  public String title() {
    return title;
  }

  public ReadOnlyObjectProperty<BleDevice> deviceProperty() {
    return device.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** "Connecting…", "Discovering services…", "Connected", "Disconnected: reason". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why the link last dropped unexpectedly; empty when it did not. */
  public ReadOnlyStringProperty lastReasonProperty() {
    return lastReason.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty rssiProperty() {
    return rssi.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty intervalProperty() {
    return interval.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty mtuProperty() {
    return mtu.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty bondProperty() {
    return bond.getReadOnlyProperty();
  }

  /** True while connecting or discovering. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanProperty autoReconnectProperty() {
    return autoReconnect;
  }

  /** The GATT tree's top rows (services). */
  public ObservableList<GattNode> services() {
    return services;
  }

  public List<CharacteristicViewModel> characteristics() {
    return characteristics;
  }

  /** Connects, or reconnects after a drop. */
  public Command connectCommand() {
    return connect;
  }

  public Command disconnectCommand() {
    return disconnect;
  }

  public Command pairCommand() {
    return pair;
  }

  /** The latest pairing failure in words, empty when none. */
  public ReadOnlyStringProperty pairingErrorProperty() {
    return pairing.errorProperty();
  }
}
