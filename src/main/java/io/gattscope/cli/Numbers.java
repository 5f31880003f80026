package io.gattscope.cli;

import io.gattscope.stream.FieldType;
import io.gattscope.stream.LayoutField;
import java.math.BigDecimal;

/**
 * Number text without floating-point noise: a channel decoded as {@code raw * 0.001} prints as
 * {@code 0.018}, not {@code 0.018000000000000002}.
 */
final class Numbers {
  private static final long[] POW10 = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L
  };

  /** Marks a field whose values print in the shortest round-trip form of a float. */
  static final int FLOAT = -1;

  /** Marks a field whose values print in the shortest round-trip form of a double. */
  static final int DOUBLE = -2;

  private Numbers() {}

  /**
   * The decimals a field's values carry: those of its scale and offset for integer fields (e.g. 3
   * for {@code *0.001}), {@link #FLOAT} or {@link #DOUBLE} for floating-point fields.
   */
  static int decimals(LayoutField field) {
    if (field.type() == FieldType.F32) {
      return field.scale() == 1 && field.offset() == 0 ? FLOAT : DOUBLE;
    }
    if (field.type() == FieldType.F64) {
      return DOUBLE;
    }
    int d = Math.max(decimalsOf(field.scale()), decimalsOf(field.offset()));
    return d < POW10.length ? d : DOUBLE;
  }

  private static int decimalsOf(double v) {
    return Math.max(0, new BigDecimal(Double.toString(v)).stripTrailingZeros().scale());
  }

  /**
   * Appends {@code v} rounded to {@code decimals} (or shortest for FLOAT/DOUBLE), no trailing 0.
   */
  static void append(StringBuilder sb, double v, int decimals) {
    if (decimals == FLOAT) {
      appendShortest(sb, (float) v);
      return;
    }
    if (decimals < 0 || !Double.isFinite(v) || Math.abs(v) * POW10[decimals] >= 9e15) {
      appendShortest(sb, v);
      return;
    }
    long scaled = Math.round(v * POW10[decimals]);
    if (scaled < 0) {
      sb.append('-');
      scaled = -scaled;
    }
    long unit = POW10[decimals];
    sb.append(scaled / unit);
    long fraction = scaled % unit;
    if (fraction == 0) {
      return;
    }
    sb.append('.');
    int start = sb.length();
    for (int i = decimals - 1; i >= 0; i--) {
      sb.append((char) ('0' + (fraction / POW10[i]) % 10));
    }
    int end = sb.length();
    while (end > start && sb.charAt(end - 1) == '0') {
      end--;
    }
    sb.setLength(end);
  }

  /**
   * The shortest text that reads back as {@code v}; whole numbers without ".0"; null if NaN/inf.
   */
  static void appendShortest(StringBuilder sb, double v) {
    if (!Double.isFinite(v)) {
      sb.append("null");
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      sb.append((long) v);
    } else {
      sb.append(v);
    }
  }

  private static void appendShortest(StringBuilder sb, float v) {
    if (!Float.isFinite(v)) {
      sb.append("null");
    } else if (v == Math.rint(v) && Math.abs(v) < 1e7) {
      sb.append((long) v);
    } else {
      sb.append(v);
    }
  }
}
