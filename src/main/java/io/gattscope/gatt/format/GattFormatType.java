package io.gattscope.gatt.format;

import java.util.Optional;

/** The GATT format types used in the Characteristic Presentation Format descriptor (0x2904). */
public enum GattFormatType {
  BOOLEAN(0x01, "boolean", 1),
  UINT2(0x02, "2bit", 1),
  NIBBLE(0x03, "nibble", 1),
  UINT8(0x04, "uint8", 1),
  UINT12(0x05, "uint12", 2),
  UINT16(0x06, "uint16", 2),
  UINT24(0x07, "uint24", 3),
  UINT32(0x08, "uint32", 4),
  UINT48(0x09, "uint48", 6),
  UINT64(0x0A, "uint64", 8),
  UINT128(0x0B, "uint128", 16),
  SINT8(0x0C, "sint8", 1),
  SINT12(0x0D, "sint12", 2),
  SINT16(0x0E, "sint16", 2),
  SINT24(0x0F, "sint24", 3),
  SINT32(0x10, "sint32", 4),
  SINT48(0x11, "sint48", 6),
  SINT64(0x12, "sint64", 8),
  SINT128(0x13, "sint128", 16),
  FLOAT32(0x14, "float32", 4),
  FLOAT64(0x15, "float64", 8),
  SFLOAT(0x16, "SFLOAT", 2),
  FLOAT(0x17, "FLOAT", 4),
  DUINT16(0x18, "duint16", 4),
  UTF8S(0x19, "utf8s", 0),
  UTF16S(0x1A, "utf16s", 0),
  STRUCT(0x1B, "struct", 0);

  private final int code;
  private final String label;
  private final int size;

  GattFormatType(int code, String label, int size) {
    this.code = code;
    this.label = label;
    this.size = size;
  }

  /** The format code in the descriptor (0x01 to 0x1B). */
  public int code() {
    return code;
  }

  /** The specification's short name, e.g. {@code "sint16"}. */
  public String label() {
    return label;
  }

  /** Bytes the value takes on the wire, or 0 for variable-length formats. */
  public int size() {
    return size;
  }

  /** True for the integer types, the only ones the exponent applies to. */
  public boolean isInteger() {
    return label.startsWith("uint") || label.startsWith("sint") || this == UINT2 || this == NIBBLE;
  }

  /** True for signed integer types. */
  public boolean isSigned() {
    return label.startsWith("sint");
  }

  /** Significant bits of an integer type (2 for 2bit, 4 for nibble, 12 for uint12, …). */
  public int bits() {
    return switch (this) {
      case UINT2 -> 2;
      case NIBBLE -> 4;
      case UINT12, SINT12 -> 12;
      default -> size * 8;
    };
  }

  /** The type with a descriptor format code. */
  public static Optional<GattFormatType> fromCode(int code) {
    for (GattFormatType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
