package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * A marker for bytes that could not be parsed; parsing keeps what came before it.
 *
 * @param offset index in the advertising data where the problem starts (0 to 254)
 * @param type the AD type whose data was bad, or -1 when the length byte itself was wrong
 * @param reason what is wrong
 * @param data the bytes that were not decoded
 */
public record Malformed(int offset, int type, String reason, byte[] data) implements AdStructure {
  @Override
  public String summary() {
    String what = type >= 0 ? AdType.name(type) + " malformed" : "Malformed";
    return what
        + " at offset "
        + offset
        + ": "
        + reason
        + (data.length == 0 ? "" : " [" + Hex.format(data) + "]");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Malformed m
        && m.offset == offset
        && m.type == type
        && m.reason.equals(reason)
        && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, type, reason, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "Malformed[" + summary() + "]";
  }
}
