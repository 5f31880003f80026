package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.util.Arrays;

/**
 * An AD structure kept as raw bytes: a type this parser does not decode, or unknown.
 *
 * @param type the AD type (0x00 to 0xFF)
 * @param data the structure's data after the type byte
 */
public record RawAdStructure(int type, byte[] data) implements AdStructure {
  @Override
  public String summary() {
    return AdType.name(type) + ": " + (data.length == 0 ? "(empty)" : Hex.format(data));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawAdStructure r && r.type == type && Arrays.equals(r.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * type + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "RawAdStructure[" + summary() + "]";
  }
}
