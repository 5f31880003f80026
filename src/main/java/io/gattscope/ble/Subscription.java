package io.gattscope.ble;

/**
 * An active subscription; closing it disables the CCCD (when still connected) and stops delivery.
 */
public interface Subscription extends AutoCloseable {
  /** The subscribed characteristic. */
  GattCharacteristic characteristic();

  /** Notify or indicate. */
  SubscriptionType type();

  /** True until closed. */
  boolean isActive();

  /** How many values were delivered to the listener. */
  long delivered();

  /** Unsubscribes; never throws for a connection that is already gone. */
  @Override
  void close();
}
