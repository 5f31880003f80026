package io.gattscope.stream;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Prints sample values as the data have them: with the decimals the layout's scale (or a 0x2904
 * exponent) implies, e.g. three for a scale of 0.001, or else in the shortest form of 15
 * significant digits, so the binary noise of {@code raw * scale} (6.6000000000000005) never shows.
 */
public final class ValueFormat {
  /** Decimals value meaning "no known resolution: shortest form". */
  public static final int SHORTEST = -1;

  private static final MathContext DIGITS = new MathContext(15);
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private ValueFormat() {}

  /**
   * Decimals a value {@code raw * scale + offset} of an integer field needs: those of the scale and
   * the offset, e.g. 3 for 0.001, 1 for 0.5 → 1, 0 for 1; {@link #SHORTEST} when more than 12.
   *
   * @param scale the field's scale factor
   * @param offset the field's offset
   * @return the number of decimals, 0 to 12, or {@link #SHORTEST}
   */
  public static int decimalsOf(double scale, double offset) {
    int d = Math.max(places(scale), places(offset));
    return d > 12 ? SHORTEST : d;
  }

  private static int places(double v) {
    if (v == 0) {
      return 0;
    }
    return Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale());
  }

  /**
   * Appends {@code v} with {@code decimals} decimals (or the shortest form for a negative).
   * Allocates nothing when {@code decimals} is 0 or more and the value is small enough to scale to
   * a {@code long}; NaN and infinities are appended as Java prints them.
   *
   * @param sb the builder to append to
   * @param v the value
   * @param decimals digits after the decimal point, rounded to nearest, or {@link #SHORTEST}
   */
  public static void append(StringBuilder sb, double v, int decimals) {
    if (!Double.isFinite(v)) {
      sb.append(v);
      return;
    }
    if (decimals >= 0 && decimals < POW10.length && Math.abs(v) * POW10[decimals] < 9e17) {
      long scaled = Math.round(v * POW10[decimals]);
      if (scaled < 0) {
        sb.append('-');
        scaled = -scaled;
      } else if (v < 0 && scaled == 0) {
        // -0.0001 at 3 decimals prints as 0.000, not -0.000
        scaled = 0;
      }
      long whole = scaled / POW10[decimals];
      sb.append(whole);
      if (decimals > 0) {
        String frac = Long.toString(scaled % POW10[decimals]);
        sb.append('.');
        sb.append("000000000000000000", 0, decimals - frac.length()).append(frac);
      }
      return;
    }
    String s = BigDecimal.valueOf(v).round(DIGITS).stripTrailingZeros().toPlainString();
    sb.append(s);
    if (s.indexOf('.') < 0) {
      sb.append(".0");
    }
  }

  /**
   * {@code v} as {@link #append} prints it.
   *
   * @param v the value
   * @param decimals digits after the decimal point, or {@link #SHORTEST}
   * @return the text, e.g. {@code "6.600"} for 6.6 with 3 decimals
   */
  public static String format(double v, int decimals) {
    StringBuilder sb = new StringBuilder(24);
    append(sb, v, decimals);
    return sb.toString();
  }
}
