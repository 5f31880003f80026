package io.gattscope.ble.bgapi.codec;

/**
 * Encodes messages as BGAPI frames: a 4-byte header (type bit 7, technology bits 6..3 = 0, 11-bit
 * payload length, class id, message id) followed by the payload.
 */
public final class BgapiCodec {
  /** Bytes in a frame header. */
  public static final int HEADER_LENGTH = 4;

  /** The largest payload an 11-bit length can describe. */
  public static final int MAX_PAYLOAD = 0x7FF;

  private BgapiCodec() {}

  /**
   * The complete frame of {@code m}.
   *
   * @param m the message to encode
   * @return the 4-byte header followed by the payload
   * @throws IllegalArgumentException if the message is missing, its payload exceeds 2047 bytes or a
   *     field is out of range
   */
  public static byte[] encode(BgapiMessage m) {
    var w = new PayloadWriter(HEADER_LENGTH + 32);
    encodeInto(m, w);
    return w.toByteArray();
  }

  /**
   * Appends the complete frame of {@code m} to {@code out} without intermediate copies; on failure
   * {@code out} is left as it was.
   *
   * @param m the message to encode
   * @param out the writer the frame is appended to
   * @throws IllegalArgumentException if the message is missing, its payload exceeds 2047 bytes or a
   *     field is out of range
   */
  public static void encodeInto(BgapiMessage m, PayloadWriter out) {
    if (m == null) {
      throw new IllegalArgumentException("no message to encode");
    }
    MessageKey key = m.key();
    int headerAt = out.size();
    out.ensure(HEADER_LENGTH);
    out.raw(EMPTY_HEADER, 0, HEADER_LENGTH);
    try {
      m.writePayload(out);
    } catch (RuntimeException e) {
      out.truncate(headerAt);
      throw e;
    }
    int len = out.size() - headerAt - HEADER_LENGTH;
    if (len > MAX_PAYLOAD) {
      out.truncate(headerAt);
      throw new IllegalArgumentException(
          key + " payload is " + len + " bytes; a BGAPI frame holds at most " + MAX_PAYLOAD);
    }
    out.setByte(headerAt, headerByte0(key.kind(), len));
    out.setByte(headerAt + 1, len & 0xFF);
    out.setByte(headerAt + 2, key.classId());
    out.setByte(headerAt + 3, key.messageId());
  }

  /**
   * The first header byte: bit 7 set for events, length bits 10..8 in bits 2..0.
   *
   * @param kind the message kind; only events set bit 7
   * @param payloadLength the payload length in bytes (0 to 2047)
   * @return the header byte, 0 to 0x87
   */
  public static int headerByte0(MessageKind kind, int payloadLength) {
    return (kind == MessageKind.EVENT ? 0x80 : 0) | ((payloadLength >> 8) & 0x07);
  }

  private static final byte[] EMPTY_HEADER = new byte[HEADER_LENGTH];
}
