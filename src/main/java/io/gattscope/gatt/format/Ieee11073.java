package io.gattscope.gatt.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * IEEE 11073-20601 medical floats: SFLOAT (16 bits: 4-bit exponent, 12-bit mantissa) and FLOAT (32
 * bits: 8-bit exponent, 24-bit mantissa), both base 10, with NaN, NRes and infinities.
 */
public final class Ieee11073 {
  private Ieee11073() {}

  /** A decoded value: a finite decimal or one of the special values. */
  public sealed interface Value permits Finite, Special {
    /**
     * The value as a double (NaN for NaN, NRes and reserved).
     *
     * @return the number, or an infinity for {@code +INF} and {@code -INF}
     */
    double toDouble();

    /**
     * The display text: plain decimal, or {@code NaN}, {@code NRes}, {@code +INF}, …
     *
     * @return the text a user sees and can type back to {@link #encodeSfloat(String, int)}
     */
    String text();
  }

  /**
   * A finite value mantissa × 10^exponent.
   *
   * @param mantissa the signed mantissa: -2048 to 2047 for SFLOAT (less the special codes), -2^23
   *     to 2^23-1 for FLOAT
   * @param exponent the signed base-10 exponent: -8 to 7 for SFLOAT, -128 to 127 for FLOAT
   */
  public record Finite(int mantissa, int exponent) implements Value {
    @Override
    public double toDouble() {
      return decimal().doubleValue();
    }

    /**
     * The exact decimal value.
     *
     * @return mantissa × 10^exponent with no rounding
     */
    public BigDecimal decimal() {
      return new BigDecimal(BigInteger.valueOf(mantissa), -exponent);
    }

    @Override
    public String text() {
      return decimal().toPlainString();
    }
  }

  /** The reserved special values. */
  public enum Special implements Value {
    /** Not a number (mantissa 0x7FF or 0x7FFFFF). */
    NAN("NaN", Double.NaN),
    /** Not at this resolution: the value cannot be shown with the sensor's precision. */
    NRES("NRes", Double.NaN),
    /** Positive infinity. */
    POSITIVE_INFINITY("+INF", Double.POSITIVE_INFINITY),
    /** Negative infinity. */
    NEGATIVE_INFINITY("-INF", Double.NEGATIVE_INFINITY),
    /** The mantissa code reserved for future use. */
    RESERVED("Reserved", Double.NaN);

    private final String text;
    private final double value;

    Special(String text, double value) {
      this.text = text;
      this.value = value;
    }

    @Override
    public double toDouble() {
      return value;
    }

    @Override
    public String text() {
      return text;
    }
  }

  /**
   * Decodes a 16-bit SFLOAT (as read little-endian from the wire).
   *
   * @param raw the 16-bit raw value; higher bits are ignored
   * @return the finite value or the special value it codes
   */
  public static Value decodeSfloat(int raw) {
    return decode(raw & 0xFFFF, 12, 4);
  }

  /**
   * Decodes a 32-bit FLOAT (as read little-endian from the wire).
   *
   * @param raw the 32-bit raw value
   * @return the finite value or the special value it codes
   */
  public static Value decodeFloat(int raw) {
    return decode(raw, 24, 8);
  }

  private static Value decode(int raw, int mBits, int eBits) {
    int mMask = (1 << mBits) - 1;
    int m = raw & mMask;
    int nanCode = (1 << (mBits - 1)) - 1; // 0x7FF / 0x7FFFFF
    if (m == nanCode) {
      return Special.NAN;
    } else if (m == nanCode + 1) {
      return Special.NRES;
    } else if (m == nanCode - 1) {
      return Special.POSITIVE_INFINITY;
    } else if (m == nanCode + 3) {
      return Special.NEGATIVE_INFINITY;
    } else if (m == nanCode + 2) {
      return Special.RESERVED;
    }
    int mantissa = (m << (32 - mBits)) >> (32 - mBits);
    int exponent = (raw << (32 - mBits - eBits)) >> (32 - eBits);
    return new Finite(mantissa, exponent);
  }

  /**
   * Encodes text ({@code 23.45}, {@code NaN}, {@code NRes}, {@code +INF}, …) as an SFLOAT.
   *
   * @param text a decimal number or a special value name, any case, with outer blanks allowed
   * @param at where {@code text} starts in the user's input, for the error's position
   * @return the 16-bit raw value in the low bits, ready to be written little-endian
   * @throws ValueFormatException if the text is not a number or needs more mantissa digits or a
   *     larger exponent than SFLOAT holds
   */
  public static int encodeSfloat(String text, int at) {
    return encode(text, at, 12, 4, "SFLOAT");
  }

  /**
   * Encodes text as a 32-bit FLOAT.
   *
   * @param text a decimal number or a special value name, any case, with outer blanks allowed
   * @param at where {@code text} starts in the user's input, for the error's position
   * @return the 32-bit raw value, ready to be written little-endian
   * @throws ValueFormatException if the text is not a number or needs more mantissa digits or a
   *     larger exponent than FLOAT holds
   */
  public static int encodeFloat(String text, int at) {
    return encode(text, at, 24, 8, "FLOAT");
  }

  private static int encode(String text, int at, int mBits, int eBits, String label) {
    int nanCode = (1 << (mBits - 1)) - 1;
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "nan":
        return nanCode;
      case "nres":
        return nanCode + 1;
      case "+inf", "inf", "+infinity", "infinity":
        return nanCode - 1;
      case "-inf", "-infinity":
        return nanCode + 3;
      case "reserved":
        return nanCode + 2;
      default:
        break;
    }
    BigDecimal d;
    try {
      d = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new ValueFormatException(
          "character " + (at + 1) + ": '" + text.trim() + "' is not a number", at);
    }
    long maxM = nanCode - 2; // 2045 / 8388605
    int minE = -(1 << (eBits - 1));
    int maxE = (1 << (eBits - 1)) - 1;
    BigInteger m = d.unscaledValue();
    int e = -d.scale();
    if (m.abs().compareTo(BigInteger.valueOf(maxM)) > 0 || e < minE) {
      BigDecimal stripped = d.stripTrailingZeros();
      m = stripped.unscaledValue();
      e = -stripped.scale();
    }
    while (e < minE && m.signum() == 0) {
      e++;
    }
    while (e > maxE && m.abs().multiply(BigInteger.TEN).compareTo(BigInteger.valueOf(maxM)) <= 0) {
      m = m.multiply(BigInteger.TEN);
      e--;
    }
    if (m.abs().compareTo(BigInteger.valueOf(maxM)) > 0 || e < minE || e > maxE) {
      throw new ValueFormatException(
          "value "
              + text.trim()
              + " cannot be stored exactly as "
              + label
              + " (mantissa "
              + (-maxM)
              + ".."
              + maxM
              + ", exponent "
              + minE
              + ".."
              + maxE
              + ")",
          at);
    }
    return (e & ((1 << eBits) - 1)) << mBits | (m.intValue() & ((1 << mBits) - 1));
  }
}
