package io.gattscope.ble;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A connected peer. Backends implement the asynchronous, handle-based methods; the blocking and
 * reference-based forms are derived here so every backend offers the same surface. Safe to call
 * from several threads; GATT procedures of one connection run one at a time, in call order. Closing
 * a device disconnects it (see {@link #close()}), so it fits try-with-resources.
 */
public interface BleDevice extends AutoCloseable {

  /**
   * The peer's address.
   *
   * @return the address this device was connected with; never null, fixed for the object's life
   */
  BleAddress address();

  /**
   * The peer's address type.
   *
   * @return the type the connection was opened with (public, random, ...); never null
   */
  AddressType addressType();

  /**
   * The connection's state now.
   *
   * @return the state at the moment of the call; it may change right after on the backend's thread
   */
  ConnectionState state();

  /**
   * The parameters the link runs with now.
   *
   * @return the interval, latency and supervision timeout last reported by the controller
   */
  ConnectionParameters parameters();

  /**
   * The ATT MTU in bytes (23 unless exchanged). BGAPI v1 dongles (BLED112, BLE112/113 and the
   * simulator) keep the ATT MTU fixed at 23 and cannot exchange it; BlueZ negotiates it by itself
   * after connecting and reports what it agreed.
   *
   * @return the ATT MTU in bytes, 23 to 517
   */
  int mtu();

  /**
   * Whether the link is encrypted with a bond.
   *
   * @return true once pairing stored keys and the link runs encrypted with them
   */
  boolean bonded();

  /**
   * The default timeout of the blocking calls.
   *
   * @return how long a blocking call without a timeout argument waits; discovery waits three times
   *     as long
   */
  Duration operationTimeout();

  /**
   * The database from the latest discovery, if any ran.
   *
   * @return the services found by the latest completed discovery, or empty before the first one
   */
  Optional<GattDatabase> services();

  /**
   * Adds a listener of the connection's life.
   *
   * @param listener the listener, e.g. {@code ConnectionListener.onDisconnected(reason -> ...)}
   * @return closing it removes the listener
   */
  Registration addConnectionListener(ConnectionListener listener);

  /**
   * Discovers every primary service, characteristic and descriptor.
   *
   * @return completes with the whole database, which {@link #services()} then returns too
   */
  CompletableFuture<GattDatabase> discoverAsync();

  /**
   * Discovers the services in handle range {@code start..end} again (after Service Changed) and
   * keeps the services of {@code known} that lie wholly outside it; a backend that cannot discover
   * a range (BlueZ, gatttool) discovers the whole table, as this default does.
   *
   * @param known the table as it was, whose services outside the range are kept
   * @param start first handle that changed, 0x0001 to 0xFFFF
   * @param end last handle that changed, {@code start} to 0xFFFF
   * @return completes with the whole table, which {@link #services()} then returns too
   * @throws IllegalArgumentException when the range is not within 0x0001..0xFFFF or is reversed
   */
  default CompletableFuture<GattDatabase> discoverRangeAsync(
      GattDatabase known, int start, int end) {
    GattArguments.requireHandleRange(start, end);
    return discoverAsync();
  }

  /**
   * Reads a value by handle (one ATT read; up to MTU - 1 bytes).
   *
   * @param handle the attribute handle, 0x0001 to 0xFFFF
   * @return completes with the value, or fails with a {@link GattException} carrying the ATT error
   */
  CompletableFuture<byte[]> readHandleAsync(int handle);

  /**
   * Reads a value by handle with read blob until the end (up to 512 bytes).
   *
   * @param handle the attribute handle, 0x0001 to 0xFFFF
   * @return completes with the whole value, or fails with the first ATT error
   */
  CompletableFuture<byte[]> readLongHandleAsync(int handle);

  /**
   * Writes a value by handle (up to MTU - 3 bytes).
   *
   * @param handle the attribute handle, 0x0001 to 0xFFFF
   * @param value the bytes to write; not null, not kept after the call
   * @param type a write request (answered by the peer) or a write command (not answered)
   * @return completes when the peer answered a request, or when a command was sent
   */
  CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type);

  /**
   * Writes a long value by handle with prepare/execute write, chunked by MTU (up to 512 bytes).
   *
   * @param handle the attribute handle, 0x0001 to 0xFFFF
   * @param value the bytes to write, up to 512; not null
   * @return completes when the peer executed the queued writes
   */
  CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value);

  /**
   * Subscribes by writing the characteristic's discovered CCCD.
   *
   * @param characteristic a characteristic of this device's discovered database
   * @param type notifications or indications
   * @param listener receives every value, one at a time, on the backend's delivery thread
   * @return completes with the subscription once the CCCD write was answered
   */
  CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener);

  /**
   * Writes the CCCD of every open subscription again (after a reconnect or a bond).
   *
   * @return completes when every CCCD write was answered
   */
  CompletableFuture<Void> resubscribeAllAsync();

  /**
   * Reads the link's RSSI in dBm.
   *
   * @return completes with the RSSI in dBm, typically -100 to 0
   */
  CompletableFuture<Integer> rssiAsync();

  /**
   * Pairs and bonds, asking the handler for passkeys.
   *
   * @param handler answers the peer's passkey or confirmation requests; it may block while a person
   *     types
   * @return completes when the link is encrypted and bonded, or fails with a {@link
   *     PairingException}
   */
  CompletableFuture<Void> bondAsync(PairingHandler handler);

  /**
   * Ends the connection; completes when the link is down.
   *
   * @return completes when the controller reported the disconnection
   */
  CompletableFuture<Void> disconnectAsync();

  // ---- derived forms -------------------------------------------------------------------------

  /**
   * Discovers the database; blocking, for up to three times {@link #operationTimeout()}.
   *
   * @return the discovered database
   * @throws BleTimeoutException when discovery takes longer
   */
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

  /**
   * Resolves a reference, discovering first when nothing was discovered yet.
   *
   * @param ref the characteristic by UUID, name or handle
   * @return completes with the characteristic, or fails with an {@link AttributeLookupException}
   *     when none or several match
   */
  default CompletableFuture<GattCharacteristic> resolveAsync(CharacteristicRef ref) {
    Optional<GattDatabase> db = services();
    CompletableFuture<GattDatabase> f =
        db.isPresent() ? CompletableFuture.completedFuture(db.get()) : discoverAsync();
    return f.thenApply(d -> d.resolve(ref));
  }

  /**
   * Reads the one characteristic value of a UUID with ATT Read By Type, without discovery, where
   * the backend can.
   *
   * @param uuid the characteristic's UUID
   * @return completes with the value handle and the whole value, or with empty when the backend
   *     cannot read by type or its answer does not settle the read (no match, several matches or an
   *     ATT error), so that the caller resolves the UUID by discovery instead
   */
  default CompletableFuture<Optional<AttributeValue>> readByTypeAsync(UUID uuid) {
    return CompletableFuture.completedFuture(Optional.empty());
  }

  /**
   * Reads a characteristic.
   *
   * @param ref the characteristic; a handle reference is read without discovery
   * @return completes with the value (up to MTU - 1 bytes)
   */
  default CompletableFuture<byte[]> readAsync(CharacteristicRef ref) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return readHandleAsync(h.handle());
    }
    return resolveAsync(ref).thenCompose(c -> readHandleAsync(c.valueHandle()));
  }

  /**
   * Reads a characteristic; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @return the value (up to MTU - 1 bytes)
   * @throws BleTimeoutException when no answer comes in time
   */
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

  /**
   * Reads a characteristic with read blob until its end.
   *
   * @param ref the characteristic; a handle reference is read without discovery
   * @return completes with the whole value (up to 512 bytes)
   */
  default CompletableFuture<byte[]> readLongAsync(CharacteristicRef ref) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return readLongHandleAsync(h.handle());
    }
    return resolveAsync(ref).thenCompose(c -> readLongHandleAsync(c.valueHandle()));
  }

  /**
   * Reads a long characteristic; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @return the value (up to 512 bytes)
   * @throws BleTimeoutException when the value is not read in time
   */
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

  /**
   * Writes a characteristic.
   *
   * @param ref the characteristic; a handle reference is written without discovery
   * @param value the bytes to write; not null
   * @param type with or without response
   * @return completes when the write was answered (request) or sent (command)
   */
  default CompletableFuture<Void> writeAsync(CharacteristicRef ref, byte[] value, WriteType type) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return writeHandleAsync(h.handle(), value, type);
    }
    return resolveAsync(ref).thenCompose(c -> writeHandleAsync(c.valueHandle(), value, type));
  }

  /**
   * Writes a characteristic; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @param value the bytes to write; not null
   * @param type with or without response
   * @throws BleTimeoutException when the write does not complete in time
   */
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

  /**
   * Writes a characteristic with a write request; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @param value the bytes to write; not null
   * @throws BleTimeoutException when the peer does not answer in time
   */
  default void write(CharacteristicRef ref, byte[] value) {
    write(ref, value, WriteType.REQUEST);
  }

  /**
   * Writes a long characteristic with prepare/execute write.
   *
   * @param ref the characteristic; a handle reference is written without discovery
   * @param value the bytes to write, up to 512; not null
   * @return completes when the peer executed the queued writes
   */
  default CompletableFuture<Void> writeLongAsync(CharacteristicRef ref, byte[] value) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return writeLongHandleAsync(h.handle(), value);
    }
    return resolveAsync(ref).thenCompose(c -> writeLongHandleAsync(c.valueHandle(), value));
  }

  /**
   * Writes a long characteristic; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @param value the bytes to write, up to 512; not null
   * @throws BleTimeoutException when the write does not complete in time
   */
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

  /**
   * Subscribes to a characteristic named by reference, discovering first if needed.
   *
   * @param ref the characteristic
   * @param type notifications or indications
   * @param listener receives every value, on the backend's delivery thread
   * @return completes with the subscription once the CCCD write was answered
   */
  default CompletableFuture<Subscription> subscribeAsync(
      CharacteristicRef ref, SubscriptionType type, NotificationListener listener) {
    return resolveAsync(ref).thenCompose(c -> subscribeAsync(c, type, listener));
  }

  /**
   * Subscribes; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @param type notifications or indications
   * @param listener receives every value, on the backend's delivery thread
   * @return the subscription; closing it unsubscribes
   * @throws BleTimeoutException when the subscription is not confirmed in time
   */
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

  /**
   * Subscribes to notifications; blocking, for up to {@link #operationTimeout()}.
   *
   * @param ref the characteristic
   * @param listener receives every value, on the backend's delivery thread
   * @return the subscription; closing it unsubscribes
   * @throws BleTimeoutException when the subscription is not confirmed in time
   */
  default Subscription subscribe(CharacteristicRef ref, NotificationListener listener) {
    return subscribe(ref, SubscriptionType.NOTIFY, listener);
  }

  /**
   * Re-enables every open subscription; blocking, for up to {@link #operationTimeout()}.
   *
   * @throws BleTimeoutException when the CCCD writes are not answered in time
   */
  default void resubscribeAll() {
    Futures.await(resubscribeAllAsync(), operationTimeout(), "resubscription");
  }

  /**
   * Reads the RSSI; blocking, for up to {@link #operationTimeout()}.
   *
   * @return the link's RSSI in dBm
   * @throws BleTimeoutException when the controller does not answer in time
   */
  default int rssi() {
    return Futures.await(rssiAsync(), operationTimeout(), "RSSI");
  }

  /**
   * Bonds; blocking (pairing may wait on a person typing a passkey: a minute more than a call).
   *
   * @param handler answers the peer's passkey or confirmation requests
   * @throws PairingException when the peer or the handler refuses, or the keys do not match
   * @throws BleTimeoutException when bonding takes longer than the timeout plus 60 s
   */
  default void bond(PairingHandler handler) {
    Futures.await(bondAsync(handler), operationTimeout().plusSeconds(60), "bonding");
  }

  /**
   * Disconnects; blocking, for up to {@link #operationTimeout()}.
   *
   * @throws NotConnectedException when the device is already disconnected
   * @throws BleTimeoutException when the link is not down in time
   */
  default void disconnect() {
    Futures.await(disconnectAsync(), operationTimeout(), "disconnection");
  }

  /**
   * Disconnects unless already disconnected, waiting for the link to go down; the backend then
   * forgets the device (it leaves {@link BleBackend#connectedDevices()}). A device from a backend
   * also forgets its subscriptions and stops reconnecting when its link had already dropped, and
   * {@link #reconnectAsync()} then fails. Calling it again does nothing.
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
   *
   * @return the number of values dropped so far, 0 or more
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
   * @return completes when the link is up again and every subscription is re-enabled
   * @throws UnsupportedOperationException from a device object that cannot reconnect
   */
  default CompletableFuture<Void> reconnectAsync() {
    return Futures.failed(
        new UnsupportedOperationException(
            getClass().getSimpleName() + " cannot reconnect; connect through a BleBackend"));
  }

  /**
   * Reconnects; blocking (up to ten times {@link #operationTimeout()}: the connect timeout for each
   * attempt, plus the waits).
   *
   * @throws BleTimeoutException when the device is not back in time
   */
  default void reconnect() {
    Futures.await(reconnectAsync(), operationTimeout().multipliedBy(10), "reconnection");
  }

  /**
   * Asks for an ATT MTU of {@code mtu} bytes (23..517); completes with the MTU the link runs with
   * afterwards.
   *
   * @param mtu the ATT MTU wanted, 23 to 517 bytes
   * @return completes with the ATT MTU agreed, which may be smaller than asked
   * @throws UnsupportedOperationException (in the future) where the backend cannot exchange the
   *     MTU, naming the backend
   */
  default CompletableFuture<Integer> requestMtuAsync(int mtu) {
    return Futures.failed(
        new UnsupportedOperationException(
            getClass().getSimpleName() + " cannot exchange the ATT MTU"));
  }

  /**
   * Asks for an ATT MTU; blocking, for up to {@link #operationTimeout()}.
   *
   * @param mtu the ATT MTU wanted, 23 to 517 bytes
   * @return the ATT MTU agreed
   * @throws UnsupportedOperationException where the backend cannot exchange the MTU
   */
  default int requestMtu(int mtu) {
    return Futures.await(requestMtuAsync(mtu), operationTimeout(), "MTU exchange");
  }
}
