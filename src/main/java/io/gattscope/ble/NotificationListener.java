package io.gattscope.ble;

/** Receives the values of a subscribed characteristic, in arrival order, off the I/O thread. */
@FunctionalInterface
public interface NotificationListener {
  /**
   * Called once per notification or indication.
   *
   * @param valueHandle the characteristic's value handle
   * @param value the value (owned by the listener)
   * @param timestampNanos {@link System#nanoTime()} when the host received it
   */
  void onNotification(int valueHandle, byte[] value, long timestampNanos);
}
