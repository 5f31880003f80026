package io.gattscope.ble.bgapi.codec;

import java.util.Optional;
import java.util.Set;

/**
 * Every BGAPI message GattScope knows, by key: decodes payloads and tells the frame parser which
 * headers and lengths are plausible. A key registered twice fails class initialisation.
 */
public final class MessageRegistry {
  private static final MessageTable TABLE = new MessageTable();

  static {
    SystemMessages.register(TABLE);
    ConnectionMessages.register(TABLE);
    AttclientMessages.register(TABLE);
    SmMessages.register(TABLE);
    GapMessages.register(TABLE);
  }

  private MessageRegistry() {}

  /**
   * Decodes a payload.
   *
   * @param kind command, response or event, from header bit 7 and the parser's side
   * @param classId the class byte (0 to 255)
   * @param messageId the command or event id byte (0 to 255)
   * @param payload the payload bytes after the 4-byte header
   * @return the message record, or an {@link UnknownMessage} when the key is not registered
   * @throws MalformedMessageException when the key is known but the payload does not fit it
   * @throws IllegalArgumentException if the kind or the payload is missing
   */
  public static BgapiMessage decode(MessageKind kind, int classId, int messageId, byte[] payload) {
    if (kind == null) {
      throw new IllegalArgumentException("message kind is missing");
    }
    MessageTable.Entry e = TABLE.get(kind, classId, messageId);
    if (e == null) {
      return decode(new MessageKey(kind, classId, messageId), payload);
    }
    return decode(e, payload);
  }

  /**
   * Decodes a payload; see {@link #decode(MessageKind, int, int, byte[])}.
   *
   * @param key the kind, class and id from the frame header
   * @param payload the payload bytes after the 4-byte header
   * @return the message record, or an {@link UnknownMessage} when the key is not registered
   * @throws MalformedMessageException when the key is known but the payload does not fit it
   * @throws IllegalArgumentException if the payload is missing
   */
  public static BgapiMessage decode(MessageKey key, byte[] payload) {
    if (payload == null) {
      throw new IllegalArgumentException("payload of " + key + " is missing");
    }
    MessageTable.Entry e = TABLE.get(key);
    return e == null ? new UnknownMessage(key, payload) : decode(e, payload);
  }

  private static BgapiMessage decode(MessageTable.Entry e, byte[] payload) {
    if (payload == null) {
      throw new IllegalArgumentException("payload of " + e.name() + " is missing");
    }
    var r = new PayloadReader(payload);
    BgapiMessage m;
    try {
      m = e.decoder().decode(e.key(), r);
    } catch (MalformedMessageException ex) {
      throw new MalformedMessageException(
          e.name()
              + " "
              + e.key()
              + " with "
              + payload.length
              + "-byte payload: "
              + ex.getMessage(),
          ex);
    }
    if (r.remaining() != 0) {
      // the name is built only for the error: every decoded frame passes here
      r.expectEnd(e.name() + " " + e.key());
    }
    return m;
  }

  /**
   * Whether the key is registered.
   *
   * @param key the key to look up
   * @return true if a message record is registered for it
   */
  public static boolean isKnown(MessageKey key) {
    return TABLE.get(key) != null;
  }

  /**
   * Whether the key is registered (allocation-free).
   *
   * @param kind command, response or event, from header bit 7 and the parser's side
   * @param classId the class byte (0 to 255)
   * @param messageId the command or event id byte (0 to 255)
   * @return true if a message record is registered for that key
   */
  public static boolean isKnown(MessageKind kind, int classId, int messageId) {
    return TABLE.packedShape(kind, classId, messageId) != 0;
  }

  /** Packed shape for the frame parser: 0 when unknown, else fixed length * 2 + array + 1. */
  static int packedShape(MessageKind kind, int classId, int messageId) {
    return TABLE.packedShape(kind, classId, messageId);
  }

  /**
   * The payload length rule of a registered message, or empty if the key is unknown.
   *
   * @param key the key to look up
   * @return the length rule, or empty if the key is unknown
   */
  public static Optional<PayloadShape> shape(MessageKey key) {
    MessageTable.Entry e = TABLE.get(key);
    return e == null ? Optional.empty() : Optional.of(e.shape());
  }

  /**
   * The fixed part of the payload in bytes (allocation-free, for the frame parser).
   *
   * @param kind command, response or event, from header bit 7 and the parser's side
   * @param classId the class byte (0 to 255)
   * @param messageId the command or event id byte (0 to 255)
   * @return 0 to 2047, or -1 when the key is unknown
   */
  public static int fixedLength(MessageKind kind, int classId, int messageId) {
    int p = TABLE.packedShape(kind, classId, messageId);
    return p == 0 ? -1 : (p - 1) >> 1;
  }

  /**
   * Whether the payload ends with a uint8array; false for unknown keys.
   *
   * @param kind command, response or event, from header bit 7 and the parser's side
   * @param classId the class byte (0 to 255)
   * @param messageId the command or event id byte (0 to 255)
   * @return true if the payload ends with a uint8array; false for unknown keys
   */
  public static boolean endsWithArray(MessageKind kind, int classId, int messageId) {
    int p = TABLE.packedShape(kind, classId, messageId);
    return p != 0 && ((p - 1) & 1) == 1;
  }

  /**
   * The BGAPI name (such as {@code attclient_read_by_handle}), or empty if unknown.
   *
   * @param key the key to look up
   * @return the BGAPI name of the command, response or event, or empty if the key is unknown
   */
  public static Optional<String> name(MessageKey key) {
    MessageTable.Entry e = TABLE.get(key);
    return e == null ? Optional.empty() : Optional.of(e.name());
  }

  /**
   * All registered keys, in registration order.
   *
   * @return an unmodifiable view of the registered keys
   */
  public static Set<MessageKey> keys() {
    return TABLE.entries().keySet();
  }
}
