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
}
