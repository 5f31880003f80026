package io.gattscope.ble;

/** Hears about a connection's life; called on the connection's event thread, in order. */
public interface ConnectionListener {
  /** The link is up. */
  default void onConnected(BleDevice device) {}

  /** The link went down, asked for or not. */
  default void onDisconnected(BleDevice device, DisconnectReason reason) {}

  /** The link's parameters changed. */
  default void onParametersChanged(BleDevice device, ConnectionParameters parameters) {}

  /** The link became encrypted (after pairing or with a stored bond). */
  default void onEncrypted(BleDevice device, boolean bonded) {}

  /**
   * The link went down without the application asking (out of range, peer reset, dongle reboot);
   * follows {@link #onDisconnected}. The device object stays usable: calls fail at once with {@link
   * NotConnectedException} until it is reconnected.
   */
  default void onLinkLost(BleDevice device, DisconnectReason reason) {}

  /** Reconnection attempt {@code attempt} (from 1) starts. */
  default void onReconnecting(BleDevice device, int attempt) {}

  /** The link is back, the GATT tree restored and every subscription enabled again. */
  default void onReconnected(BleDevice device) {}

  /** Reconnection stopped after its last attempt failed with {@code lastFailure}. */
  default void onGaveUp(BleDevice device, Throwable lastFailure) {}

  /**
   * The peer's GATT table changed (Service Changed, or a different table after a reconnect): the
   * device's {@code services()} is now {@code database}, and subscriptions follow their moved
   * characteristics.
   */
  default void onServicesChanged(BleDevice device, GattDatabase database) {}
}
