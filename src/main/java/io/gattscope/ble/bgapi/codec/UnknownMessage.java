package io.gattscope.ble.bgapi.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A message whose key is not registered; kept with its raw payload so nothing is lost.
 *
 * @param key the key from the frame header
 * @param payload the raw payload bytes (0 to 2047); not copied, do not modify
 */
public record UnknownMessage(MessageKey key, byte[] payload) implements BgapiMessage {

  /** Rejects a missing key or payload. */
  public UnknownMessage {
    if (key == null || payload == null) {
      throw new IllegalArgumentException("unknown message needs a key and a payload");
    }
  }

  @Override
  public void writePayload(PayloadWriter w) {
    w.raw(payload, 0, payload.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownMessage u && key.equals(u.key) && Arrays.equals(payload, u.payload);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "UnknownMessage[" + key + ", payload=" + HexFormat.of().formatHex(payload) + "]";
  }
}
