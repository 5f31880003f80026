package io.gattscope.cli;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.AttError;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.PairingException;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A connection to a {@link FakePeripheral}; a muted peripheral never answers. */
final class FakeDevice implements BleDevice {
  private final FakePeripheral p;
  private final Duration timeout;
  private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  private volatile GattDatabase db;
  private volatile ConnectionState state = ConnectionState.CONNECTED;
  private volatile boolean bonded;
  final List<byte[]> writes = new CopyOnWriteArrayList<>();

  FakeDevice(FakePeripheral p, Duration timeout) {
    this.p = p;
    this.timeout = timeout;
  }

  void drop() {
    if (state != ConnectionState.DISCONNECTED) {
      state = ConnectionState.DISCONNECTED;
      ticker.shutdownNow();
      listeners.forEach(l -> l.onDisconnected(this, DisconnectReason.hci(0x16)));
    }
  }

  private <T> CompletableFuture<T> answer(T value) {
    return p.muted ? new CompletableFuture<>() : CompletableFuture.completedFuture(value);
  }

  private GattCharacteristic at(int handle) {
    GattDatabase d = p.database();
    return d.characteristics().stream()
        .filter(c -> c.valueHandle() == handle)
        .findFirst()
        .orElseThrow(() -> new GattException(AttError.INVALID_HANDLE, handle, "access"));
  }

  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    return answer(p.database()).thenApply(d -> db = d);
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    if (p.muted) {
      return new CompletableFuture<>();
    }
    try {
      if (!at(handle).has(CharacteristicProperty.READ)) {
        throw new GattException(AttError.READ_NOT_PERMITTED, handle, "read");
      }
      return CompletableFuture.completedFuture(p.values.get(handle).clone());
    } catch (GattException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    return readHandleAsync(handle);
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    if (p.muted) {
      return new CompletableFuture<>();
    }
    try {
      int need = type == WriteType.REQUEST ? 0x08 : 0x04;
      if ((at(handle).properties() & need) == 0) {
        throw new GattException(AttError.WRITE_NOT_PERMITTED, handle, "write");
      }
      p.values.put(handle, value.clone());
      writes.add(value.clone());
      return CompletableFuture.completedFuture(null);
    } catch (GattException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    return writeHandleAsync(handle, value, WriteType.REQUEST);
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic c, SubscriptionType type, NotificationListener listener) {
    if (c.cccd().isEmpty()) {
      return CompletableFuture.failedFuture(
          new GattException(AttError.WRITE_NOT_PERMITTED, c.valueHandle(), "subscribe"));
    }
    AtomicLong n = new AtomicLong();
    var task =
        ticker.scheduleAtFixedRate(
            () ->
                listener.onNotification(
                    c.valueHandle(), new byte[] {(byte) n.incrementAndGet()}, System.nanoTime()),
            1,
            2,
            TimeUnit.MILLISECONDS);
    return answer(
        new Subscription() {
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
            return !task.isCancelled();
          }

          @Override
          public long delivered() {
            return n.get();
          }

          @Override
          public void close() {
            task.cancel(false);
          }
        });
  }

  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    if (p.passkey != null && handler.passkeyRequested(p.address) != p.passkey) {
      return CompletableFuture.failedFuture(
          new PairingException("pairing failed: passkey entry failed", 0x01));
    }
    bonded = true;
    return answer(null);
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    drop();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public BleAddress address() {
    return p.address;
  }

  @Override
  public AddressType addressType() {
    return p.type;
  }

  @Override
  public ConnectionState state() {
    return state;
  }

  @Override
  public ConnectionParameters parameters() {
    return ConnectionParameters.fromUnits(6, 0, 400);
  }

  @Override
  public int mtu() {
    return 23;
  }

  @Override
  public boolean bonded() {
    return bonded;
  }

  @Override
  public Duration operationTimeout() {
    return timeout;
  }

  @Override
  public Optional<GattDatabase> services() {
    return Optional.ofNullable(db);
  }

  @Override
  public AutoCloseable addConnectionListener(ConnectionListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    return answer(null);
  }

  @Override
  public CompletableFuture<Integer> rssiAsync() {
    return answer(-60);
  }
}
