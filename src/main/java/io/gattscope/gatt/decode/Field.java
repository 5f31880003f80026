package io.gattscope.gatt.decode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * One named field of a decoded characteristic value.
 *
 * @param name the field's name, e.g. {@code "Heart Rate"}
 * @param value the value as text without the unit, e.g. {@code "72"}
 * @param number the numeric value in {@code unit}, when the field is a number a chart can plot
 * @param unit the unit symbol, e.g. {@code "bpm"}; empty when none
 * @param error true when this field reports a problem (payload too short, value out of range)
 */
public record Field(String name, String value, OptionalDouble number, String unit, boolean error) {

  /**
   * A text field.
   *
   * @param name the field's name
   * @param value the text to show
   * @return a field with no number and no unit
   */
  public static Field text(String name, String value) {
    return new Field(name, value, OptionalDouble.empty(), "", false);
  }

  /**
   * A number shown with {@code decimals} digits after the point.
   *
   * @param name the field's name
   * @param value the value in {@code unit}
   * @param decimals digits after the decimal point, rounded half-even; 0 or more
   * @param unit the unit symbol, or empty text for none
   * @return a field a chart can plot; a non-finite value is shown as {@code NaN} or {@code
   *     Infinity}
   */
  public static Field number(String name, double value, int decimals, String unit) {
    return new Field(name, fixed(value, decimals), OptionalDouble.of(value), unit, false);
  }

  private static final long[] POW10 = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
  };

  /**
   * {@code value} with {@code decimals} digits after the point, rounded half-even from its shortest
   * decimal form: the text of {@code BigDecimal.valueOf(value).setScale(decimals,
   * HALF_EVEN).toPlainString()}. Values well clear of a tie are rounded in long arithmetic (the
   * error of scaling is far below the margin kept); ties, large values and non-finite ones take the
   * BigDecimal way.
   */
  static String fixed(double value, int decimals) {
    return appendFixed(new StringBuilder(24), value, decimals).toString();
  }

  /** Appends {@link #fixed}'s text to {@code sb} without building a string first. */
  static StringBuilder appendFixed(StringBuilder sb, double value, int decimals) {
    if (!Double.isFinite(value)) {
      return sb.append(value);
    }
    if (decimals >= 0 && decimals < POW10.length) {
      double scaled = Math.abs(value) * POW10[decimals];
      if (scaled < 1e9) {
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) > 1e-6) {
          long n = (long) floor + (fraction > 0.5 ? 1 : 0);
          return appendPlain(sb, value < 0 && n != 0, n, decimals);
        }
      }
    }
    return sb.append(
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
  }

  private static StringBuilder appendPlain(
      StringBuilder sb, boolean negative, long scaled, int decimals) {
    if (negative) {
      sb.append('-');
    }
    sb.append(scaled / POW10[decimals]);
    if (decimals > 0) {
      long fraction = scaled % POW10[decimals];
      sb.append('.');
      for (long digit = POW10[decimals - 1]; digit > 1 && fraction < digit; digit /= 10) {
        sb.append('0');
      }
      sb.append(fraction);
    }
    return sb;
  }

  /**
   * An integer.
   *
   * @param name the field's name
   * @param value the value in {@code unit}
   * @param unit the unit symbol, or empty text for none
   * @return a field a chart can plot
   */
  public static Field integer(String name, long value, String unit) {
    return new Field(name, Long.toString(value), OptionalDouble.of(value), unit, false);
  }

  /**
   * A number whose text is already formatted, e.g. an IEEE 11073 value.
   *
   * @param name the field's name
   * @param text the value as it should be shown
   * @param value the value in {@code unit}; {@code NaN} gives a field with no number to plot
   * @param unit the unit symbol, or empty text for none
   * @return the field
   */
  public static Field number(String name, String text, double value, String unit) {
    return new Field(
        name,
        text,
        Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value),
        unit,
        false);
  }

  /**
   * A problem with the payload.
   *
   * @param name the name of the field that could not be decoded
   * @param message what was wrong, e.g. which byte was missing
   * @return a field with {@link #error()} set
   */
  public static Field error(String name, String message) {
    return new Field(name, message, OptionalDouble.empty(), "", true);
  }

  /** {@code "Heart Rate: 72 bpm"}. */
  @Override
  public String toString() {
    return appendTo(new StringBuilder(name.length() + value.length() + unit.length() + 3))
        .toString();
  }

  /**
   * Appends {@link #toString()}'s text to {@code sb} without building a string first.
   *
   * @param sb the builder to append to
   * @return {@code sb}, for chaining
   */
  public StringBuilder appendTo(StringBuilder sb) {
    return appendUnit(appendName(sb, name).append(value), unit);
  }

  /** Appends {@code "name: "}, the start of every field's text. */
  static StringBuilder appendName(StringBuilder sb, String name) {
    return sb.append(name).append(": ");
  }

  /** Appends {@code " unit"}, or nothing for a field without a unit. */
  static StringBuilder appendUnit(StringBuilder sb, String unit) {
    return unit.isEmpty() ? sb : sb.append(' ').append(unit);
  }
}
