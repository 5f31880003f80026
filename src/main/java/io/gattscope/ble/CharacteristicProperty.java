package io.gattscope.ble;

import java.util.EnumSet;
import java.util.Set;

/** The property bits of a characteristic declaration (Core Vol 3 Part G 3.3.1.1). */
public enum CharacteristicProperty {
  BROADCAST(0x01),
  READ(0x02),
  WRITE_WITHOUT_RESPONSE(0x04),
  WRITE(0x08),
  NOTIFY(0x10),
  INDICATE(0x20),
  AUTHENTICATED_SIGNED_WRITES(0x40),
  EXTENDED_PROPERTIES(0x80);

  private final int mask;

  CharacteristicProperty(int mask) {
    this.mask = mask;
  }

  /** The bit in the properties byte. */
  public int mask() {
    return mask;
  }

  /** The set of properties present in a properties byte. */
  public static Set<CharacteristicProperty> fromBits(int bits) {
    EnumSet<CharacteristicProperty> set = EnumSet.noneOf(CharacteristicProperty.class);
    for (CharacteristicProperty p : values()) {
      if ((bits & p.mask) != 0) {
        set.add(p);
      }
    }
    return set;
  }
}
