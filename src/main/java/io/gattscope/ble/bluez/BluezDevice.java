package io.gattscope.ble.bluez;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A BlueZ {@code Device1} the backend connected. GATT calls go through one {@link OperationQueue};
 * listeners run on the device's own {@link EventExecutor}. BlueZ has no read-without-blob or
 * write-without-long: {@code ReadValue} continues with read blob by itself and {@code WriteValue}
 * with type {@code request} uses prepare/execute when the value does not fit one PDU, so the short
 * and long forms differ only in the length they accept.
 */
public final class BluezDevice implements BleDevice {
  private final BluezBus bus;
  private final String path;
  private final BleAddress address;
  private final ConnectOptions options;
  private final AtomicLong droppedNotifications = new AtomicLong();
  private final ExecutorService events;
  private final OperationQueue queue;
  private final NotifyManager notify;
  private final GattAccess gatt;
  private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
  private final CompletableFuture<Void> down = new CompletableFuture<>();
  private volatile ConnectionState state = ConnectionState.CONNECTING;
  private volatile boolean disconnectRequested;
  private volatile boolean unresolved;

  BluezDevice(BluezBus bus, String path, BleAddress address, ConnectOptions options) {
    this.bus = bus;
    this.path = path;
    this.address = address;
    this.options = options;
    this.events = EventExecutor.create("bluez " + address, droppedNotifications);
    this.queue = new OperationQueue(bus, events);
    this.notify = new NotifyManager(bus, queue, events, options.operationTimeout());
    this.gatt =
        new GattAccess(
            bus,
            path,
            address,
            queue,
            options.operationTimeout(),
            () -> state == ConnectionState.CONNECTED);
  }

  String path() {
    return path;
  }

  /**
   * Notification deliveries dropped because this device's listener queue ({@link
   * EventExecutor#CAPACITY} tasks, shared with connection events) stayed full.
   */
  @Override
  public long droppedNotifications() {
    return droppedNotifications.get();
  }

  ExecutorService events() {
    return events;
  }

  private Map<String, Object> props() {
    return bus.tree().properties(path, BluezApi.DEVICE).orElse(Map.of());
  }

  @Override
  public BleAddress address() {
    return address;
  }

  @Override
  public AddressType addressType() {
    return "random".equals(props().get("AddressType")) ? AddressType.RANDOM : AddressType.PUBLIC;
  }

  @Override
  public ConnectionState state() {
    return state;
  }

  /**
   * BlueZ does not publish the link's parameters on D-Bus; this reports what the connect options
   * asked for (longest interval, latency, supervision timeout), not what the controller chose.
   */
  @Override
  public ConnectionParameters parameters() {
    return new ConnectionParameters(
        options.intervalMax(), options.latency(), options.supervisionTimeout());
  }

  /** The largest {@code MTU} property among the device's characteristics, else 23. */
  @Override
  public int mtu() {
    return gatt.mtu();
  }

  /**
   * BlueZ exchanges the MTU by itself when it connects and offers no call to ask for a size: this
   * completes with the MTU it negotiated (its {@code MTU} property), whatever was asked.
   */
  @Override
  public CompletableFuture<Integer> requestMtuAsync(int requested) {
    GattArguments.requireMtu(requested);
    return CompletableFuture.completedFuture(mtu());
  }

  @Override
  public boolean bonded() {
    Map<String, Object> p = props();
    return Values.flag(p, "Paired") && (!p.containsKey("Bonded") || Values.flag(p, "Bonded"));
  }

  @Override
  public Duration operationTimeout() {
    return options.operationTimeout();
  }

  @Override
  public Optional<GattDatabase> services() {
    if (!Values.flag(props(), "ServicesResolved")) {
      return Optional.empty();
    }
    return Optional.of(GattTree.of(bus.tree(), path).database());
  }

  @Override
  public Registration addConnectionListener(ConnectionListener listener) {
    listeners.add(listener);
    return Registration.once(() -> listeners.remove(listener));
  }

