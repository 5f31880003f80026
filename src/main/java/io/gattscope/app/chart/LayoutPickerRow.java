package io.gattscope.app.chart;

import io.gattscope.stream.FieldRole;
import io.gattscope.stream.FieldType;
import io.gattscope.stream.LayoutField;
import io.gattscope.stream.LayoutItem;
import io.gattscope.stream.Padding;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable row of the {@link LayoutPickerViewModel}: either a numeric field (name, type, byte
 * order, scale, offset, unit, and whether it is the device's sequence counter or timestamp) or a
 * run of skipped bytes; the text the user types is kept as typed and checked by the picker.
 */
public final class LayoutPickerRow {
  private final boolean padding;
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<FieldType> type = new SimpleObjectProperty<>(FieldType.I16);
  private final BooleanProperty bigEndian = new SimpleBooleanProperty();
  private final StringProperty scale = new SimpleStringProperty("1");
  private final StringProperty offset = new SimpleStringProperty("0");
  private final StringProperty unit = new SimpleStringProperty("");
  private final ObjectProperty<FieldRole> role = new SimpleObjectProperty<>(FieldRole.VALUE);
  private final StringProperty skipBytes = new SimpleStringProperty("1");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper bytes = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

  private LayoutPickerRow(boolean padding) {
    this.padding = padding;
  }

  /** A field row of type i16, scale 1, offset 0, no unit. */
  public static LayoutPickerRow field(String name) {
    LayoutPickerRow row = new LayoutPickerRow(false);
    row.name.set(name);
    return row;
  }

  /** A row skipping {@code count} bytes. */
  public static LayoutPickerRow padding(int count) {
    LayoutPickerRow row = new LayoutPickerRow(true);
    row.skipBytes.set(Integer.toString(count));
    return row;
  }

  /** The row showing {@code item} of a parsed layout. */
  public static LayoutPickerRow of(LayoutItem item) {
    if (item instanceof Padding p) {
      return padding(p.bytes());
    }
    LayoutField f = (LayoutField) item;
    LayoutPickerRow row = field(f.name());
    row.type.set(f.type());
    row.bigEndian.set(f.bigEndian());
    row.scale.set(number(f.scale()));
    row.offset.set(number(f.offset()));
    row.unit.set(f.unit());
    row.role.set(f.role());
    return row;
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** True for a "skip N bytes" row, false for a numeric field. */
  public boolean isPadding() {
    return padding;
  }

  /** Channel name (field rows). */
  public StringProperty nameProperty() {
    return name;
  }

  /** Binary type (field rows). */
  public ObjectProperty<FieldType> typeProperty() {
    return type;
  }

  /** Big-endian byte order (field rows; ignored for 1-byte types). */
  public BooleanProperty bigEndianProperty() {
    return bigEndian;
  }

  /** Scale factor as typed, a finite number other than 0 (field rows). */
  public StringProperty scaleProperty() {
    return scale;
  }

  /** Offset added after scaling as typed, a finite number (field rows). */
  public StringProperty offsetProperty() {
    return offset;
  }

  /** Display unit, e.g. "g" (field rows). */
  public StringProperty unitProperty() {
    return unit;
  }

  /**
   * What the field is: a value, or the device's sequence counter ({@code @seq}) or timestamp
   * ({@code @time}), the chart's time base (field rows).
   */
  public ObjectProperty<FieldRole> roleProperty() {
    return role;
  }

  /** Number of bytes skipped as typed, 1 to 512 (padding rows). */
  public StringProperty skipBytesProperty() {
    return skipBytes;
  }

  /** Why this row is invalid, or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Where the row sits in the payload, e.g. "bytes 2–3", or "" when its size is unknown. */
  public ReadOnlyStringProperty bytesProperty() {
    return bytes.getReadOnlyProperty();
  }

  /** The value this row decodes from the last payload, or "". */
  public ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  public void setError(String text) {
    error.set(text);
  }

  public void setBytes(String text) {
    bytes.set(text);
  }

  public void setPreview(String text) {
    preview.set(text);
  }

  /** The user-editable properties, whose changes the picker re-checks. */
  public Observable[] inputs() {
    return new Observable[] {name, type, bigEndian, scale, offset, unit, role, skipBytes};
  }
}
