package io.gattscope.app.fake;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.AttError;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A hand-written peripheral for view-model tests: values by handle, recorded writes. */
public final class FakeDevice implements BleDevice {
  /** A write the device received. */
  public record Write(int handle, byte[] value, WriteType type, boolean isLong) {}

  private final BleAddress address;
  private final GattDatabase database;
  private final Map<Integer, byte[]> values = new HashMap<>();
  private final Map<Integer, Integer> readErrors = new HashMap<>();
  private final Set<Integer> needsBond = new HashSet<>();
  private final List<Write> writes = new CopyOnWriteArrayList<>();
  private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<Integer, NotificationListener> subscribers = new HashMap<>();
  private final List<Integer> cccdWrites = new ArrayList<>();
  private volatile ConnectionState state = ConnectionState.DISCONNECTED;
  private volatile boolean bonded;
  private int passkey = -1;
  private volatile int comparedNumber = -1;
  private volatile boolean justWorks;
  private int mtu = 23;

  public FakeDevice(BleAddress address, GattDatabase database) {
    this.address = address;
    this.database = database;
  }

  public FakeDevice value(int handle, byte[] v) {
    values.put(handle, v);
    return this;
  }

  public FakeDevice readError(int handle, int attError) {
    readErrors.put(handle, attError);
    return this;
  }

  /** Reads of the handle fail with Insufficient Authentication until bonded with the passkey. */
  public FakeDevice secured(int handle, int requiredPasskey) {
    needsBond.add(handle);
    this.passkey = requiredPasskey;
    return this;
  }

  /** Pairing asks the user to compare this number (numeric comparison) instead of a passkey. */
  public FakeDevice pairsByComparison(int number) {
    comparedNumber = number;
    return this;
  }

  /** Pairing asks only whether to pair ("just works"). */
  public FakeDevice pairsJustWorks() {
    justWorks = true;
    return this;
  }

  public FakeDevice mtu(int value) {
    mtu = value;
    return this;
  }

  void connected() {
    state = ConnectionState.CONNECTED;
  }

  /** The link drops as if the peer vanished. */
  public void drop(int hciReason) {
    state = ConnectionState.DISCONNECTED;
    subscribers.clear();
    listeners.forEach(l -> l.onDisconnected(this, DisconnectReason.hci(hciReason)));
  }

  /** Tells every connection listener something, as a backend's device would. */
  public void tell(Consumer<ConnectionListener> event) {
    listeners.forEach(event);
  }

  /** Sends a notification to the subscriber of the handle, if any. */
  public void notifyValue(int handle, byte[] v) {
    NotificationListener l = subscribers.get(handle);
    if (l != null) {
      l.onNotification(handle, v, System.nanoTime());
    }
  }

  public boolean subscribed(int handle) {
    return subscribers.containsKey(handle);
  }

  public List<Write> writes() {
    return writes;
  }

  public List<Integer> cccdWrites() {
    return cccdWrites;
  }

  @Override
  public BleAddress address() {
    return address;
  }

  @Override
  public AddressType addressType() {
    return AddressType.PUBLIC;
  }

  @Override
  public ConnectionState state() {
    return state;
  }

  @Override
  public ConnectionParameters parameters() {
    return ConnectionParameters.fromUnits(24, 0, 400);
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
    return Duration.ofSeconds(2);
  }

  @Override
  public Optional<GattDatabase> services() {
    return Optional.of(database);
  }

  @Override
  public Registration addConnectionListener(ConnectionListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    return CompletableFuture.completedFuture(database);
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    if (state != ConnectionState.CONNECTED) {
      return CompletableFuture.failedFuture(new NotConnectedException("not connected"));
    }
    if (needsBond.contains(handle) && !bonded) {
      return CompletableFuture.failedFuture(
          new GattException(AttError.INSUFFICIENT_AUTHENTICATION, handle, "read"));
    }
    Integer err = readErrors.get(handle);
    if (err != null) {
      return CompletableFuture.failedFuture(new GattException(err, handle, "read"));
    }
    byte[] v = values.getOrDefault(handle, new byte[0]);
    return CompletableFuture.completedFuture(Arrays.copyOf(v, Math.min(v.length, mtu - 1)));
  }

  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    return CompletableFuture.completedFuture(values.getOrDefault(handle, new byte[0]).clone());
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    if (value.length > mtu - 3) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("value longer than MTU - 3"));
    }
    writes.add(new Write(handle, value.clone(), type, false));
    values.put(handle, value.clone());
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    writes.add(new Write(handle, value.clone(), WriteType.REQUEST, true));
    values.put(handle, value.clone());
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic c, SubscriptionType type, NotificationListener listener) {
    if (c.cccd().isEmpty()) {
      return CompletableFuture.failedFuture(
          new GattException(AttError.ATTRIBUTE_NOT_FOUND, c.valueHandle(), "subscribe"));
    }
    subscribers.put(c.valueHandle(), listener);
    cccdWrites.add(type.cccdValue());
    return CompletableFuture.completedFuture(
        new Subscription() {
          private boolean active = true;

          @Override
          public GattCharacteristic characteristic() {
            return c;
          }

          @Override
          public SubscriptionType type() {
            return type;
          }

          @Override
          public boolean isActive() {
            // like a backend's subscription, it ends with the link (drop clears the subscribers)
            return active && subscribers.get(c.valueHandle()) == listener;
          }

          @Override
          public long delivered() {
            return 0;
          }

          @Override
          public void close() {
            active = false;
            subscribers.remove(c.valueHandle());
            cccdWrites.add(0);
          }
        });
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Integer> rssiAsync() {
    return CompletableFuture.completedFuture(-48);
  }

  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    return CompletableFuture.runAsync(
        () -> {
          if (justWorks) {
            if (!handler.authorizePairing(address)) {
              throw new PairingException("pairing not allowed", 0x05);
            }
          } else if (comparedNumber >= 0) {
            if (!handler.confirmPasskey(address, comparedNumber)) {
              throw new PairingException("numeric comparison failed", 0x0C);
            }
          } else if (handler.passkeyRequested(address) != passkey) {
            throw new PairingException("passkey mismatch", 0x04);
          }
          bonded = true;
          listeners.forEach(l -> l.onEncrypted(this, true));
        });
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    state = ConnectionState.DISCONNECTED;
    listeners.forEach(l -> l.onDisconnected(this, DisconnectReason.hci(0x16)));
    return CompletableFuture.completedFuture(null);
  }
}
