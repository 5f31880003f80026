package io.gattscope.gatt.format;

import java.util.Optional;

/** The GATT format types used in the Characteristic Presentation Format descriptor (0x2904). */
public enum GattFormatType {
  /** Boolean, one byte; only bit 0 counts. */
  BOOLEAN(0x01, "boolean", 1),
  /** Unsigned 2-bit integer in one byte. */
  UINT2(0x02, "2bit", 1),
  /** Unsigned 4-bit integer in one byte. */
  NIBBLE(0x03, "nibble", 1),
  /** Unsigned 8-bit integer. */
  UINT8(0x04, "uint8", 1),
  /** Unsigned 12-bit integer in two bytes. */
  UINT12(0x05, "uint12", 2),
  /** Unsigned 16-bit integer. */
  UINT16(0x06, "uint16", 2),
  /** Unsigned 24-bit integer. */
  UINT24(0x07, "uint24", 3),
  /** Unsigned 32-bit integer. */
  UINT32(0x08, "uint32", 4),
  /** Unsigned 48-bit integer. */
  UINT48(0x09, "uint48", 6),
  /** Unsigned 64-bit integer. */
  UINT64(0x0A, "uint64", 8),
  /** Unsigned 128-bit integer. */
  UINT128(0x0B, "uint128", 16),
  /** Signed 8-bit integer. */
  SINT8(0x0C, "sint8", 1),
  /** Signed 12-bit integer in two bytes. */
  SINT12(0x0D, "sint12", 2),
  /** Signed 16-bit integer. */
  SINT16(0x0E, "sint16", 2),
  /** Signed 24-bit integer. */
  SINT24(0x0F, "sint24", 3),
  /** Signed 32-bit integer. */
  SINT32(0x10, "sint32", 4),
  /** Signed 48-bit integer. */
  SINT48(0x11, "sint48", 6),
  /** Signed 64-bit integer. */
  SINT64(0x12, "sint64", 8),
  /** Signed 128-bit integer. */
  SINT128(0x13, "sint128", 16),
  /** IEEE 754 single-precision float. */
  FLOAT32(0x14, "float32", 4),
  /** IEEE 754 double-precision float. */
  FLOAT64(0x15, "float64", 8),
  /** IEEE 11073 16-bit SFLOAT. */
  SFLOAT(0x16, "SFLOAT", 2),
  /** IEEE 11073 32-bit FLOAT. */
  FLOAT(0x17, "FLOAT", 4),
  /** Two unsigned 16-bit integers. */
  DUINT16(0x18, "duint16", 4),
  /** UTF-8 string of any length. */
  UTF8S(0x19, "utf8s", 0),
  /** UTF-16 string of any length, little-endian. */
  UTF16S(0x1A, "utf16s", 0),
  /** Opaque structure, shown as hex. */
  STRUCT(0x1B, "struct", 0);

  private final int code;
  private final String label;
  private final int size;

  GattFormatType(int code, String label, int size) {
    this.code = code;
    this.label = label;
    this.size = size;
  }

  /**
   * The format code in the descriptor (0x01 to 0x1B).
   *
   * @return the code, 0x01 to 0x1B
   */
  public int code() {
    return code;
  }

  /**
   * The specification's short name, e.g. {@code "sint16"}.
   *
   * @return the name as the specification's format table writes it
   */
  public String label() {
    return label;
  }

  /**
   * Bytes the value takes on the wire, or 0 for variable-length formats.
   *
   * @return 1 to 16, or 0 for {@code utf8s}, {@code utf16s} and {@code struct}
   */
  public int size() {
    return size;
  }

  /**
   * True for the integer types, the only ones the exponent applies to.
   *
   * @return {@code true} for {@code 2bit}, {@code nibble} and the {@code uint} and {@code sint}
   *     types
   */
  public boolean isInteger() {
    return label.startsWith("uint") || label.startsWith("sint") || this == UINT2 || this == NIBBLE;
  }

  /**
   * True for signed integer types.
   *
   * @return {@code true} for the {@code sint} types
   */
  public boolean isSigned() {
    return label.startsWith("sint");
  }

  /**
   * Significant bits of an integer type (2 for 2bit, 4 for nibble, 12 for uint12, …).
   *
   * @return the number of value bits; for non-integer types, {@link #size()} × 8
   */
  public int bits() {
    return switch (this) {
      case UINT2 -> 2;
      case NIBBLE -> 4;
      case UINT12, SINT12 -> 12;
      default -> size * 8;
    };
  }

  /**
   * The type with a descriptor format code.
   *
   * @param code the format byte from the descriptor
   * @return the type, or empty for a reserved code
   */
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
