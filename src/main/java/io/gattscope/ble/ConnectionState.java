package io.gattscope.ble;

/** The life of a connection. */
public enum ConnectionState {
  CONNECTING,
  CONNECTED,
  DISCONNECTING,
  DISCONNECTED
}
