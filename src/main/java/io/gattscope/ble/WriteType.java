package io.gattscope.ble;

/** Whether a write waits for the peer's response (request) or not (command). */
public enum WriteType {
  REQUEST,
  COMMAND
}
