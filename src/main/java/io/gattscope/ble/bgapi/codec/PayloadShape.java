package io.gattscope.ble.bgapi.codec;

/**
 * The length rule of a message's payload: a fixed part, optionally followed by one uint8array.
 *
 * @param fixedLength bytes before the uint8array length byte, or the whole payload if none (0 to
 *     2047)
 * @param endsWithArray whether a uint8array (length byte + 0..255 bytes) follows the fixed part
 */
public record PayloadShape(int fixedLength, boolean endsWithArray) {

  /**
   * Rejects negative or oversized lengths.
   *
   * @param fixedLength bytes before the uint8array length byte, or the whole payload if none (0 to
   *     2047)
   * @param endsWithArray whether a uint8array (length byte + 0..255 bytes) follows the fixed part
   * @throws IllegalArgumentException if the fixed length is negative or over 2047
   */
  public PayloadShape {
    if (fixedLength < 0 || fixedLength > BgapiCodec.MAX_PAYLOAD) {
      throw new IllegalArgumentException("fixed length must be 0..2047, got " + fixedLength);
    }
  }

  /**
   * The shortest valid payload.
   *
   * @return the fixed length, plus one length byte if an array follows
   */
  public int minLength() {
    return endsWithArray ? fixedLength + 1 : fixedLength;
  }

  /**
   * The longest valid payload.
   *
   * @return the fixed length, plus 256 if an array follows (its length byte and up to 255 bytes)
   */
  public int maxLength() {
    return endsWithArray ? fixedLength + 1 + 0xFF : fixedLength;
  }

  /**
   * Whether a payload of {@code length} bytes can be this message.
   *
   * @param length a payload length in bytes
   * @return true if the length lies between minLength() and maxLength()
   */
  public boolean accepts(int length) {
    return length >= minLength() && length <= maxLength();
  }
}
