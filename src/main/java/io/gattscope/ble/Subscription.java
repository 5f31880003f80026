package io.gattscope.ble;

/**
 * An active subscription; closing it disables the CCCD (when still connected) and stops delivery.
 */
public interface Subscription extends AutoCloseable {
  /**
   * The subscribed characteristic.
   *
   * @return the characteristic whose CCCD was written; after a reconnect that moved it, the one at
   *     its new handles
   */
  GattCharacteristic characteristic();

  /**
   * Notify or indicate.
   *
   * @return the kind written to the CCCD
   */
  SubscriptionType type();

  /**
   * True until closed.
   *
   * @return whether values are still delivered to the listener
   */
  boolean isActive();

  /**
   * How many values were delivered to the listener.
   *
   * @return the count since subscribing, 0 or more
   */
  long delivered();

  /** Unsubscribes; never throws for a connection that is already gone. */
  @Override
  void close();
}
