package io.gattscope.ble;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A connected peer. Backends implement the asynchronous, handle-based methods; the blocking and
 * reference-based forms are derived here so every backend offers the same surface. Safe to call
 * from several threads; GATT procedures of one connection run one at a time, in call order. Closing
 * a device disconnects it (see {@link #close()}), so it fits try-with-resources.
 */
public interface BleDevice extends AutoCloseable {

  /** The peer's address. */
  BleAddress address();

  /** The peer's address type. */
  AddressType addressType();

  /** The connection's state now. */
  ConnectionState state();

  /** The parameters the link runs with now. */
  ConnectionParameters parameters();

  /**
   * The ATT MTU in bytes (23 unless exchanged). BGAPI v1 dongles (BLED112, BLE112/113 and the
   * simulator) keep the ATT MTU fixed at 23 and cannot exchange it; BlueZ negotiates it by itself
   * after connecting and reports what it agreed.
   */
  int mtu();

  /** Whether the link is encrypted with a bond. */
  boolean bonded();

  /** The default timeout of the blocking calls. */
  Duration operationTimeout();

  /** The database from the latest discovery, if any ran. */
  Optional<GattDatabase> services();

  /**
   * Adds a listener of the connection's life.
   *
   * @param listener the listener, e.g. {@code ConnectionListener.onDisconnected(reason -> ...)}
   * @return closing it removes the listener
   */
  Registration addConnectionListener(ConnectionListener listener);

  /** Discovers every primary service, characteristic and descriptor. */
  CompletableFuture<GattDatabase> discoverAsync();

  /** Reads a value by handle (one ATT read; up to MTU - 1 bytes). */
  CompletableFuture<byte[]> readHandleAsync(int handle);

  /** Reads a value by handle with read blob until the end (up to 512 bytes). */
  CompletableFuture<byte[]> readLongHandleAsync(int handle);

  /** Writes a value by handle (up to MTU - 3 bytes). */
  CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type);

  /** Writes a long value by handle with prepare/execute write, chunked by MTU (up to 512 bytes). */
  CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value);

  /** Subscribes by writing the characteristic's discovered CCCD. */
  CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener);

  /** Writes the CCCD of every open subscription again (after a reconnect or a bond). */
  CompletableFuture<Void> resubscribeAllAsync();

  /** Reads the link's RSSI in dBm. */
  CompletableFuture<Integer> rssiAsync();

  /** Pairs and bonds, asking the handler for passkeys. */
  CompletableFuture<Void> bondAsync(PairingHandler handler);

  /** Ends the connection; completes when the link is down. */
  CompletableFuture<Void> disconnectAsync();

  // ---- derived forms -------------------------------------------------------------------------

  /** Discovers the database; blocking. */
  default GattDatabase discover() {
    return discover(operationTimeout().multipliedBy(3));
  }

  /**
   * Discovers the database, waiting at most {@code timeout}.
   *
   * @param timeout how long to wait
   * @return the discovered database
   * @throws BleTimeoutException when discovery takes longer
   */
  default GattDatabase discover(Duration timeout) {
    return Futures.await(discoverAsync(), timeout, "service discovery");
  }

  /** Resolves a reference, discovering first when nothing was discovered yet. */
  default CompletableFuture<GattCharacteristic> resolveAsync(CharacteristicRef ref) {
    Optional<GattDatabase> db = services();
    CompletableFuture<GattDatabase> f =
        db.isPresent() ? CompletableFuture.completedFuture(db.get()) : discoverAsync();
    return f.thenApply(d -> d.resolve(ref));
  }

  /** Reads a characteristic. */
  default CompletableFuture<byte[]> readAsync(CharacteristicRef ref) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return readHandleAsync(h.handle());
    }
    return resolveAsync(ref).thenCompose(c -> readHandleAsync(c.valueHandle()));
  }

  /** Reads a characteristic; blocking. */
  default byte[] read(CharacteristicRef ref) {
    return read(ref, operationTimeout());
  }

  /**
   * Reads a characteristic, waiting at most {@code timeout} instead of the device's default.
   *
   * @param ref the characteristic
   * @param timeout how long to wait
   * @return the value (up to MTU - 1 bytes)
   * @throws BleTimeoutException when no answer comes in time
   */
  default byte[] read(CharacteristicRef ref, Duration timeout) {
    return Futures.await(readAsync(ref), timeout, "read of " + ref);
  }

  /** Reads a characteristic with read blob until its end. */
  default CompletableFuture<byte[]> readLongAsync(CharacteristicRef ref) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return readLongHandleAsync(h.handle());
    }
    return resolveAsync(ref).thenCompose(c -> readLongHandleAsync(c.valueHandle()));
  }

  /** Reads a long characteristic; blocking. */
  default byte[] readLong(CharacteristicRef ref) {
    return readLong(ref, operationTimeout());
  }

  /**
   * Reads a long characteristic, waiting at most {@code timeout}.
   *
   * @param ref the characteristic
   * @param timeout how long to wait for the whole value
   * @return the value (up to 512 bytes)
   * @throws BleTimeoutException when the value is not read in time
   */
  default byte[] readLong(CharacteristicRef ref, Duration timeout) {
    return Futures.await(readLongAsync(ref), timeout, "long read of " + ref);
  }

  /** Writes a characteristic. */
  default CompletableFuture<Void> writeAsync(CharacteristicRef ref, byte[] value, WriteType type) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return writeHandleAsync(h.handle(), value, type);
    }
    return resolveAsync(ref).thenCompose(c -> writeHandleAsync(c.valueHandle(), value, type));
  }

  /** Writes a characteristic; blocking. */
  default void write(CharacteristicRef ref, byte[] value, WriteType type) {
    write(ref, value, type, operationTimeout());
  }

  /**
   * Writes a characteristic, waiting at most {@code timeout}.
   *
   * @param ref the characteristic
   * @param value the bytes to write
   * @param type with or without response
   * @param timeout how long to wait
   * @throws BleTimeoutException when the write does not complete in time
   */
  default void write(CharacteristicRef ref, byte[] value, WriteType type, Duration timeout) {
    Futures.await(writeAsync(ref, value, type), timeout, "write of " + ref);
  }

  /** Writes a characteristic with a write request; blocking. */
  default void write(CharacteristicRef ref, byte[] value) {
    write(ref, value, WriteType.REQUEST);
  }

  /** Writes a long characteristic with prepare/execute write. */
  default CompletableFuture<Void> writeLongAsync(CharacteristicRef ref, byte[] value) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return writeLongHandleAsync(h.handle(), value);
    }
    return resolveAsync(ref).thenCompose(c -> writeLongHandleAsync(c.valueHandle(), value));
  }

  /** Writes a long characteristic; blocking. */
  default void writeLong(CharacteristicRef ref, byte[] value) {
    writeLong(ref, value, operationTimeout());
  }

  /**
   * Writes a long characteristic, waiting at most {@code timeout}.
   *
   * @param ref the characteristic
   * @param value up to 512 bytes
   * @param timeout how long to wait for the whole write
   * @throws BleTimeoutException when the write does not complete in time
   */
  default void writeLong(CharacteristicRef ref, byte[] value, Duration timeout) {
    Futures.await(writeLongAsync(ref, value), timeout, "long write of " + ref);
  }

  /** Subscribes to a characteristic named by reference. */
  default CompletableFuture<Subscription> subscribeAsync(
      CharacteristicRef ref, SubscriptionType type, NotificationListener listener) {
    return resolveAsync(ref).thenCompose(c -> subscribeAsync(c, type, listener));
  }

  /** Subscribes; blocking. */
  default Subscription subscribe(
      CharacteristicRef ref, SubscriptionType type, NotificationListener listener) {
    return subscribe(ref, type, listener, operationTimeout());
  }

  /**
   * Subscribes, waiting at most {@code timeout} for the CCCD write.
   *
   * @param ref the characteristic
   * @param type notifications or indications
   * @param listener receives every value
   * @param timeout how long to wait
   * @return the subscription; closing it unsubscribes
   * @throws BleTimeoutException when the subscription is not confirmed in time
   */
  default Subscription subscribe(
      CharacteristicRef ref,
      SubscriptionType type,
      NotificationListener listener,
      Duration timeout) {
    return Futures.await(subscribeAsync(ref, type, listener), timeout, "subscribe to " + ref);
  }

  /** Subscribes to notifications; blocking. */
  default Subscription subscribe(CharacteristicRef ref, NotificationListener listener) {
    return subscribe(ref, SubscriptionType.NOTIFY, listener);
  }

  /** Re-enables every open subscription; blocking. */
  default void resubscribeAll() {
    Futures.await(resubscribeAllAsync(), operationTimeout(), "resubscription");
  }

  /** Reads the RSSI; blocking. */
  default int rssi() {
    return Futures.await(rssiAsync(), operationTimeout(), "RSSI");
  }

  /** Bonds; blocking (pairing may wait on a person typing a passkey: a minute more than a call). */
  default void bond(PairingHandler handler) {
    Futures.await(bondAsync(handler), operationTimeout().plusSeconds(60), "bonding");
  }

  /** Disconnects; blocking. */
  default void disconnect() {
    Futures.await(disconnectAsync(), operationTimeout(), "disconnection");
  }

  /**
   * Disconnects unless already disconnected, waiting for the link to go down; the backend then
   * forgets the device (it leaves {@link BleBackend#connectedDevices()}). Calling it again, or on a
   * device whose link already dropped, does nothing.
   */
  @Override
  default void close() {
    if (state() == ConnectionState.DISCONNECTED) {
      return;
    }
    try {
      disconnect();
    } catch (NotConnectedException alreadyGone) {
      // the link went down between the state check and the request: closed all the same
    }
  }

  /**
   * Notifications and indications received from the peer but not delivered to a subscription's
   * listener because the listeners fell behind (their bounded delivery queue stayed full), counted
   * since the connection opened; 0 for a backend that never drops them.
   */
  default long droppedNotifications() {
    return 0;
  }

  /**
   * Connects the same device again after its link was lost or closed, with the same address type
   * and parameters, restores the GATT tree (discovering again when it changed) and re-enables every
   * subscription with the same {@link Subscription} objects and listeners. Completes at once when
   * the link is up.
   *
   * @throws UnsupportedOperationException from a device object that cannot reconnect
   */
  default CompletableFuture<Void> reconnectAsync() {
    return Futures.failed(
        new UnsupportedOperationException(
            getClass().getSimpleName() + " cannot reconnect; connect through a BleBackend"));
  }

  /** Reconnects; blocking (up to the connect timeout for each attempt, plus the waits). */
  default void reconnect() {
    Futures.await(reconnectAsync(), operationTimeout().multipliedBy(10), "reconnection");
  }

  /**
   * Asks for an ATT MTU of {@code mtu} bytes (23..517); completes with the MTU the link runs with
   * afterwards.
   *
   * @throws UnsupportedOperationException (in the future) where the backend cannot exchange the
   *     MTU, naming the backend
   */
  default CompletableFuture<Integer> requestMtuAsync(int mtu) {
    return Futures.failed(
        new UnsupportedOperationException(
            getClass().getSimpleName() + " cannot exchange the ATT MTU"));
  }

  /** Asks for an ATT MTU; blocking. */
  default int requestMtu(int mtu) {
    return Futures.await(requestMtuAsync(mtu), operationTimeout(), "MTU exchange");
  }
}
