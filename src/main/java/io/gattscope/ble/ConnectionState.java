package io.gattscope.ble;

/** The life of a connection. */
public enum ConnectionState {
  /** A connection is being made (first connect or reconnect); GATT calls wait or fail. */
  CONNECTING,
  /** The link is up; GATT calls run. */
  CONNECTED,
  /** A disconnection was asked for and the link is not down yet. */
  DISCONNECTING,
  /** The link is down; GATT calls fail with {@link NotConnectedException}. */
  DISCONNECTED
}
