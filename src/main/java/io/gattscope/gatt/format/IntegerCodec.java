package io.gattscope.gatt.format;

import java.math.BigInteger;

/** Fixed-width integers (1 to 8 bytes, signed or unsigned, either byte order) to and from text. */
final class IntegerCodec {
  private IntegerCodec() {}

  /** Reads {@code width} bytes at {@code offset} as an integer; unsigned 64-bit wraps into long. */
  static long read(byte[] b, int offset, int width, boolean signed, boolean bigEndian) {
    long v = 0;
    for (int i = 0; i < width; i++) {
      int idx = bigEndian ? offset + i : offset + width - 1 - i;
      v = (v << 8) | (b[idx] & 0xFF);
    }
    if (signed && width < 8) {
      int shift = 64 - 8 * width;
      v = (v << shift) >> shift;
    }
    return v;
  }

  /** Writes the low {@code width} bytes of {@code v} at {@code offset}. */
  static void write(long v, byte[] out, int offset, int width, boolean bigEndian) {
    for (int i = 0; i < width; i++) {
      int idx = bigEndian ? offset + width - 1 - i : offset + i;
      out[idx] = (byte) (v >>> (8 * i));
    }
  }

  /** The decimal text of one value. */
  static String toText(long v, int width, boolean signed) {
    return signed || width < 8 ? Long.toString(v) : Long.toUnsignedString(v);
  }

  /** The smallest allowed value. */
  static BigInteger min(int width, boolean signed) {
    return signed ? BigInteger.ONE.shiftLeft(8 * width - 1).negate() : BigInteger.ZERO;
  }

  /** The largest allowed value. */
  static BigInteger max(int width, boolean signed) {
    return BigInteger.ONE.shiftLeft(signed ? 8 * width - 1 : 8 * width).subtract(BigInteger.ONE);
  }

  /**
   * Parses decimal or {@code 0x}-hex text into a value that fits the width.
   *
   * @param label the type name for messages, e.g. {@code uint8}
   * @param at the position of {@code token} in the user's text
   */
  static long parse(String token, int at, int width, boolean signed, String label) {
    String s = token;
    boolean negative = false;
    if (s.startsWith("+") || s.startsWith("-")) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    BigInteger v;
    try {
      if (s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) | 0x20) == 'x') {
        v = new BigInteger(s.substring(2), 16);
      } else {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
          throw new NumberFormatException();
        }
        v = new BigInteger(s);
      }
    } catch (NumberFormatException e) {
      throw new ValueFormatException(
          "character " + (at + 1) + ": '" + token + "' is not an integer", at);
    }
    if (negative) {
      v = v.negate();
    }
    BigInteger min = min(width, signed);
    BigInteger max = max(width, signed);
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      throw new ValueFormatException(
          "value " + v + " is out of range for " + label + " (" + min + ".." + max + ")", at);
    }
    return v.longValue();
  }
}
