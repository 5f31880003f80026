package io.gattscope.ble;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscription that outlives its link: the same object and listener are bound to a new backend
 * subscription after each reconnect or Service Changed, following a moved characteristic.
 */
final class SupervisedSubscription implements Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(SupervisedSubscription.class);

  private final SupervisedDevice device;
  private final SubscriptionType type;
  private final NotificationListener listener;
  private final CharacteristicRef ref;
  private final AtomicBoolean active = new AtomicBoolean(true);
  private final AtomicLong delivered = new AtomicLong();
  private volatile GattCharacteristic characteristic;
  private volatile Subscription inner;

  SupervisedSubscription(
      SupervisedDevice device,
      GattCharacteristic characteristic,
      CharacteristicRef ref,
      SubscriptionType type,
      NotificationListener listener) {
    this.device = device;
    this.characteristic = characteristic;
    this.ref = ref;
    this.type = type;
    this.listener = listener;
  }

  /** How to find the characteristic again in a changed table. */
  CharacteristicRef ref() {
    return ref;
  }

  /** Hands one value from the current backend subscription to the listener. */
  void deliver(int handle, byte[] value, long timestampNanos) {
    if (!active.get()) {
      return;
    }
    delivered.incrementAndGet();
    try {
      listener.onNotification(handle, value, timestampNanos);
    } catch (RuntimeException e) {
      LOG.warn("notification listener of handle 0x{} failed", Integer.toHexString(handle), e);
    }
  }

  /** Binds to a new backend subscription (after a reconnect or a move). */
  void bind(Subscription backendSubscription, GattCharacteristic c) {
    characteristic = c;
    inner = backendSubscription;
    if (!active.get()) {
      backendSubscription.close();
    }
  }

  /** Drops the backend subscription without telling the peer (link gone, or handle moved). */
  void detach() {
    Subscription i = inner;
    inner = null;
    if (i instanceof BaseSubscription b) {
      b.deactivate();
    }
  }

  /**
   * Marks it ended because the backend stops; the backend subscription stays bound for its clean-up
   * CCCD write.
   */
  void endedByStop() {
    active.set(false);
  }

  /** Ends it without a CCCD write (the link is going down or its characteristic is gone). */
  void end() {
    active.set(false);
    detach();
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
    if (!active.compareAndSet(true, false)) {
      return;
    }
    Subscription i = inner;
    inner = null;
    device.forget(this);
    if (i != null) {
      i.close();
    }
  }

  @Override
  public String toString() {
    return "Subscription[" + ref + ", " + type + (isActive() ? "" : ", closed") + "]";
  }
}
