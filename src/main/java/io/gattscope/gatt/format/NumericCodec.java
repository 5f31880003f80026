package io.gattscope.gatt.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lists of fixed-width numbers (integers, IEEE 754 and IEEE 11073 floats) to and from text. */
final class NumericCodec {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private NumericCodec() {}

  /** Formats each {@code width}-byte value, joined with {@code ", "}. */
  static String format(ValueFormat f, byte[] bytes) {
    int w = f.width();
    if (bytes.length % w != 0) {
      throw new ValueFormatException(
          bytes.length
              + " bytes do not fit "
              + f.label()
              + ": need a multiple of "
              + w
              + " (the last "
              + bytes.length % w
              + " are left over)",
          bytes.length - bytes.length % w);
    }
    StringBuilder sb = new StringBuilder();
    for (int off = 0; off < bytes.length; off += w) {
      if (off > 0) {
        sb.append(", ");
      }
      sb.append(formatOne(f, bytes, off));
    }
    return sb.toString();
  }

  private static String formatOne(ValueFormat f, byte[] b, int off) {
    long raw = IntegerCodec.read(b, off, f.width(), f.signed(), f.bigEndian());
    return switch (f.kind()) {
      case INTEGER -> IntegerCodec.toText(raw, f.width(), f.signed());
      case IEEE754 ->
          f.width() == 4
              ? Float.toString(Float.intBitsToFloat((int) raw))
              : Double.toString(Double.longBitsToDouble(raw));
      case SFLOAT -> Ieee11073.decodeSfloat((int) raw).text();
      case FLOAT11073 -> Ieee11073.decodeFloat((int) raw).text();
      default -> throw new IllegalStateException("not numeric: " + f);
    };
  }

  /** Parses values separated by commas and/or spaces. */
  static byte[] parse(ValueFormat f, String text) {
    List<long[]> values = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == ';') {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length()
          && !Character.isWhitespace(text.charAt(i))
          && text.charAt(i) != ','
          && text.charAt(i) != ';') {
        i++;
      }
      String token = text.substring(start, i);
      values.add(new long[] {parseOne(f, token, start)});
    }
    byte[] out = new byte[values.size() * f.width()];
    for (int k = 0; k < values.size(); k++) {
      IntegerCodec.write(values.get(k)[0], out, k * f.width(), f.width(), f.bigEndian());
    }
    return out;
  }

  private static long parseOne(ValueFormat f, String token, int at) {
    return switch (f.kind()) {
      case INTEGER -> IntegerCodec.parse(token, at, f.width(), f.signed(), f.label());
      case IEEE754 -> parseIeee754(f, token, at);
      case SFLOAT -> Ieee11073.encodeSfloat(token, at);
      case FLOAT11073 -> Ieee11073.encodeFloat(token, at) & 0xFFFF_FFFFL;
      default -> throw new IllegalStateException("not numeric: " + f);
    };
  }

  private static long parseIeee754(ValueFormat f, String token, int at) {
    String t = token.toLowerCase(Locale.ROOT);
    double d;
    if (t.equals("nan")) {
      d = Double.NaN;
    } else if (t.equals("infinity") || t.equals("+infinity") || t.equals("inf")) {
      d = Double.POSITIVE_INFINITY;
    } else if (t.equals("-infinity") || t.equals("-inf")) {
      d = Double.NEGATIVE_INFINITY;
    } else if (DECIMAL.matcher(token).matches()) {
      d = Double.parseDouble(token);
      if (Double.isInfinite(d) || (f.width() == 4 && Float.isInfinite(Float.parseFloat(token)))) {
        throw new ValueFormatException("value " + token + " is out of range for " + f.label(), at);
      }
    } else {
      throw new ValueFormatException(
          "character " + (at + 1) + ": '" + token + "' is not a number", at);
    }
    if (f.width() == 4) {
      return Float.floatToIntBits(Float.parseFloat(Double.isNaN(d) ? "NaN" : token(d, token)));
    }
    return Double.doubleToLongBits(d);
  }

  private static String token(double d, String token) {
    return Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : token;
  }
}
