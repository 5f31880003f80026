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
  HEX("hex", Kind.HEX, 0, false, false),
  UTF8("UTF-8", Kind.UTF8, 0, false, false),
  ASCII("ASCII", Kind.ASCII, 0, false, false),
  UINT8("uint8", Kind.INTEGER, 1, false, false),
  SINT8("sint8", Kind.INTEGER, 1, true, false),
  UINT16_LE("uint16 LE", Kind.INTEGER, 2, false, false),
  UINT16_BE("uint16 BE", Kind.INTEGER, 2, false, true),
  SINT16_LE("sint16 LE", Kind.INTEGER, 2, true, false),
  SINT16_BE("sint16 BE", Kind.INTEGER, 2, true, true),
  UINT24_LE("uint24 LE", Kind.INTEGER, 3, false, false),
  UINT24_BE("uint24 BE", Kind.INTEGER, 3, false, true),
  SINT24_LE("sint24 LE", Kind.INTEGER, 3, true, false),
  SINT24_BE("sint24 BE", Kind.INTEGER, 3, true, true),
  UINT32_LE("uint32 LE", Kind.INTEGER, 4, false, false),
  UINT32_BE("uint32 BE", Kind.INTEGER, 4, false, true),
  SINT32_LE("sint32 LE", Kind.INTEGER, 4, true, false),
  SINT32_BE("sint32 BE", Kind.INTEGER, 4, true, true),
  UINT64_LE("uint64 LE", Kind.INTEGER, 8, false, false),
  UINT64_BE("uint64 BE", Kind.INTEGER, 8, false, true),
  SINT64_LE("sint64 LE", Kind.INTEGER, 8, true, false),
  SINT64_BE("sint64 BE", Kind.INTEGER, 8, true, true),
  FLOAT32_LE("float32 LE", Kind.IEEE754, 4, true, false),
  FLOAT32_BE("float32 BE", Kind.IEEE754, 4, true, true),
  FLOAT64_LE("float64 LE", Kind.IEEE754, 8, true, false),
  FLOAT64_BE("float64 BE", Kind.IEEE754, 8, true, true),
  /** IEEE 11073 16-bit SFLOAT, little endian. */
  SFLOAT("SFLOAT", Kind.SFLOAT, 2, false, false),
  /** IEEE 11073 32-bit FLOAT, little endian. */
  FLOAT("FLOAT (11073)", Kind.FLOAT11073, 4, false, false),
  BOOLEAN("boolean", Kind.BOOLEAN, 1, false, false),
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

  /** A short human label such as {@code "uint16 LE"}. */
  public String label() {
    return label;
  }

  /** Bytes per value (1 to 8), or 0 for variable-length formats (hex, text, bits). */
  public int width() {
    return width;
  }

  /** True for formats that hold numbers (a list of fixed-width values). */
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

  /** True when {@link #format(byte[])} will accept these bytes. */
  public boolean canFormat(byte[] bytes) {
    if (kind == Kind.BOOLEAN) {
      return bytes.length == 1 && (bytes[0] & 0xFF) <= 1;
    }
    return width == 0 || bytes.length % width == 0;
  }

  /**
   * Shows bytes as text in this format.
   *
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
