package io.gattscope.stream;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One numeric field of a payload, decoded as {@code raw * scale + offset}.
 *
 * @param name channel name, letters, digits, '_' or '.', not starting with a digit
 * @param type binary format
 * @param bigEndian byte order of multi-byte types (always false for 1-byte types)
 * @param scale factor applied to the raw value (finite, not 0)
 * @param offset added after scaling (finite)
 * @param unit display unit, "" when none; may not contain ','
 * @param role a value, or the device's sequence counter or timestamp (the chart's time base)
 */
public record LayoutField(
    String name,
    FieldType type,
    boolean bigEndian,
    double scale,
    double offset,
    String unit,
    FieldRole role)
    implements LayoutItem {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  /**
   * Checks every component. {@code bigEndian} is cleared for 1-byte types, so equal fields compare
   * equal.
   *
   * @param name channel name, letters, digits, '_' or '.', not starting with a digit
   * @param type binary format
   * @param bigEndian byte order of multi-byte types
   * @param scale factor applied to the raw value, finite and not 0
   * @param offset added after scaling, finite
   * @param unit display unit, "" when none; no ',' and no leading or trailing blanks
   * @param role a value, or the device's sequence counter or timestamp
   * @throws NullPointerException if {@code type}, {@code unit} or {@code role} is {@code null}
   * @throws IllegalArgumentException if the name, scale, offset or unit breaks its rule
   */
  public LayoutField {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(role, "role");
    bigEndian = bigEndian && type.size() > 1;
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "field name '"
              + name
              + "' must be letters, digits, '_' or '.', not starting with a digit");
    }
    if (!Double.isFinite(scale) || scale == 0) {
      throw new IllegalArgumentException("field " + name + ": scale must be finite and not 0");
    }
    if (!Double.isFinite(offset)) {
      throw new IllegalArgumentException("field " + name + ": offset must be finite");
    }
    if (unit.contains(",") || !unit.equals(unit.strip())) {
      throw new IllegalArgumentException(
          "field " + name + ": unit '" + unit + "' may not contain ',' or surrounding spaces");
    }
  }

  /**
   * A value field (role {@link FieldRole#VALUE}).
   *
   * @param name channel name, letters, digits, '_' or '.', not starting with a digit
   * @param type binary format
   * @param bigEndian byte order of multi-byte types
   * @param scale factor applied to the raw value, finite and not 0
   * @param offset added after scaling, finite
   * @param unit display unit, "" when none; no ',' and no leading or trailing blanks
   * @throws NullPointerException if {@code type} or {@code unit} is {@code null}
   * @throws IllegalArgumentException if the name, scale, offset or unit breaks its rule
   */
  public LayoutField(
      String name, FieldType type, boolean bigEndian, double scale, double offset, String unit) {
    this(name, type, bigEndian, scale, offset, unit, FieldRole.VALUE);
  }

  /**
   * Whether {@code name} can name a field: letters, digits, '_' or '.', not starting with a digit.
   *
   * @param name the candidate name; may be {@code null}
   * @return {@code true} if the name is valid; {@code false} for {@code null} or empty
   */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /**
   * A raw field: scale 1, offset 0, no unit.
   *
   * @param name channel name, letters, digits, '_' or '.', not starting with a digit
   * @param type binary format
   * @param bigEndian byte order of multi-byte types
   * @return the field, role {@link FieldRole#VALUE}
   * @throws IllegalArgumentException if the name is not valid
   */
  public static LayoutField raw(String name, FieldType type, boolean bigEndian) {
    return new LayoutField(name, type, bigEndian, 1.0, 0.0, "");
  }

  @Override
  public int size() {
    return type.size();
  }
}
