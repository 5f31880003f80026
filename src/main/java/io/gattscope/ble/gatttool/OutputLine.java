package io.gattscope.ble.gatttool;

import java.util.UUID;

/**
 * One line of gatttool's interactive output, recognised (formats from BlueZ attrib/interactive.c).
 */
sealed interface OutputLine {

  /** {@code Attempting to connect to AA:BB:CC:DD:EE:FF}. */
  record Attempting(String address) implements OutputLine {}

  /** {@code Connection successful}. */
  record Connected() implements OutputLine {}

  /** {@code attr handle: 0x0001, end grp handle: 0x0007 uuid: ...} from {@code primary}. */
  record Service(int startHandle, int endHandle, UUID uuid) implements OutputLine {}

  /** {@code handle: 0x0002, char properties: 0x12, char value handle: 0x0003, uuid: ...}. */
  record Characteristic(int declarationHandle, int properties, int valueHandle, UUID uuid)
      implements OutputLine {}

  /** {@code handle: 0x0004, uuid: ...} from {@code char-desc} (every attribute in the range). */
  record Attribute(int handle, UUID uuid) implements OutputLine {}

  /** {@code Characteristic value/descriptor: 01 02} from {@code char-read-hnd}. */
  record Value(byte[] value) implements OutputLine {}

  /** {@code handle: 0x0003 \t value: 01 02} from {@code char-read-uuid}. */
  record HandleValue(int handle, byte[] value) implements OutputLine {}

  /** {@code Characteristic value was written successfully}. */
  record Written() implements OutputLine {}

  /** {@code MTU was exchanged successfully: 100}. */
  record Mtu(int mtu) implements OutputLine {}

  /** {@code sec-level: low} (the answer to a bare {@code sec-level}). */
  record SecLevel(String level) implements OutputLine {}

  /** {@code Notification handle = 0x000e value: 01 02} or the {@code Indication} form. */
  record Notification(int handle, byte[] value, boolean indication) implements OutputLine {}

  /** {@code Error: ...} ({@code commandFailed} false) or {@code Command Failed: ...} (true). */
  record Failure(String text, boolean commandFailed) implements OutputLine {}

  /** A GLib warning or I/O error line meaning the link or the tool broke. */
  record LinkLost(String text) implements OutputLine {}

  /** The echo of a command we typed (readline echoes input that is not a terminal). */
  record Echo(String text) implements OutputLine {}

  /** Anything else (usage texts, help); logged, never matched. */
  record Other(String text) implements OutputLine {}
}
