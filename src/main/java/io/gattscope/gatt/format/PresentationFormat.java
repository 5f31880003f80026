package io.gattscope.gatt.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Characteristic Presentation Format descriptor (0x2904): how to show and edit a value.
 *
 * @param formatCode the format byte (0x01 to 0x1B, see {@link GattFormatType})
 * @param exponent the signed power of ten applied to integer formats (-128 to 127)
 * @param unitUuid the 16-bit unit UUID (0x2700 to 0x27FF; 0x2700 is unitless)
 * @param namespace the description's namespace (0x01 is the Bluetooth SIG, 0 to 255)
 * @param description the 16-bit description within the namespace (0 to 65535)
 */
public record PresentationFormat(
    int formatCode, int exponent, int unitUuid, int namespace, int description) {

  /**
   * Reads the 7-byte descriptor value.
   *
   * @param value the descriptor value as read, exactly 7 bytes, multi-byte fields little-endian
   * @return the descriptor's fields
   * @throws ValueFormatException if {@code value} is {@code null} or not 7 bytes long
   */
  public static PresentationFormat parse(byte[] value) {
    if (value == null || value.length != 7) {
      throw new ValueFormatException(
          "a Presentation Format descriptor has 7 bytes, got "
              + (value == null ? "none" : value.length),
          value == null ? -1 : Math.min(value.length, 7));
    }
    return new PresentationFormat(
        value[0] & 0xFF,
        value[1],
        (value[2] & 0xFF) | (value[3] & 0xFF) << 8,
        value[4] & 0xFF,
        (value[5] & 0xFF) | (value[6] & 0xFF) << 8);
  }

  /**
   * Encodes the 7-byte descriptor value.
   *
   * @return 7 new bytes in the order {@link #parse(byte[])} reads them
   */
  public byte[] toBytes() {
    return new byte[] {
      (byte) formatCode,
      (byte) exponent,
      (byte) unitUuid,
      (byte) (unitUuid >> 8),
      (byte) namespace,
      (byte) description,
      (byte) (description >> 8)
    };
  }

  /**
   * The format type, if the code is a known one.
   *
   * @return the format type, or empty for a reserved code
   */
  public Optional<GattFormatType> type() {
    return GattFormatType.fromCode(formatCode);
  }

  /**
   * The unit, if known.
   *
   * @return the unit from the SIG units table, or empty for a UUID not in it
   */
  public Optional<Unit> unit() {
    return Units.forUuid(unitUuid);
  }

  /**
   * The unit symbol, e.g. {@code "°C"}; empty when unitless or unknown.
   *
   * @return the symbol, or empty text; never {@code null}
   */
  public String unitSymbol() {
    return Units.symbol(unitUuid);
  }

  /**
   * A one-line description such as {@code "sint16 ×10^-2 °C, Bluetooth SIG: first"}.
   *
   * @return the format, exponent, unit and description on one line; unknown codes appear in hex
   */
  public String describe() {
    String fmt =
        type().map(GattFormatType::label).orElse(String.format(Locale.ROOT, "0x%02X", formatCode));
    String exp = exponent != 0 ? " ×10^" + exponent : "";
    String unit =
        unit()
            .map(u -> u.symbol().isEmpty() ? u.name() : u.symbol())
            .orElse(String.format(Locale.ROOT, "unit 0x%04X", unitUuid));
    return fmt + exp + " " + unit + ", " + DescriptionNames.describe(namespace, description);
  }

  /**
   * Shows a value as this descriptor asks: integers scaled by 10^exponent, then the unit symbol
   * ({@code "23.45 °C"}).
   *
   * @param value the characteristic value as read
   * @return the value, then a space and the unit symbol if it has one; struct values are shown as
   *     hex without a unit
   * @throws ValueFormatException when the value has the wrong length for the format
   */
  public String format(byte[] value) {
    String text = formatValue(value);
    String symbol = unitSymbol();
    return symbol.isEmpty() || type().orElse(GattFormatType.STRUCT) == GattFormatType.STRUCT
        ? text
        : text + " " + symbol;
  }

  /**
   * Like {@link #format(byte[])} but without the unit symbol ({@code "23.45"}).
   *
   * @param value the characteristic value as read
   * @return the value alone: a plain decimal for numbers, text for strings, hex for struct
   * @throws ValueFormatException when the value has the wrong length for the format
   */
  public String formatValue(byte[] value) {
    GattFormatType t = type().orElse(GattFormatType.STRUCT);
    checkSize(t, value);
    return switch (t) {
      case BOOLEAN -> ValueFormat.BOOLEAN.format(new byte[] {(byte) (value[0] & 1)});
      case FLOAT32 -> ValueFormat.FLOAT32_LE.format(value);
      case FLOAT64 -> ValueFormat.FLOAT64_LE.format(value);
      case SFLOAT -> ValueFormat.SFLOAT.format(value);
      case FLOAT -> ValueFormat.FLOAT.format(value);
      case DUINT16 -> ValueFormat.UINT16_LE.format(value);
      case UTF8S -> ValueFormat.UTF8.format(value);
      case UTF16S -> new String(value, StandardCharsets.UTF_16LE);
      case STRUCT -> Hex.format(value);
      default -> scaled(t, value).toPlainString();
    };
  }

  /**
   * The value as a number after scaling, for charts; empty for non-numeric formats.
   *
   * @param value the characteristic value as read
   * @return the scaled number, {@code NaN} or an infinity for the IEEE 11073 special values; empty
   *     for text, struct, {@code duint16} and values of the wrong length
   */
  public OptionalDouble toDouble(byte[] value) {
    GattFormatType t = type().orElse(GattFormatType.STRUCT);
    if (t.size() == 0 || value.length != t.size() || t == GattFormatType.DUINT16) {
      return OptionalDouble.empty();
    }
    return switch (t) {
      case BOOLEAN -> OptionalDouble.of(value[0] & 1);
      case FLOAT32 -> OptionalDouble.of(Float.intBitsToFloat((int) le(value).longValue()));
      case FLOAT64 -> OptionalDouble.of(Double.longBitsToDouble(le(value).longValue()));
      case SFLOAT -> OptionalDouble.of(Ieee11073.decodeSfloat(le(value).intValue()).toDouble());
      case FLOAT -> OptionalDouble.of(Ieee11073.decodeFloat(le(value).intValue()).toDouble());
      default -> OptionalDouble.of(scaled(t, value).doubleValue());
    };
  }

  /**
   * Turns text as shown by {@link #format(byte[])} back into bytes: {@code "23.45 °C"} or {@code
   * "23.45"}.
   *
   * @param text the value as a user typed it, with or without the unit symbol; {@code null} counts
   *     as empty
   * @return the bytes to write, little-endian, with the length the format needs
   * @throws ValueFormatException when the text is not a number, has more decimals than the exponent
   *     allows, or is out of range
   */
  public byte[] parse(String text) {
    GattFormatType t = type().orElse(GattFormatType.STRUCT);
    String s = text == null ? "" : text.trim();
    String symbol = unitSymbol();
    if (!symbol.isEmpty() && s.endsWith(symbol) && t != GattFormatType.STRUCT) {
      s = s.substring(0, s.length() - symbol.length()).trim();
    }
    return switch (t) {
      case BOOLEAN -> ValueFormat.BOOLEAN.parse(s);
      case FLOAT32 -> exactlyOne(ValueFormat.FLOAT32_LE, s);
      case FLOAT64 -> exactlyOne(ValueFormat.FLOAT64_LE, s);
      case SFLOAT -> exactlyOne(ValueFormat.SFLOAT, s);
      case FLOAT -> exactlyOne(ValueFormat.FLOAT, s);
      case DUINT16 -> checkCount(ValueFormat.UINT16_LE.parse(s), 4, "two uint16 values");
      case UTF8S -> ValueFormat.UTF8.parse(s);
      case UTF16S -> s.getBytes(StandardCharsets.UTF_16LE);
      case STRUCT -> Hex.parse(s);
      default -> encodeScaled(t, s);
    };
  }

  private static byte[] exactlyOne(ValueFormat f, String s) {
    return checkCount(f.parse(s), f.width(), "one value");
  }

  private static byte[] checkCount(byte[] b, int size, String what) {
    if (b.length != size) {
      throw new ValueFormatException("expected " + what + ", got " + b.length + " bytes", -1);
    }
    return b;
  }

  private static void checkSize(GattFormatType t, byte[] value) {
    if (t.size() != 0 && value.length != t.size()) {
      throw new ValueFormatException(
          t.label() + " needs " + t.size() + " bytes, got " + value.length,
          Math.min(value.length, t.size()));
    }
  }

  private BigDecimal scaled(GattFormatType t, byte[] value) {
    BigInteger raw = le(value);
    int bits = t.bits();
    raw = raw.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    if (t.isSigned() && raw.testBit(bits - 1)) {
      raw = raw.subtract(BigInteger.ONE.shiftLeft(bits));
    }
    return new BigDecimal(raw).scaleByPowerOfTen(exponent);
  }

  private byte[] encodeScaled(GattFormatType t, String s) {
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new ValueFormatException("'" + s + "' is not a number", 0);
    }
    BigInteger raw;
    try {
      raw = d.scaleByPowerOfTen(-exponent).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new ValueFormatException(
          s
              + " has more decimals than this value stores (steps of "
              + BigDecimal.ONE.scaleByPowerOfTen(exponent).toPlainString()
              + ")",
          0);
    }
    int bits = t.bits();
    BigInteger min = t.isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    BigInteger max =
        BigInteger.ONE.shiftLeft(t.isSigned() ? bits - 1 : bits).subtract(BigInteger.ONE);
    if (raw.compareTo(min) < 0 || raw.compareTo(max) > 0) {
      throw new ValueFormatException(
          "value "
              + s
              + " is out of range for "
              + t.label()
              + (exponent != 0 ? " ×10^" + exponent : "")
              + " ("
              + new BigDecimal(min).scaleByPowerOfTen(exponent).toPlainString()
              + ".."
              + new BigDecimal(max).scaleByPowerOfTen(exponent).toPlainString()
              + ")",
          0);
    }
    byte[] out = new byte[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = raw.shiftRight(8 * i).byteValue();
    }
    return out;
  }

  private static BigInteger le(byte[] value) {
    byte[] be = new byte[value.length + 1];
    for (int i = 0; i < value.length; i++) {
      be[value.length - i] = value[i];
    }
    return new BigInteger(be);
  }
}
