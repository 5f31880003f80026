package io.gattscope.ble.bgapi;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.AttributeValue;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connection through a BGAPI dongle. */
final class BgapiDevice implements BleDevice {
  private static final Logger LOG = LoggerFactory.getLogger(BgapiDevice.class);
  private static final int MTU = 23;

  private final int connection;
  private final BleAddress address;
  private final AddressType addressType;
  private final BgapiContext context;
  private final Duration operationTimeout;
  private final ProcedureQueue queue;
  private final GattProcedures procedures;
  private final ListenerLane lane;
  private final Subscriptions subscriptions = new Subscriptions();
  private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong droppedNotifications = new AtomicLong();
  private final CompletableFuture<DisconnectReason> disconnected = new CompletableFuture<>();
  private final CompletableFuture<BgapiDevice> connected = new CompletableFuture<>();
  private volatile ConnectionState state = ConnectionState.CONNECTING;
  private volatile ConnectionParameters parameters = ConnectionParameters.fromUnits(6, 0, 400);
  private volatile GattDatabase database;
  private volatile int bondHandle = 0xFF;
  private volatile boolean encrypted;

  BgapiDevice(
      int connection,
      BleAddress address,
      AddressType addressType,
      BgapiContext context,
      Duration operationTimeout) {
    this.connection = connection;
    this.address = address;
    this.addressType = addressType;
    this.context = context;
    this.operationTimeout = operationTimeout;
    this.queue = new ProcedureQueue(context.timer(), context.completions());
    this.procedures =
        new GattProcedures(
            connection, context.channel(), queue, operationTimeout, context.commandTimeout());
    this.lane = new ListenerLane("bgapi-conn" + connection + "-" + address, context.laneCapacity());
  }

  int connectionHandle() {
    return connection;
  }

  int bondHandle() {
    return bondHandle;
  }

  /**
   * Every callback the listener lane dropped: notifications and indications as well as connection
   * listener events (connected, encrypted, parameters, disconnected), which share the lane.
   */
  long droppedCallbacks() {
    return lane.dropped();
  }

  /**
   * Notifications and indications the lane dropped, one per value and subscription that missed it
   * (connection events the lane dropped are not counted here, see {@link #droppedCallbacks()}).
   */
  @Override
  public long droppedNotifications() {
    return droppedNotifications.get();
  }

  // ---- events from the I/O thread
  // ----------------------------------------------------------------

  /** A notification, indication or read value for this connection (hot path). */
  void onAttributeValue(int handle, int type, byte[] value, long now) {
    if (BgapiConstants.isPushed(type)) {
      for (BgapiSubscription s : subscriptions.forHandle(handle)) {
        if (!lane.offer(() -> s.deliver(handle, value, now))) {
          droppedNotifications.incrementAndGet();
        }
      }
      if (type == BgapiConstants.VALUE_INDICATE_RSP_REQ) {
        try {
          context
              .channel()
              .sendUrgent(
                  new AttclientMessages.IndicateConfirm(connection), context.commandTimeout());
        } catch (RuntimeException e) {
          LOG.warn("indication confirm to {} failed: {}", address, e.toString());
        }
      }
      return;
    }
    queue.onEvent(new AttclientMessages.AttributeValueEvent(connection, handle, type, value));
  }

  /** Any other event addressed to this connection. */
  void onEvent(BgapiMessage event) {
    if (event instanceof ConnectionMessages.StatusEvent s) {
      onStatus(s);
    }
    if (!queue.onEvent(event)) {
      LOG.debug("{}: event without a procedure: {}", address, event);
    }
  }

  private void onStatus(ConnectionMessages.StatusEvent s) {
    ConnectionParameters p =
        ConnectionParameters.fromUnits(s.connInterval(), s.latency(), s.timeout());
    boolean changed = !p.equals(parameters);
    parameters = p;
    if ((s.flags() & BgapiConstants.FLAG_ENCRYPTED) != 0 && !encrypted) {
      encrypted = true;
      bondHandle = s.bonding();
      boolean bonded = s.bonding() != BgapiConstants.NO_BOND;
      listeners.forEach(l -> lane.offer(() -> l.onEncrypted(this, bonded)));
    }
    if (state == ConnectionState.CONNECTING && (s.flags() & BgapiConstants.FLAG_CONNECTED) != 0) {
      state = ConnectionState.CONNECTED;
      listeners.forEach(l -> lane.offer(() -> l.onConnected(this)));
      connected.complete(this);
    } else if (changed && (s.flags() & BgapiConstants.FLAG_PARAMETERS_CHANGE) != 0) {
      listeners.forEach(l -> lane.offer(() -> l.onParametersChanged(this, p)));
    }
  }

