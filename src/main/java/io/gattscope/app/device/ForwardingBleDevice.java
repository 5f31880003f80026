package io.gattscope.app.device;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.AttributeValue;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.PairingHandler;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.WriteType;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A device that hands every call to another one; a subclass overrides only what it adds to. It
 * forwards every abstract method of {@link BleDevice} and every default one a backend may override
 * (dropped notifications, reconnect, MTU exchange, close); the other defaults are built on those,
 * so they go through the subclass's overrides. ForwardingBleDeviceTest fails when {@link BleDevice}
 * gains a method that is not classified here.
 */
abstract class ForwardingBleDevice implements BleDevice {
  private final BleDevice device;

  /**
   * @param device the device every call goes to
   */
  ForwardingBleDevice(BleDevice device) {
    this.device = device;
  }

  /** The device every call goes to. */
  protected final BleDevice delegate() {
    return device;
  }

  @Override
  public BleAddress address() {
    return device.address();
  }

  @Override
  public AddressType addressType() {
    return device.addressType();
  }

  @Override
  public ConnectionState state() {
    return device.state();
  }

  @Override
  public ConnectionParameters parameters() {
    return device.parameters();
  }

  @Override
  public int mtu() {
    return device.mtu();
  }

  @Override
  public boolean bonded() {
    return device.bonded();
  }

  @Override
  public Duration operationTimeout() {
    return device.operationTimeout();
  }

  @Override
  public Optional<GattDatabase> services() {
    return device.services();
  }

  @Override
  public Registration addConnectionListener(ConnectionListener listener) {
    return device.addConnectionListener(listener);
  }

  @Override
  public CompletableFuture<GattDatabase> discoverAsync() {
    return device.discoverAsync();
  }

  @Override
  public CompletableFuture<GattDatabase> discoverRangeAsync(
      GattDatabase known, int start, int end) {
    return device.discoverRangeAsync(known, start, end);
  }

  @Override
  public CompletableFuture<Optional<AttributeValue>> readByTypeAsync(UUID uuid) {
    return device.readByTypeAsync(uuid);
  }

  @Override
  public CompletableFuture<byte[]> readHandleAsync(int handle) {
    return device.readHandleAsync(handle);
  }

  @Override
  public CompletableFuture<byte[]> readLongHandleAsync(int handle) {
    return device.readLongHandleAsync(handle);
  }

  @Override
  public CompletableFuture<Void> writeHandleAsync(int handle, byte[] value, WriteType type) {
    return device.writeHandleAsync(handle, value, type);
  }

  @Override
  public CompletableFuture<Void> writeLongHandleAsync(int handle, byte[] value) {
    return device.writeLongHandleAsync(handle, value);
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener) {
    return device.subscribeAsync(characteristic, type, listener);
  }

  @Override
  public CompletableFuture<Void> resubscribeAllAsync() {
    return device.resubscribeAllAsync();
  }

  @Override
  public CompletableFuture<Integer> rssiAsync() {
    return device.rssiAsync();
  }

  @Override
  public CompletableFuture<Void> bondAsync(PairingHandler handler) {
    return device.bondAsync(handler);
  }

  @Override
  public CompletableFuture<Void> disconnectAsync() {
    return device.disconnectAsync();
  }

  @Override
  public void close() {
    device.close();
  }

  @Override
  public long droppedNotifications() {
    return device.droppedNotifications();
  }

  @Override
  public CompletableFuture<Void> reconnectAsync() {
    return device.reconnectAsync();
  }

  @Override
  public CompletableFuture<Integer> requestMtuAsync(int mtu) {
    return device.requestMtuAsync(mtu);
  }
}
