package io.gattscope.ble.bgapi;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.util.concurrent.atomic.AtomicLong;

/** A subscription of one listener to one characteristic of a BGAPI connection. */
final class BgapiSubscription implements Subscription {
  private final BgapiDevice device;
  private final GattCharacteristic characteristic;
  private final SubscriptionType type;
  private final NotificationListener listener;
  private final AtomicLong delivered = new AtomicLong();
  private volatile boolean active = true;

  BgapiSubscription(
      BgapiDevice device,
      GattCharacteristic characteristic,
      SubscriptionType type,
      NotificationListener listener) {
    this.device = device;
    this.characteristic = characteristic;
    this.type = type;
    this.listener = listener;
  }

  /** Runs the listener for one value (on the connection's listener lane). */
  void deliver(int handle, byte[] value, long timestampNanos) {
    if (active) {
      delivered.incrementAndGet();
      listener.onNotification(handle, value, timestampNanos);
    }
  }

  void deactivate() {
    active = false;
  }

  @Override
  public GattCharacteristic characteristic() {
    return characteristic;
  }

  @Override
  public SubscriptionType type() {
    return type;
  }

  @Override
  public boolean isActive() {
    return active;
  }

  @Override
  public long delivered() {
    return delivered.get();
  }

  @Override
  public void close() {
    if (active) {
      active = false;
      device.unsubscribe(this);
    }
  }
}
