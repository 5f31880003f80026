package io.gattscope.ble.bgapi.codec;

import java.util.Locale;

/**
 * Identifies a BGAPI message on the wire.
 *
 * @param kind command, response or event
 * @param classId the class byte (0 to 255)
 * @param messageId the command or event id byte (0 to 255)
 */
public record MessageKey(MessageKind kind, int classId, int messageId) {

  /**
   * Rejects a missing kind and ids that do not fit a byte.
   *
   * @param kind command, response or event
   * @param classId the class byte (0 to 255)
   * @param messageId the command or event id byte (0 to 255)
   * @throws IllegalArgumentException if the kind is missing or an id does not fit a byte
   */
  public MessageKey {
    if (kind == null) {
      throw new IllegalArgumentException("message kind is missing");
    }
    if (classId < 0 || classId > 0xFF) {
      throw new IllegalArgumentException("class id must be 0..255, got " + classId);
    }
    if (messageId < 0 || messageId > 0xFF) {
      throw new IllegalArgumentException("message id must be 0..255, got " + messageId);
    }
  }

  /**
   * A command key.
   *
   * @param classId the class byte (0 to 255)
   * @param messageId the command id byte (0 to 255)
   * @return the key of that command
   * @throws IllegalArgumentException if an id does not fit a byte
   */
  public static MessageKey command(int classId, int messageId) {
    return new MessageKey(MessageKind.COMMAND, classId, messageId);
  }

  /**
   * A response key.
   *
   * @param classId the class byte (0 to 255)
   * @param messageId the command id byte (0 to 255)
   * @return the key of that response
   * @throws IllegalArgumentException if an id does not fit a byte
   */
  public static MessageKey response(int classId, int messageId) {
    return new MessageKey(MessageKind.RESPONSE, classId, messageId);
  }

  /**
   * An event key.
   *
   * @param classId the class byte (0 to 255)
   * @param messageId the event id byte (0 to 255)
   * @return the key of that event
   * @throws IllegalArgumentException if an id does not fit a byte
   */
  public static MessageKey event(int classId, int messageId) {
    return new MessageKey(MessageKind.EVENT, classId, messageId);
  }

  // equals and hashCode are written out: a record's generated ones are bootstrapped through method
  // handles on first use, which costs a command-line run tens of milliseconds (docs/benchmarks.md)
  @Override
  public boolean equals(Object o) {
    return o instanceof MessageKey k
        && k.kind == kind
        && k.classId == classId
        && k.messageId == messageId;
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() << 16) | (classId << 8) | messageId;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s(%d,%d)", kind.name().toLowerCase(Locale.ROOT), classId, messageId);
  }
}
