package io.gattscope.ble;

/** Whether a write waits for the peer's response (request) or not (command). */
public enum WriteType {
  /** A write request: the peer answers, and an ATT error fails the write. */
  REQUEST,
  /** A write command (write without response): nothing comes back, errors go unnoticed. */
  COMMAND
}
