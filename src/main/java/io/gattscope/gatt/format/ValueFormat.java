package io.gattscope.gatt.format;

import java.util.Locale;

/**
 * The ways a characteristic value can be shown and typed: hex, text, fixed-width numbers in either
 * byte order, IEEE 754 and IEEE 11073 floats, boolean and bit fields.
 *
 * <p>{@link #format(byte[])} and {@link #parse(String)} are inverses: numeric formats show several
 * values separated by {@code ", "} when the bytes hold more than one.
 */
public enum ValueFormat {
  /** Hex bytes separated by spaces, e.g. {@code "0A 1B"}. */
  HEX("hex", Kind.HEX, 0, false, false),
  /** UTF-8 text; invalid bytes show as {@code \xNN}. */
  UTF8("UTF-8", Kind.UTF8, 0, false, false),
  /** Printable ASCII text; other bytes show as {@code \xNN}. */
  ASCII("ASCII", Kind.ASCII, 0, false, false),
  /** Unsigned 8-bit integers. */
  UINT8("uint8", Kind.INTEGER, 1, false, false),
  /** Signed 8-bit integers. */
  SINT8("sint8", Kind.INTEGER, 1, true, false),
  /** Unsigned 16-bit integers, little-endian. */
  UINT16_LE("uint16 LE", Kind.INTEGER, 2, false, false),
  /** Unsigned 16-bit integers, big-endian. */
  UINT16_BE("uint16 BE", Kind.INTEGER, 2, false, true),
  /** Signed 16-bit integers, little-endian. */
  SINT16_LE("sint16 LE", Kind.INTEGER, 2, true, false),
  /** Signed 16-bit integers, big-endian. */
  SINT16_BE("sint16 BE", Kind.INTEGER, 2, true, true),
  /** Unsigned 24-bit integers, little-endian. */
  UINT24_LE("uint24 LE", Kind.INTEGER, 3, false, false),
  /** Unsigned 24-bit integers, big-endian. */
  UINT24_BE("uint24 BE", Kind.INTEGER, 3, false, true),
  /** Signed 24-bit integers, little-endian. */
  SINT24_LE("sint24 LE", Kind.INTEGER, 3, true, false),
  /** Signed 24-bit integers, big-endian. */
  SINT24_BE("sint24 BE", Kind.INTEGER, 3, true, true),
  /** Unsigned 32-bit integers, little-endian. */
  UINT32_LE("uint32 LE", Kind.INTEGER, 4, false, false),
  /** Unsigned 32-bit integers, big-endian. */
  UINT32_BE("uint32 BE", Kind.INTEGER, 4, false, true),
  /** Signed 32-bit integers, little-endian. */
  SINT32_LE("sint32 LE", Kind.INTEGER, 4, true, false),
  /** Signed 32-bit integers, big-endian. */
  SINT32_BE("sint32 BE", Kind.INTEGER, 4, true, true),
  /** Unsigned 64-bit integers, little-endian. */
  UINT64_LE("uint64 LE", Kind.INTEGER, 8, false, false),
  /** Unsigned 64-bit integers, big-endian. */
  UINT64_BE("uint64 BE", Kind.INTEGER, 8, false, true),
  /** Signed 64-bit integers, little-endian. */
  SINT64_LE("sint64 LE", Kind.INTEGER, 8, true, false),
  /** Signed 64-bit integers, big-endian. */
  SINT64_BE("sint64 BE", Kind.INTEGER, 8, true, true),
  /** IEEE 754 single-precision floats, little-endian. */
  FLOAT32_LE("float32 LE", Kind.IEEE754, 4, true, false),
  /** IEEE 754 single-precision floats, big-endian. */
  FLOAT32_BE("float32 BE", Kind.IEEE754, 4, true, true),
  /** IEEE 754 double-precision floats, little-endian. */
  FLOAT64_LE("float64 LE", Kind.IEEE754, 8, true, false),
  /** IEEE 754 double-precision floats, big-endian. */
  FLOAT64_BE("float64 BE", Kind.IEEE754, 8, true, true),
  /** IEEE 11073 16-bit SFLOAT, little endian. */
  SFLOAT("SFLOAT", Kind.SFLOAT, 2, false, false),
  /** IEEE 11073 32-bit FLOAT, little endian. */
  FLOAT("FLOAT (11073)", Kind.FLOAT11073, 4, false, false),
  /** One byte, 0 for {@code false} or 1 for {@code true}. */
  BOOLEAN("boolean", Kind.BOOLEAN, 1, false, false),
  /** The set bits by number, or binary groups one per byte. */
  BITS("bit field", Kind.BITS, 0, false, false);

