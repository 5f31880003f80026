package io.gattscope.ble.bgapi.codec;

/** The three kinds of BGAPI message: host commands, their responses, and unsolicited events. */
public enum MessageKind {
  /** Host to device; type bit 0. */
  COMMAND,
  /** Device to host answer to a command, same class and id; type bit 0. */
  RESPONSE,
  /** Device to host, unsolicited; type bit 1. */
  EVENT
}
