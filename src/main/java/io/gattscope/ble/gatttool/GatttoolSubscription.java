package io.gattscope.ble.gatttool;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A subscription of a gatttool connection: delivers values and disables its CCCD on close. */
final class GatttoolSubscription implements Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(GatttoolSubscription.class);

  private final GatttoolDevice device;
  private final GattCharacteristic characteristic;
  private final int cccdHandle;
  private final SubscriptionType type;
  private final NotificationListener listener;
  private final AtomicBoolean active = new AtomicBoolean(true);
  private final AtomicLong delivered = new AtomicLong();

  GatttoolSubscription(
      GatttoolDevice device,
      GattCharacteristic characteristic,
      int cccdHandle,
      SubscriptionType type,
      NotificationListener listener) {
    this.device = device;
    this.characteristic = characteristic;
    this.cccdHandle = cccdHandle;
    this.type = type;
    this.listener = listener;
  }

  int cccdHandle() {
    return cccdHandle;
  }

  /** Runs the listener (on the connection's event thread). */
  void deliver(int handle, byte[] value, long timestampNanos) {
    if (!active.get()) {
      return;
    }
    try {
      listener.onNotification(handle, value, timestampNanos);
      delivered.incrementAndGet();
    } catch (RuntimeException e) {
      LOG.warn("notification listener of handle 0x{} failed", Integer.toHexString(handle), e);
    }
  }

  /** Stops delivery without touching the peer (the link is gone). */
  void deactivate() {
    active.set(false);
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
    return active.get();
  }

  @Override
  public long delivered() {
    return delivered.get();
  }

  @Override
  public void close() {
    if (active.compareAndSet(true, false)) {
      device.unsubscribe(this);
    }
  }
}
