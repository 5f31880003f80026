package io.gattscope.ble;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device object across reconnects, the same on every backend: it holds the backend's current
 * link, reconnects it ({@link #reconnectAsync()}, or by itself when {@link
 * ConnectOptions#reconnect()} says so) with the same options, restores the GATT tree and binds
 * every {@link Subscription} again. While the link is down, calls fail at once with {@link
 * NotConnectedException}.
 */
public final class SupervisedDevice implements BleDevice {
  private static final Logger LOG = LoggerFactory.getLogger(SupervisedDevice.class);
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(daemon("gattscope-reconnect"));
  private static final Executor EVENTS = Executors.newCachedThreadPool(daemon("gattscope-link"));

  private final String backend;
  private final BleAddress address;
  private final ConnectOptions options;
  private final LinkOpener opener;
  private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
  private final List<SupervisedSubscription> subscriptions = new CopyOnWriteArrayList<>();
  private final SerialExecutor events = new SerialExecutor(EVENTS);
  private final TreeKeeper tree;
  private final Object lock = new Object();
  private volatile BleDevice link;
  private volatile BleDevice last;
  private volatile DisconnectReason lastLoss;
  private volatile boolean userDown;
  private volatile boolean forgotten;
  private volatile boolean closed;
  private CompletableFuture<Void> reconnecting;
  private long droppedBefore;

  private SupervisedDevice(
      String backend, BleAddress address, ConnectOptions options, LinkOpener opener) {
    this.backend = backend;
    this.address = address;
    this.options = options;
    this.opener = opener;
    this.tree = new TreeKeeper(this);
  }

  /**
   * Connects, trying again up to {@code options.retries()} times after a failed attempt, and
   * completes with the supervised device once the first link is up.
   */
  static CompletableFuture<SupervisedDevice> open(
      String backend, BleAddress address, ConnectOptions options, LinkOpener opener) {
    SupervisedDevice d = new SupervisedDevice(backend, address, options, opener);
    return d.openWithRetries(1)
        .thenApply(
            inner -> {
              d.attach(inner);
              return d;
            });
  }

  private CompletableFuture<BleDevice> openWithRetries(int attempt) {
    return openOnce()
        .handle(
            (inner, t) -> {
              if (t == null) {
                return CompletableFuture.completedFuture(inner);
              }
              Throwable cause = Futures.unwrap(t);
              if (attempt > options.retries() || !retryable(cause)) {
                return CompletableFuture.<BleDevice>failedFuture(cause);
              }
              LOG.info(
                  "connection to {} failed ({}); retry {} of {}",
                  address,
                  cause.getMessage(),
                  attempt,
                  options.retries());
              return delay(options.reconnect().backoff(attempt))
                  .thenCompose(x -> openWithRetries(attempt + 1));
            })
        .thenCompose(f -> f);
  }

  private CompletableFuture<BleDevice> openOnce() {
    try {
      return opener.open(address, options);
    } catch (RuntimeException e) {
      return Futures.failed(e);
    }
  }

  static boolean retryable(Throwable t) {
    return t instanceof BleException && !(t instanceof AdapterUnavailableException);
  }

  // ---- link life --------------------------------------------------------------------------------

  /**
   * The backend's link now, or empty while it is down.
   *
   * @return the device object of the current link, or empty
   */
  public Optional<BleDevice> link() {
    return Optional.ofNullable(link);
  }

  /** Makes {@code inner} the current link and listens to it. */
  private void attach(BleDevice inner) {
    synchronized (lock) {
      link = inner;
      last = inner;
    }
    inner.addConnectionListener(new Forwarder(inner));
    emit(l -> l.onConnected(this));
    if (inner.state() == ConnectionState.DISCONNECTED) {
      linkDown(inner, new DisconnectReason(0x3E, HciError.name(0x3E)));
    }
  }

  /** Called when a link went down: subscriptions wait, listeners hear, auto-reconnect starts. */
  void linkDown(BleDevice inner, DisconnectReason reason) {
    synchronized (lock) {
      if (link != inner) {
        return;
      }
      link = null;
      droppedBefore += inner.droppedNotifications();
      lastLoss = reason;
    }
    tree.linkGone();
    subscriptions.forEach(SupervisedSubscription::detach);
    emit(l -> l.onDisconnected(this, reason));
    if (userDown || forgotten) {
      subscriptions.forEach(SupervisedSubscription::end);
      subscriptions.clear();
      return;
    }
    LOG.warn("link to {} lost: {}", address, reason);
    emit(l -> l.onLinkLost(this, reason));
    if (options.reconnect().auto()) {
      startReconnect(true);
    }
  }

  /** Stops supervising for good (the backend is stopping): no more reconnects. */
  void forgetForGood() {
    forgotten = true;
    // the backend closes the links next (CCCD 00 00 first, through the backend subscriptions,
    // which stay bound for that); to the application they end now, as the backend's stop returns
    subscriptions.forEach(SupervisedSubscription::endedByStop);
  }

  /** Whether this device was disconnected by the application or its backend stopped. */
  boolean finished() {
    return forgotten || closed || (userDown && link == null);
  }

  @Override
  public CompletableFuture<Void> reconnectAsync() {
    return startReconnect(false);
  }

  private CompletableFuture<Void> startReconnect(boolean automatic) {
    synchronized (lock) {
      if (forgotten) {
        return Futures.failed(
            new NotConnectedException(
                "cannot reconnect to " + address + ": the " + backend + " backend is stopped"));
      }
      if (closed) {
        return Futures.failed(
            new NotConnectedException(
                "cannot reconnect to "
                    + address
                    + ": the device was closed; connect again through the backend"));
      }
      if (link != null) {
        return CompletableFuture.completedFuture(null);
      }
      if (reconnecting != null) {
        return reconnecting;
      }
      userDown = false;
      CompletableFuture<Void> r = new CompletableFuture<>();
      reconnecting = r;
      Duration first = automatic ? options.reconnect().backoff(1) : Duration.ZERO;
      delay(first).thenRun(() -> attempt(1, r));
      return r;
    }
  }

  private void attempt(int n, CompletableFuture<Void> result) {
    if (forgotten || userDown) {
      finish(result, new NotConnectedException("reconnection to " + address + " was stopped"));
      return;
    }
    emit(l -> l.onReconnecting(this, n));
    LOG.info("reconnecting to {}: attempt {}", address, n);
    openOnce()
        .thenCompose(this::restore)
        .whenComplete(
            (v, t) -> {
              if (t == null && (userDown || closed)) {
                link().ifPresent(BleDevice::disconnectAsync);
                finish(
                    result,
                    new NotConnectedException("reconnection to " + address + " was stopped"));
                return;
              }
              if (t == null) {
                finish(result, null);
                LOG.info("link to {} re-established", address);
                emit(l -> l.onReconnected(this));
                return;
              }
              Throwable cause = Futures.unwrap(t);
              int max = options.reconnect().maxAttempts();
              if (n < max && retryable(cause) && !forgotten && !userDown) {
                delay(options.reconnect().backoff(n + 1)).thenRun(() -> attempt(n + 1, result));
              } else {
                LOG.warn(
                    "gave up reconnecting to {} after {} attempt(s): {}",
                    address,
                    n,
                    cause.toString());
                finish(result, cause);
                emit(l -> l.onGaveUp(this, cause));
              }
            });
  }

  private void finish(CompletableFuture<Void> result, Throwable failure) {
    synchronized (lock) {
      if (reconnecting == result) {
        reconnecting = null;
      }
    }
    if (failure == null) {
      result.complete(null);
    } else {
      result.completeExceptionally(failure);
    }
  }

  /** Attaches a new link, restores the tree and binds every subscription on it. */
  private CompletableFuture<Void> restore(BleDevice inner) {
    attach(inner);
    return tree.restore(inner)
        .thenCompose(db -> rebind(inner, db, 1, 0xFFFF, true))
        .whenComplete(
            (v, t) -> {
              if (t != null && inner.state() != ConnectionState.DISCONNECTED) {
                inner.disconnectAsync();
              }
            });
  }

  /**
   * Subscribes every open subscription on {@code inner} again: all of them after a reconnect, or
   * those in {@code start..end} or whose characteristic moved after Service Changed.
   */
  CompletableFuture<Void> rebind(
      BleDevice inner, GattDatabase db, int start, int end, boolean all) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (SupervisedSubscription s : subscriptions) {
      GattCharacteristic old = s.characteristic();
      GattCharacteristic now = old;
      if (db != null) {
        List<GattCharacteristic> found = s.ref().matches(db);
        if (found.size() != 1) {
          String why =
              address + ": " + s.ref() + " is gone from the GATT table; its subscription ends";
          LOG.warn(why);
          s.end();
          subscriptions.remove(s);
          emit(l -> l.onSubscriptionLost(this, s, why));
          continue;
        }
        now = found.get(0);
      }
      boolean moved = now.valueHandle() != old.valueHandle();
      boolean inRange = old.valueHandle() >= start && old.valueHandle() <= end;
      if (!all && !moved && !inRange) {
        continue;
      }
      GattCharacteristic target = now;
      s.detach();
      chain =
          chain.thenCompose(
              x ->
                  inner
                      .subscribeAsync(target, s.type(), s::deliver)
                      .thenAccept(sub -> s.bind(sub, target)));
    }
    return chain.thenCompose(x -> tree.watchServiceChanged(inner, db));
  }

  /** A subscription was closed by its owner. */
  void forget(SupervisedSubscription s) {
    subscriptions.remove(s);
  }

  void emit(Consumer<ConnectionListener> event) {
    for (ConnectionListener l : listeners) {
      events.execute(() -> event.accept(l));
    }
  }

  BleAddress peer() {
    return address;
  }

  private BleDevice requireLink() {
    BleDevice l = link;
    if (l == null) {
      DisconnectReason r = lastLoss;
      throw new NotConnectedException(
          address
              + " is not connected"
              + (r == null ? "" : " (link lost: " + r + ")")
              + (reconnecting != null ? "; reconnecting" : ""));
    }
    return l;
  }

  static CompletableFuture<Void> delay(Duration d) {
    if (d.isZero()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> f = new CompletableFuture<>();
    TIMER.schedule(() -> f.complete(null), d.toNanos(), TimeUnit.NANOSECONDS);
    return f;
  }

  // ---- BleDevice --------------------------------------------------------------------------------

  @Override
  public BleAddress address() {
    return address;
  }

  @Override
  public AddressType addressType() {
    return options.addressType();
  }

  @Override
  public ConnectionState state() {
    BleDevice l = link;
    if (l != null) {
      return l.state();
    }
    return reconnecting != null ? ConnectionState.CONNECTING : ConnectionState.DISCONNECTED;
  }

  @Override
  public ConnectionParameters parameters() {
    return last.parameters();
  }

  @Override
  public int mtu() {
    return last.mtu();
  }

  @Override
  public boolean bonded() {
    BleDevice l = link;
    return l != null && l.bonded();
  }

  @Override
  public Duration operationTimeout() {
    return last.operationTimeout();
  }

  @Override
  public Optional<GattDatabase> services() {
    GattDatabase db = tree.database();
    if (db != null) {
      return Optional.of(db);
    }
    BleDevice l = link;
    return l == null ? Optional.empty() : l.services();
  }

  @Override
  public Registration addConnectionListener(ConnectionListener listener) {
    listeners.add(listener);
    return Registration.once(() -> listeners.remove(listener));
  }

  /** Runs {@code call} on the current link, or fails at once while the link is down. */
  private <T> CompletableFuture<T> onLink(Function<BleDevice, CompletableFuture<T>> call) {
    BleDevice l;
    try {
      l = requireLink();
    } catch (NotConnectedException e) {
      return Futures.failed(e);
    }
    return call.apply(l);
  }

  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    return onLink(l -> l.discoverAsync().thenCompose(db -> tree.discovered(l, db)));
  }

  @Override
  public CompletableFuture<GattDatabase> discoverRangeAsync(
      GattDatabase known, int start, int end) {
    GattArguments.requireHandleRange(start, end);
    return onLink(
        l -> l.discoverRangeAsync(known, start, end).thenCompose(db -> tree.discovered(l, db)));
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    return onLink(l -> l.readHandleAsync(handle));
  }

  @Override
  public CompletableFuture<Optional<AttributeValue>> readByTypeAsync(UUID uuid) {
    return onLink(l -> l.readByTypeAsync(uuid));
  }

  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    return onLink(l -> l.readLongHandleAsync(handle));
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    return onLink(l -> l.writeHandleAsync(handle, value, type));
  }

  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    return onLink(l -> l.writeLongHandleAsync(handle, value));
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener) {
    BleDevice l = requireLink();
    SupervisedSubscription s =
        new SupervisedSubscription(
            this, characteristic, tree.refOf(characteristic), type, listener);
    return l.subscribeAsync(characteristic, type, s::deliver)
        .thenApply(
            inner -> {
              s.bind(inner, characteristic);
              subscriptions.add(s);
              return (Subscription) s;
            });
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    return onLink(l -> l.resubscribeAllAsync());
  }

  @Override
  public CompletableFuture<Integer> rssiAsync() {
    return onLink(l -> l.rssiAsync());
  }

  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    return onLink(l -> l.bondAsync(handler));
  }

  @Override
  public CompletableFuture<Integer> requestMtuAsync(int mtu) {
    return onLink(l -> l.requestMtuAsync(mtu));
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    userDown = true;
    BleDevice l = link;
    if (l == null) {
      subscriptions.forEach(SupervisedSubscription::end);
      subscriptions.clear();
      return CompletableFuture.completedFuture(null);
    }
    return l.disconnectAsync();
  }

  /**
   * Disconnects and forgets, whatever the link's state: an attempt under way stops, every
   * subscription ends, and a later {@link #reconnectAsync()} fails; connect through the backend to
   * use the device again.
   */
  @Override
  public void close() {
    closed = true;
    BleDevice l = link;
    if (l == null) {
      disconnectAsync();
      return;
    }
    try {
      disconnect();
    } catch (NotConnectedException alreadyGone) {
      // the link went down between the check and the request: linkDown ends the subscriptions
      disconnectAsync();
    }
  }

  @Override
  public long droppedNotifications() {
    BleDevice l = link;
    synchronized (lock) {
      return droppedBefore + (l == null ? 0 : l.droppedNotifications());
    }
  }

  @Override
  public String toString() {
    return "Device[" + address + ", " + state() + ", " + backend + "]";
  }

  /** Passes a link's events on as this device's. */
  private final class Forwarder implements ConnectionListener {
    private final BleDevice inner;

    Forwarder(BleDevice inner) {
      this.inner = inner;
    }

    @Override
    public void onDisconnected(BleDevice device, DisconnectReason reason) {
      linkDown(inner, reason);
    }

    @Override
    public void onParametersChanged(BleDevice device, ConnectionParameters parameters) {
      if (link == inner) {
        emit(l -> l.onParametersChanged(SupervisedDevice.this, parameters));
      }
    }

    @Override
    public void onServicesChanged(BleDevice device, GattDatabase database) {
      if (link == inner) {
        tree.changedOnLink(inner, database);
      }
    }

    @Override
    public void onEncrypted(BleDevice device, boolean bonded) {
      if (link == inner) {
        emit(l -> l.onEncrypted(SupervisedDevice.this, bonded));
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
