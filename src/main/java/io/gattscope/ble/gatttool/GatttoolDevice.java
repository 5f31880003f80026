package io.gattscope.ble.gatttool;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peer connected through its own gatttool process. Reads by handle use {@code char-read-hnd},
 * which already continues with Read Blob when a value fills the MTU, so {@link #readHandleAsync}
 * and {@link #readLongHandleAsync} return the whole value; long writes use {@code char-write-req},
 * which gatttool sends as Prepare Write + Execute Write when the value exceeds MTU - 3 bytes.
 */
public final class GatttoolDevice implements BleDevice {
  /** Disconnect reason code (backend range) for a link or process lost without our asking. */
  public static final int LINK_LOST = 0x100;

  private static final Logger LOG = LoggerFactory.getLogger(GatttoolDevice.class);

  private final BleAddress address;
  private final AddressType addressType;
  private final Duration operationTimeout;
  private final ConnectionParameters parameters;
  private final DeviceThreads threads;
  private final CopyOnWriteArrayList<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
  private final SubscriptionTable subscriptions;
  private final CompletableFuture<Void> ended = new CompletableFuture<>();
  private GatttoolSession session;
  private volatile ConnectionState state = ConnectionState.CONNECTING;
  private volatile int mtu = 23;
  private volatile boolean bonded;
  private volatile GattDatabase database;

  GatttoolDevice(
      BleAddress address,
      AddressType addressType,
      Duration operationTimeout,
      ConnectionParameters parameters,
      DeviceThreads threads) {
    this.address = address;
    this.addressType = addressType;
    this.operationTimeout = operationTimeout;
    this.parameters = parameters;
    this.threads = threads;
    this.subscriptions = new SubscriptionTable(this::writeRequest, threads);
  }

  void attach(GatttoolSession s) {
    this.session = s;
  }

  /** Completes when the session has ended (asked for or not). */
  CompletableFuture<Void> ended() {
    return ended;
  }

  void markConnected() {
    state = ConnectionState.CONNECTED;
    threads.events(() -> listeners.forEach(l -> l.onConnected(this)));
  }

  @Override
  public BleAddress address() {
    return address;
  }

  @Override
  public AddressType addressType() {
    return addressType;
  }

  @Override
  public ConnectionState state() {
    return state;
  }

  @Override
  public ConnectionParameters parameters() {
    return parameters;
  }

  @Override
  public int mtu() {
    return mtu;
  }

  @Override
  public boolean bonded() {
    return bonded;
  }

  @Override
  public Duration operationTimeout() {
    return operationTimeout;
  }

  @Override
  public Optional<GattDatabase> services() {
    return Optional.ofNullable(database);
  }

  @Override
  public Registration addConnectionListener(ConnectionListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return Registration.once(() -> listeners.remove(listener));
  }

  <T> CompletableFuture<T> run(Exchange<T> exchange) {
    return session.submit(exchange, operationTimeout);
  }

  <T> CompletableFuture<T> run(Exchange<T> exchange, Duration timeout) {
    return session.submit(exchange, timeout);
  }

  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    var services =
        run(Exchange.list("primary service discovery", "primary", OutputLine.Service.class));
    var chars =
        services.thenCompose(
            s ->
                run(Exchange.list(
                        "characteristic discovery",
                        "characteristics",
                        OutputLine.Characteristic.class))
                    .exceptionally(DeviceChecks::emptyWhenNotFound));
    var attrs =
        chars.thenCompose(
            c ->
                run(Exchange.list(
                        "descriptor discovery",
                        "char-desc 0x0001 0xffff",
                        OutputLine.Attribute.class))
                    .exceptionally(DeviceChecks::emptyWhenNotFound));
    return attrs.thenApply(
        a -> {
          GattDatabase db = DatabaseAssembler.assemble(services.join(), chars.join(), a);
          database = db;
          return db;
        });
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    GattArguments.requireHandle(handle);
    GattArguments.requireInTable(handle, database, address);
    return run(
        Exchange.single(
            "read of handle " + HexValues.label(handle),
            handle,
            "char-read-hnd " + HexValues.handle(handle),
            OutputLine.Value.class,
            OutputLine.Value::value));
  }

  /** gatttool's char-read-hnd continues with Read Blob by itself, so this is the same command. */
  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    return readHandleAsync(handle);
  }

  /**
   * Reads by characteristic type with {@code char-read-uuid} (one Read By Type request).
   *
   * @param uuid the characteristic type
   * @return completes with the value of the one characteristic of that type
   * @throws AttributeLookupException (in the future) when no attribute or several have the type
   */
  public CompletableFuture<byte[]> readByUuidAsync(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    String op = "read of UUID " + uuid;
    return run(Exchange.list(op, "char-read-uuid " + uuid, OutputLine.HandleValue.class))
        .thenApply(found -> DeviceChecks.single(found, uuid, database));
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    GattArguments.requireHandle(handle);
    GattArguments.requireInTable(handle, database, address);
    GattArguments.requireWritable(value, type, mtu);
    String h = HexValues.handle(handle);
    if (type == WriteType.COMMAND) {
      return run(Exchange.silent(
              "write command to handle " + HexValues.label(handle),
              handle,
              "char-write-cmd " + h + " " + HexValues.encode(value)))
          .thenApply(level -> null);
    }
    return writeRequest(handle, value, "write of handle " + HexValues.label(handle));
  }

  /** Sent as one char-write-req; gatttool splits it into Prepare/Execute Write when needed. */
  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    GattArguments.requireHandle(handle);
    GattArguments.requireInTable(handle, database, address);
    GattArguments.requireLongWritable(value);
    return writeRequest(handle, value, "long write of handle " + HexValues.label(handle));
  }

  private CompletableFuture<Void> writeRequest(int handle, byte[] value, String op) {
    String h = HexValues.handle(handle);
    return run(
        Exchange.single(
            op,
            handle,
            "char-write-req " + h + " " + HexValues.encode(value),
            OutputLine.Written.class,
            w -> (Void) null));
  }

  /** Exchanges the MTU with gatttool's {@code mtu N}. */
  @Override
  public CompletableFuture<Integer> requestMtuAsync(int requested) {
    return exchangeMtuAsync(requested);
  }

  /**
   * Exchanges the MTU with gatttool's {@code mtu N} and remembers the result for later length
   * checks.
   *
   * @param requested the ATT MTU to ask for, 23 to 517
   * @return completes with the MTU both sides agreed on
   * @throws IllegalArgumentException if the MTU asked for is outside 23 to 517
   */
  public CompletableFuture<Integer> exchangeMtuAsync(int requested) {
    GattArguments.requireMtu(requested);
    return run(Exchange.single(
            "MTU exchange", 0, "mtu " + requested, OutputLine.Mtu.class, OutputLine.Mtu::mtu))
        .thenApply(
            m -> {
              mtu = m;
              return m;
            });
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener) {
    return subscriptions.subscribe(this, characteristic, type, listener);
  }

  void unsubscribe(GatttoolSubscription sub) {
    subscriptions.unsubscribe(sub, state == ConnectionState.CONNECTED, operationTimeout);
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    return subscriptions.resubscribeAll();
  }

  @Override
  public CompletableFuture<Integer> rssiAsync() {
    return CompletableFuture.failedFuture(
        new BackendException(
            "reading the RSSI is not possible with gatttool (it has no such command)",
            0,
            "NotSupported",
            null));
  }

  /**
   * Raises the link's security with {@code sec-level medium} (or {@code high} when the handler asks
   * for MITM protection); the kernel pairs, and passkeys go to BlueZ's own agent, not to the
   * handler.
   */
  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    Objects.requireNonNull(handler, "handler");
    String level = handler.mitm() ? "high" : "medium";
    return run(Exchange.silent("bonding (sec-level " + level + ")", 0, "sec-level " + level))
        .thenApply(
            now -> {
              if (!now.toLowerCase(Locale.ROOT).equals(level)) {
                throw new BackendException(
                    "bonding failed: gatttool kept security level " + now, 0, "sec-level", null);
              }
              bonded = true;
              threads.events(() -> listeners.forEach(l -> l.onEncrypted(this, true)));
              return null;
            });
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    if (state != ConnectionState.DISCONNECTED) {
      state = ConnectionState.DISCONNECTING;
      CompletableFuture<Void> gone = session.end("disconnected on request");
      return ended.thenCombine(gone, (a, b) -> null);
    }
    return ended.thenApply(v -> null);
  }

  /**
   * Clean shutdown of this link: 0 written to every subscribed CCCD (waiting at most {@code
   * cccdBudget}), then {@code disconnect} and {@code exit}; completes when gatttool has exited.
   */
  CompletableFuture<Void> shutDownAsync(Duration cccdBudget) {
    if (state != ConnectionState.CONNECTED) {
      return disconnectAsync();
    }
    return subscriptions
        .disableAll()
        .completeOnTimeout(null, cccdBudget.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(v -> disconnectAsync());
  }

  /** Notification deliveries dropped because this connection's listener queue stayed full. */
  @Override
  public long droppedNotifications() {
    return threads.droppedNotifications();
  }

  void onNotification(OutputLine.Notification n, long nanos) {
    subscriptions.dispatch(n, nanos);
  }

  void onEnded(String reason, boolean requested) {
    state = ConnectionState.DISCONNECTED;
    subscriptions.deactivateAll();
    DisconnectReason why =
        requested ? DisconnectReason.hci(0x16) : new DisconnectReason(LINK_LOST, reason);
    threads.events(() -> listeners.forEach(l -> l.onDisconnected(this, why)));
    threads.events(() -> ended.complete(null));
    threads.shutdown();
  }

  @Override
  public String toString() {
    return "gatttool connection to " + address + " (" + state + ")";
  }
}