  /** How a format is encoded. */
  enum Kind {
    HEX,
    UTF8,
    ASCII,
    INTEGER,
    IEEE754,
    SFLOAT,
    FLOAT11073,
    BOOLEAN,
    BITS
  }

  private final String label;
  private final Kind kind;
  private final int width;
  private final boolean signed;
  private final boolean bigEndian;

  ValueFormat(String label, Kind kind, int width, boolean signed, boolean bigEndian) {
    this.label = label;
    this.kind = kind;
    this.width = width;
    this.signed = signed;
    this.bigEndian = bigEndian;
  }

  /**
   * A short human label such as {@code "uint16 LE"}.
   *
   * @return the label, also accepted by {@link #fromName(String)}
   */
  public String label() {
    return label;
  }

  /**
   * Bytes per value (1 to 8), or 0 for variable-length formats (hex, text, bits).
   *
   * @return the width in bytes
   */
  public int width() {
    return width;
  }

  /**
   * True for formats that hold numbers (a list of fixed-width values).
   *
   * @return {@code true} for the integer and float formats
   */
  public boolean isNumeric() {
    return switch (kind) {
      case INTEGER, IEEE754, SFLOAT, FLOAT11073 -> true;
      default -> false;
    };
  }

  boolean signed() {
    return signed;
  }

  boolean bigEndian() {
    return bigEndian;
  }

  Kind kind() {
    return kind;
  }

  /**
   * The format with a name such as {@code "uint16-le"}, {@code "UINT16_LE"}, {@code "uint16 LE"} or
   * {@code "hex"} (case, spaces, dashes and underscores do not matter).
   *
   * @param name the enum name or label in any of the accepted spellings; {@code null} matches
   *     nothing
   * @return the matching format
   * @throws IllegalArgumentException listing the valid names when none matches
   */
  public static ValueFormat fromName(String name) {
    String key = normalize(name == null ? "" : name);
    for (ValueFormat f : values()) {
      if (normalize(f.name()).equals(key) || normalize(f.label).equals(key)) {
        return f;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (ValueFormat f : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(
        "unknown value format '" + name + "'; valid formats: " + valid);
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-()]", "");
  }

  /**
   * True when {@link #format(byte[])} will accept these bytes.
   *
   * @param bytes the bytes to check; not {@code null}
   * @return {@code true} if the length is a multiple of the width (and, for boolean, the one byte
   *     is 0 or 1)
   */
  public boolean canFormat(byte[] bytes) {
    if (kind == Kind.BOOLEAN) {
      return bytes.length == 1 && (bytes[0] & 0xFF) <= 1;
    }
    return width == 0 || bytes.length % width == 0;
  }

  /**
   * Shows bytes as text in this format.
   *
   * @param bytes the value as read; not {@code null}
   * @return the text; several numbers are joined with {@code ", "}
   * @throws ValueFormatException when the bytes do not fit (e.g. 3 bytes as uint16), saying which
   *     byte is left over
   */
  public String format(byte[] bytes) {
    return switch (kind) {
      case HEX -> Hex.format(bytes);
      case UTF8 -> TextCodec.formatUtf8(bytes);
      case ASCII -> TextCodec.formatAscii(bytes);
      case BITS -> BitsCodec.format(bytes);
      case BOOLEAN -> formatBoolean(bytes);
      default -> NumericCodec.format(this, bytes);
    };
  }

  /**
   * Turns text typed in this format into bytes.
   *
   * @param text the text as typed in this format
   * @return the bytes, ready to write
   * @throws ValueFormatException saying where and why the text is not valid
   */
  public byte[] parse(String text) {
    if (text == null) {
      throw new ValueFormatException("no text given", -1);
    }
    return switch (kind) {
      case HEX -> Hex.parse(text);
      case UTF8 -> TextCodec.parseUtf8(text);
      case ASCII -> TextCodec.parseAscii(text);
      case BITS -> BitsCodec.parse(text);
      case BOOLEAN -> parseBoolean(text);
      default -> NumericCodec.parse(this, text);
    };
  }

  private static String formatBoolean(byte[] bytes) {
    if (bytes.length != 1) {
      throw new ValueFormatException(
          "a boolean is 1 byte, got " + bytes.length, Math.min(1, bytes.length));
    }
    return switch (bytes[0]) {
      case 0 -> "false";
      case 1 -> "true";
      default ->
          throw new ValueFormatException(
              "byte 1: 0x" + Hex.compact(bytes) + " is not a boolean (0 or 1)", 0);
    };
  }

  private static byte[] parseBoolean(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "on", "yes" -> new byte[] {1};
      case "false", "0", "off", "no" -> new byte[] {0};
      default ->
          throw new ValueFormatException(
              "'" + text.trim() + "' is not a boolean (true/false, 1/0, on/off)", 0);
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
