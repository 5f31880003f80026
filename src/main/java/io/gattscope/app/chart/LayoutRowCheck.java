package io.gattscope.app.chart;

import io.gattscope.stream.FieldRole;
import io.gattscope.stream.FieldType;
import io.gattscope.stream.LayoutField;
import io.gattscope.stream.LayoutItem;
import io.gattscope.stream.Padding;
import io.gattscope.stream.PayloadLayout;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one picker row into a layout item, or says in plain words what is wrong with it. */
public final class LayoutRowCheck {
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,4}");
  private static final Set<String> TIME_UNITS = Set.of("s", "ms", "us", "µs");

  private LayoutRowCheck() {}

  /**
   * The item the row describes.
   *
   * @throws IllegalArgumentException with a message naming the bad entry, e.g. "scale must not be
   *     0"
   */
  public static LayoutItem item(LayoutPickerRow row) {
    if (row.isPadding()) {
      return new Padding(skipCount(row.skipBytesProperty().get()));
    }
    String name = row.nameProperty().get() == null ? "" : row.nameProperty().get().strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name is empty");
    }
    if (!LayoutField.isValidName(name)) {
      throw new IllegalArgumentException(
          "name '" + name + "' must be letters, digits, '_' or '.', not starting with a digit");
    }
    FieldType type = row.typeProperty().get();
    if (type == null) {
      throw new IllegalArgumentException("choose a type");
    }
    double scale = number("scale", row.scaleProperty().get());
    if (scale == 0) {
      throw new IllegalArgumentException("scale must not be 0");
    }
    double offset = number("offset", row.offsetProperty().get());
    String unit = row.unitProperty().get() == null ? "" : row.unitProperty().get().strip();
    if (unit.contains(",")) {
      throw new IllegalArgumentException("unit '" + unit + "' may not contain ','");
    }
    FieldRole role = row.roleProperty().get() == null ? FieldRole.VALUE : row.roleProperty().get();
    if (role == FieldRole.TIMESTAMP && !TIME_UNITS.contains(unit)) {
      throw new IllegalArgumentException(
          "a @time field needs a time unit: s, ms, us or µs (unit is '" + unit + "')");
    }
    LayoutField field =
        new LayoutField(name, type, row.bigEndianProperty().get(), scale, offset, unit, role);
    checkReadsBack(field);
    return field;
  }

  /** Bytes the row occupies, or -1 when its type or skip count is not valid yet. */
  public static int size(LayoutPickerRow row) {
    if (row.isPadding()) {
      try {
        return skipCount(row.skipBytesProperty().get());
      } catch (IllegalArgumentException e) {
        return -1;
      }
    }
    FieldType type = row.typeProperty().get();
    return type == null ? -1 : type.size();
  }

  private static int skipCount(String text) {
    String t = text == null ? "" : text.strip();
    int n = COUNT.matcher(t).matches() ? Integer.parseInt(t) : -1;
    if (n < 1 || n > PayloadLayout.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "bytes to skip '" + t + "' must be a whole number from 1 to " + PayloadLayout.MAX_LENGTH);
    }
    return n;
  }

  private static double number(String what, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          what + " is empty (" + ("scale".equals(what) ? "1" : "0") + " means none)");
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + t + "' is not a number");
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " must be a finite number, not " + t);
    }
    return v;
  }

  /** A unit such as "-5" or "*k" would be read back as a number or rejected by the parser. */
  private static void checkReadsBack(LayoutField field) {
    PayloadLayout alone = PayloadLayout.of(List.of(field));
    boolean same;
    try {
      same = PayloadLayout.parse(alone.toSpec()).equals(alone);
    } catch (IllegalArgumentException e) {
      same = false;
    }
    if (!same) {
      throw new IllegalArgumentException(
          "unit '"
              + field.unit()
              + "' would be read back as a scale or offset in the spec; start it with a letter");
    }
  }
}