  /** The link is down: fail everything pending at once, tell listeners, end the lane. */
  void onDisconnected(DisconnectReason reason) {
    if (state == ConnectionState.DISCONNECTED) {
      return;
    }
    state = ConnectionState.DISCONNECTED;
    queue.close(new NotConnectedException(address + " disconnected: " + reason));
    subscriptions.deactivateAll();
    listeners.forEach(l -> lane.offer(() -> l.onDisconnected(this, reason)));
    lane.shutdown();
    connected.completeExceptionally(
        new NotConnectedException(address + " disconnected while connecting: " + reason));
    disconnected.complete(reason);
  }

  /** Completes when connection_status says the link is up. */
  CompletableFuture<BgapiDevice> whenConnected() {
    return connected;
  }

  /** Completes when the link is down, with the reason. */
  CompletableFuture<DisconnectReason> whenDisconnected() {
    return disconnected;
  }

  // ---- BleDevice --------------------------------------------------------------------------------

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

  /** Always 23: BGAPI v1 dongles (BLED112, BLE112/113, the simulator) cannot exchange the MTU. */
  @Override
  public int mtu() {
    return MTU;
  }

  /** Fails: the ATT MTU of a BGAPI v1 dongle is fixed at 23. */
  @Override
  public CompletableFuture<Integer> requestMtuAsync(int mtu) {
    GattArguments.requireMtu(mtu);
    return Futures.failed(
        new UnsupportedOperationException(
            "the BGAPI backend cannot exchange the ATT MTU: BGAPI v1 dongles (BLED112, BLE112/113,"
                + " the simulator) keep it fixed at 23 bytes (asked for "
                + mtu
                + ")"));
  }

