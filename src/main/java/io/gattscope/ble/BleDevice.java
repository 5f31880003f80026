package io.gattscope.ble;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A connected peer. Backends implement the asynchronous, handle-based methods; the blocking and
 * reference-based forms are derived here so every backend offers the same surface. Safe to call
 * from several threads; GATT procedures of one connection run one at a time, in call order.
 */
public interface BleDevice {

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

  /** Adds a listener; closing the returned handle removes it. */
  AutoCloseable addConnectionListener(ConnectionListener listener);

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
    return Futures.await(discoverAsync(), operationTimeout().multipliedBy(3), "service discovery");
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
    return Futures.await(readAsync(ref), operationTimeout(), "read of " + ref);
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
    return Futures.await(readLongAsync(ref), operationTimeout(), "long read of " + ref);
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
    Futures.await(writeAsync(ref, value, type), operationTimeout(), "write of " + ref);
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
    Futures.await(writeLongAsync(ref, value), operationTimeout(), "long write of " + ref);
  }

  /** Subscribes to a characteristic named by reference. */
  default CompletableFuture<Subscription> subscribeAsync(
      CharacteristicRef ref, SubscriptionType type, NotificationListener listener) {
    return resolveAsync(ref).thenCompose(c -> subscribeAsync(c, type, listener));
  }

  /** Subscribes; blocking. */
  default Subscription subscribe(
      CharacteristicRef ref, SubscriptionType type, NotificationListener listener) {
    return Futures.await(
        subscribeAsync(ref, type, listener), operationTimeout(), "subscribe to " + ref);
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
