package io.gattscope.ble.bgapi.codec;

/**
 * A message whose key is not registered; kept with its raw payload so nothing is lost.
 *
 * @param key the key from the frame header
 * @param payload the raw payload bytes (0 to 2047)
 */
public record UnknownMessage(MessageKey key, ByteString payload) implements BgapiMessage {

  /**
   * Rejects a missing key or payload.
   *
   * @param key the key from the frame header
   * @param payload the raw payload bytes (0 to 2047)
   * @throws IllegalArgumentException if the key or the payload is missing
   */
  public UnknownMessage {
    if (key == null || payload == null) {
      throw new IllegalArgumentException("unknown message needs a key and a payload");
    }
  }

  /**
   * Creates the message from a payload array, which is copied.
   *
   * @param key the key from the frame header
   * @param payload the raw payload bytes (0 to 2047); the array is copied
   * @throws IllegalArgumentException if the key or the payload is missing
   */
  public UnknownMessage(MessageKey key, byte[] payload) {
    this(key, payload == null ? null : ByteString.of(payload));
  }

  @Override
  public void writePayload(PayloadWriter w) {
    byte[] raw = payload.toArray();
    w.raw(raw, 0, raw.length);
  }

  @Override
  public String toString() {
    return "UnknownMessage[" + key + ", payload=" + payload + "]";
  }
}