  @Override
  public boolean bonded() {
    return encrypted && bondHandle != 0xFF;
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
    listeners.add(listener);
    return Registration.once(() -> listeners.remove(listener));
  }

  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    return queue.enqueue(
        () ->
            procedures
                .discover()
                .thenApply(
                    db -> {
                      database = db;
                      return db;
                    }));
  }

  /** Reads by type on the dongle: two Read By Type procedures instead of a discovery. */
  @Override
  public CompletableFuture<Optional<AttributeValue>> readByTypeAsync(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    return queue.enqueue(() -> procedures.readByType(uuid, MTU));
  }

  @Override
  public CompletableFuture<GattDatabase> discoverRangeAsync(
      GattDatabase known, int start, int end) {
    GattArguments.requireHandleRange(start, end);
    return queue.enqueue(
        () ->
            procedures
                .discover(known, start, end)
                .thenApply(
                    db -> {
                      database = db;
                      return db;
                    }));
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    checkHandle(handle);
    return queue.enqueue(() -> procedures.read(handle));
  }

  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    checkHandle(handle);
    return queue.enqueue(() -> procedures.readLong(handle));
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    checkHandle(handle);
    GattArguments.requireWritable(value, type, MTU);
    if (GattArguments.needsLongWrite(value.length, type, MTU)) {
      return queue.enqueue(() -> procedures.writeLong(handle, value.clone(), MTU - 5));
    }
    return queue.enqueue(
        () ->
            type == WriteType.COMMAND
                ? procedures.writeCommand(handle, value.clone())
                : procedures.writeRequest(handle, value.clone()));
  }

  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    checkHandle(handle);
    GattArguments.requireLongWritable(value);
    return queue.enqueue(() -> procedures.writeLong(handle, value.clone(), MTU - 5));
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic c, SubscriptionType type, NotificationListener listener) {
    GattArguments.requireSubscribable(c, type);
    GattDescriptor cccd =
        c.cccd()
            .orElseThrow(
                () ->
                    new BleException(
                        "characteristic "
                            + c.uuid()
                            + " has no CCCD (0x2902) in the discovered database"));
    BgapiSubscription sub = new BgapiSubscription(this, c, type, listener);
    subscriptions.add(c.valueHandle(), sub);
    return queue
        .enqueue(
            () -> procedures.writeRequest(cccd.handle(), subscriptions.cccdValue(c.valueHandle())))
        .handle(
            (r, t) -> {
              if (t != null) {
                subscriptions.remove(c.valueHandle(), sub);
                sub.deactivate();
                throw Futures.rethrow(t);
              }
              return sub;
            });
  }

  /** Called by a subscription's close: rewrites the CCCD with what the others still need. */
  void unsubscribe(BgapiSubscription sub) {
    GattCharacteristic c = sub.characteristic();
    subscriptions.remove(c.valueHandle(), sub);
    if (state != ConnectionState.CONNECTED) {
      return;
    }
    c.cccd()
        .ifPresent(
            cccd ->
                queue
                    .enqueue(
                        () ->
                            procedures.writeRequest(
                                cccd.handle(), subscriptions.cccdValue(c.valueHandle())))
                    .whenComplete(
                        (r, t) -> {
                          if (t != null) {
                            LOG.warn(
                                "unsubscribe from {} on {} failed: {}",
                                c.uuid(),
                                address,
                                t.toString());
                          }
                        }));
  }

  /**
   * Clean shutdown of this link: writes 00 00 to the CCCD of every subscribed characteristic (each
   * given at most {@code cccdBudget}), then disconnects; completes when the link is down.
   */
  CompletableFuture<Void> shutDownAsync(Duration cccdBudget) {
    if (state == ConnectionState.DISCONNECTED) {
      return CompletableFuture.completedFuture(null);
    }
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    if (state == ConnectionState.CONNECTED) {
      for (GattCharacteristic c : subscriptions.characteristics()) {
        c.cccd()
            .ifPresent(
                cccd ->
                    writes.add(
                        queue
                            .enqueue(() -> procedures.writeRequest(cccd.handle(), new byte[2]))
                            .exceptionally(
                                t -> {
                                  LOG.warn(
                                      "disabling notifications of {} on {} at shutdown failed: {}",
                                      c.uuid(),
                                      address,
                                      t.toString());
                                  return null;
                                })));
      }
      subscriptions.deactivateAll();
    }
    return CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
        .completeOnTimeout(null, cccdBudget.toMillis(), TimeUnit.MILLISECONDS)
        .thenCompose(v -> disconnectAsync());
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
    for (GattCharacteristic c : subscriptions.characteristics()) {
      GattDescriptor cccd = c.cccd().orElseThrow();
      byte[] value = subscriptions.cccdValue(c.valueHandle());
      all =
          all.thenCompose(x -> queue.enqueue(() -> procedures.writeRequest(cccd.handle(), value)));
    }
    return all;
  }

  @Override
  public CompletableFuture<Integer> rssiAsync() {
    requireConnected();
    return context
        .channel()
        .send(new ConnectionMessages.GetRssi(connection), context.commandTimeout())
        .thenApplyAsync(
            r -> ((ConnectionMessages.GetRssiResponse) r).rssi(), context.completions());
  }

  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    requireConnected();
    Pairing pairing =
        new Pairing(
            connection,
            address,
            context.channel(),
            procedures,
            context.userCalls(),
            operationTimeout);
    return queue.enqueue(() -> pairing.bond(handler, h -> bondHandle = h).thenApply(h -> null));
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    if (state == ConnectionState.DISCONNECTED) {
      return CompletableFuture.completedFuture(null);
    }
    state = ConnectionState.DISCONNECTING;
    return context
        .channel()
        .send(new ConnectionMessages.Disconnect(connection), context.commandTimeout())
        .thenCompose(
            r -> {
              int code = Results.of(r);
              if (code != 0 && code != BgapiErrors.NOT_CONNECTED) {
                throw Results.failure(code, "connection_disconnect", 0);
              }
              return disconnected;
            })
        .thenApplyAsync(r -> (Void) null, context.completions());
  }

  private void requireConnected() {
    if (state == ConnectionState.DISCONNECTED) {
      throw new NotConnectedException(address + " is not connected");
    }
  }

  private void checkHandle(int handle) {
    requireConnected();
    GattArguments.requireHandle(handle);
    GattArguments.requireInTable(handle, database, address);
  }

  @Override
  public String toString() {
    return "BgapiDevice[" + address + ", connection " + connection + ", " + state + "]";
  }
}
