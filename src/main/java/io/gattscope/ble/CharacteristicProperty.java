package io.gattscope.ble;

import java.util.EnumSet;
import java.util.Set;

/** The property bits of a characteristic declaration (Core Vol 3 Part G 3.3.1.1). */
public enum CharacteristicProperty {
  /** The value may be broadcast in advertising data (0x01). */
  BROADCAST(0x01),
  /** The value may be read (0x02). */
  READ(0x02),
  /** The value may be written with a write command, without response (0x04). */
  WRITE_WITHOUT_RESPONSE(0x04),
  /** The value may be written with a write request, answered by the peer (0x08). */
  WRITE(0x08),
  /** The value may be notified, without confirmation (0x10). */
  NOTIFY(0x10),
  /** The value may be indicated, each indication confirmed (0x20). */
  INDICATE(0x20),
  /** The value may be written with a signed write command (0x40). */
  AUTHENTICATED_SIGNED_WRITES(0x40),
  /** More properties are in the Characteristic Extended Properties descriptor (0x80). */
  EXTENDED_PROPERTIES(0x80);

  private final int mask;

  CharacteristicProperty(int mask) {
    this.mask = mask;
  }

  /**
   * The bit in the properties byte.
   *
   * @return a single bit, 0x01 to 0x80
   */
  public int mask() {
    return mask;
  }

  /**
   * The set of properties present in a properties byte.
   *
   * @param bits the declaration's properties byte; bits above 0x80 are ignored
   * @return a new mutable set of the properties whose bit is set
   */
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