  /** BlueZ resolves services itself on connect; this waits for {@code ServicesResolved}. */
  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    if (state != ConnectionState.CONNECTED) {
      return notConnected("service discovery");
    }
    CompletableFuture<Void> resolved =
        bus.tree().await(path, BluezApi.DEVICE, p -> Values.flag(p, "ServicesResolved"));
    return bus.within(resolved, options.operationTimeout().multipliedBy(3), "ServicesResolved")
        .thenApplyAsync(v -> GattTree.of(bus.tree(), path).database(), events);
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    return readHandleAsync(handle, 0);
  }

  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    return readHandleAsync(handle, 0);
  }

  /**
   * Reads a characteristic value or descriptor from an offset ({@code ReadValue} option).
   *
   * @param handle the attribute handle of the characteristic value or descriptor
   * @param offset the byte offset to read from, 0 for the start
   * @return completes with the value bytes from the offset, or exceptionally with the GATT or link
   *     error
   */
  public CompletableFuture<byte[]> readHandleAsync(int handle, int offset) {
    return gatt.read(handle, offset);
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    return gatt.writeShort(handle, value, type);
  }

  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    GattArguments.requireLongWritable(value);
    return gatt.write(handle, value, WriteType.REQUEST, 0);
  }

  /**
   * Writes at an offset; {@code type} becomes the {@code WriteValue} option {@code type} ("request"
   * or "command").
   *
   * @param handle the attribute handle of the characteristic value or descriptor
   * @param value the bytes to write
   * @param type REQUEST waits for the device's write response, COMMAND does not
   * @param offset the byte offset within the value to write at, 0 for the start
   * @return completes when BlueZ has carried out the write, or exceptionally with the GATT or link
   *     error
   */
  public CompletableFuture<Void> writeHandleAsync(
      int handle, byte[] value, WriteType type, int offset) {
    return gatt.write(handle, value, type, offset);
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("subscribe needs a listener");
    }
    GattArguments.requireSubscribable(characteristic, type);
    String what = "subscription to " + characteristic.uuid();
    String target = gatt.attribute(characteristic.valueHandle(), what);
    return target == null
        ? notConnected(what)
        : notify.subscribe(characteristic, target, type, listener);
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    return state == ConnectionState.CONNECTED
        ? notify.resubscribeAll()
        : notConnected("resubscription");
  }

  /** The {@code RSSI} BlueZ last reported for the device (it updates only while discovering). */
  @Override
  public CompletableFuture<Integer> rssiAsync() {
    return Values.integer(props(), "RSSI")
        .map(CompletableFuture::completedFuture)
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    new BackendException(
                        "RSSI of "
                            + address
                            + " failed: BlueZ has no RSSI for it (it reports one only while discovering)",
                        0,
                        "NoRSSI",
                        null)));
  }

  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    if (handler == null) {
      throw new IllegalArgumentException("bonding needs a pairing handler");
    }
    if (state != ConnectionState.CONNECTED) {
      return notConnected("bonding");
    }
    return queue.submit(
        "bonding with " + address,
        options.operationTimeout().multipliedBy(3),
        () -> new BluezPairing(bus, this, handler).pair());
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    if (state == ConnectionState.DISCONNECTED) {
      return CompletableFuture.completedFuture(null);
    }
    disconnectRequested = true;
    state = ConnectionState.DISCONNECTING;
    bus.call(bus.remote(path, BluezApi.Device1.class), "Disconnect")
        .whenComplete(
            (v, e) -> {
              if (e != null && !down.isDone()) {
                down.completeExceptionally(
                    BluezErrors.map(e, "disconnection from " + address, BluezErrors.Kind.OTHER, 0));
              }
            });
    return bus.within(down.copy(), options.operationTimeout(), "disconnection from " + address)
        .whenCompleteAsync((v, e) -> {}, events);
  }

  /**
   * Clean shutdown of this link: notifications off at BlueZ (waiting at most {@code notifyBudget}),
   * then disconnects; completes when the link is down.
   */
  CompletableFuture<Void> shutDownAsync(Duration notifyBudget) {
    if (state == ConnectionState.DISCONNECTED) {
      return CompletableFuture.completedFuture(null);
    }
    return notify
        .stopAll()
        .completeOnTimeout(null, notifyBudget.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(v -> disconnectAsync());
  }

  /** Called when BlueZ says {@code Connected} is false or the adapter vanished. */
  void linkLost(DisconnectReason reason) {
    if (state == ConnectionState.DISCONNECTED) {
      return;
    }
    state = ConnectionState.DISCONNECTED;
    DisconnectReason r = disconnectRequested ? DisconnectReason.hci(0x16) : reason;
    queue.close(new NotConnectedException(address + " disconnected: " + r));
    notify.linkLost();
    for (ConnectionListener l : listeners) {
      events.execute(EventExecutor.logging("connection listener", () -> l.onDisconnected(this, r)));
    }
    events.execute(() -> down.complete(null));
    events.shutdown();
  }

  /**
   * {@code ServicesResolved} turned false while connected: BlueZ is discovering again after a
   * Service Changed indication, removing the old GATT objects and their notify sessions.
   */
  void servicesUnresolved() {
    if (state != ConnectionState.CONNECTED || disconnectRequested) {
      return;
    }
    unresolved = true;
    notify.servicesReplaced();
  }

  /**
   * {@code ServicesResolved} turned true again while connected: the mirrored objects are the new
   * table, and listeners hear {@code onServicesChanged}.
   */
  void servicesResolved() {
    if (!unresolved || state != ConnectionState.CONNECTED) {
      return;
    }
    unresolved = false;
    GattDatabase db = GattTree.of(bus.tree(), path).database();
    for (ConnectionListener l : listeners) {
      events.execute(
          EventExecutor.logging("connection listener", () -> l.onServicesChanged(this, db)));
    }
  }

  void connected() {
    state = ConnectionState.CONNECTED;
    for (ConnectionListener l : listeners) {
      events.execute(EventExecutor.logging("connection listener", () -> l.onConnected(this)));
    }
  }

  void encrypted() {
    boolean b = bonded();
    for (ConnectionListener l : listeners) {
      events.execute(EventExecutor.logging("connection listener", () -> l.onEncrypted(this, b)));
    }
  }

  void valueChanged(String charPath, byte[] value, long ts) {
    notify.deliver(charPath, value, ts);
  }

  private <T> CompletableFuture<T> notConnected(String what) {
    return CompletableFuture.failedFuture(
        new NotConnectedException(
            what + " needs a connection to " + address + ", which is " + state));
  }

  @Override
  public String toString() {
    return "BluezDevice[" + address + " " + state + "]";
  }
}
