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
    String text =
        Double.isFinite(value)
            ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString()
            : Double.toString(value);
    return new Field(name, text, OptionalDouble.of(value), unit, false);
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
    return name + ": " + value + (unit.isEmpty() ? "" : " " + unit);
  }
}
