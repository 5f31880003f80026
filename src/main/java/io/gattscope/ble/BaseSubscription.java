package io.gattscope.ble;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping every backend's subscription shares: the listener, whether it is still active,
 * and how many values it was given; backends say what closing does.
 */
public abstract class BaseSubscription implements Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(BaseSubscription.class);

  private final GattCharacteristic characteristic;
  private final SubscriptionType type;
  private final NotificationListener listener;
  private final AtomicBoolean active = new AtomicBoolean(true);
  private final AtomicLong delivered = new AtomicLong();

  /**
   * Creates an active subscription that has delivered nothing yet.
   *
   * @param characteristic the subscribed characteristic
   * @param type notifications or indications
   * @param listener receives every value while active
   */
  protected BaseSubscription(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener) {
    this.characteristic = characteristic;
    this.type = type;
    this.listener = listener;
  }

  /**
   * Hands one value to the listener while active; a listener that throws is logged. Called on the
   * backend's delivery thread; the listener runs in it.
   *
   * @param handle the value handle the peer sent
   * @param value the value, handed to the listener as it is (not copied)
   * @param timestampNanos {@link System#nanoTime()} when the host received it
   */
  public final void deliver(int handle, byte[] value, long timestampNanos) {
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

  /** Stops delivery without telling the peer (the link is gone). */
  public final void deactivate() {
    active.set(false);
  }

  @Override
  public final GattCharacteristic characteristic() {
    return characteristic;
  }

  @Override
  public final SubscriptionType type() {
    return type;
  }

  @Override
  public final boolean isActive() {
    return active.get();
  }

  @Override
  public final long delivered() {
    return delivered.get();
  }

  @Override
  public final void close() {
    if (active.compareAndSet(true, false)) {
      onClose();
    }
  }

  /** Runs once, on the first close: disable the CCCD if still connected; never throws. */
  protected abstract void onClose();
}
