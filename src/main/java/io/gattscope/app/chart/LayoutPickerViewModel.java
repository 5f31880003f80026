package io.gattscope.app.chart;

import io.gattscope.stream.FieldRole;
import io.gattscope.stream.LayoutField;
import io.gattscope.stream.LayoutItem;
import io.gattscope.stream.PayloadLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The layout picker of a chart: an editable list of field and padding rows that builds the layout
 * spec (the same text the chart's layout field holds), checks every row as it is edited, counts the
 * payload bytes, previews what each row decodes from the last notification, and applies the result
 * to the chart. Runs on the UI thread.
 */
public final class LayoutPickerViewModel {
  private final ChartViewModel chart;
  private final ObservableList<LayoutPickerRow> rows =
      FXCollections.observableArrayList(LayoutPickerRow::inputs);
  private final ReadOnlyStringWrapper spec = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper byteCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper byteCountText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper payloadText = new ReadOnlyStringWrapper("");
  private PayloadLayout layout;
  private byte[] payload;

  /** Creates the picker of {@code chart}, its rows loaded from the chart's layout text. */
  public LayoutPickerViewModel(ChartViewModel chart) {
    this.chart = Objects.requireNonNull(chart, "chart");
    rows.addListener((ListChangeListener<LayoutPickerRow>) c -> check());
    check();
    loadFromText();
    refreshPayload();
  }

  /** The rows in payload order. */
  public ObservableList<LayoutPickerRow> rows() {
    return rows;
  }

  /** The spec the rows build (named form, as the layout prints itself), or "" while invalid. */
  public ReadOnlyStringProperty specProperty() {
    return spec.getReadOnlyProperty();
  }

  /** The first problem, e.g. "row 2 (ay): scale must not be 0", or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True when the rows build a layout that can be applied. */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Payload bytes the rows describe (rows whose size is not valid yet count 0). */
  public ReadOnlyIntegerProperty byteCountProperty() {
    return byteCount.getReadOnlyProperty();
  }

  /** The byte count as shown, e.g. "12 bytes per notification". */
  public ReadOnlyStringProperty byteCountTextProperty() {
    return byteCountText.getReadOnlyProperty();
  }

  /** The last payload in hex with its length, or a note that none arrived yet. */
  public ReadOnlyStringProperty payloadTextProperty() {
    return payloadText.getReadOnlyProperty();
  }

  /** Appends a field row with an unused name ("f1", "f2", ...) and returns it. */
  public LayoutPickerRow addField() {
    int n = 1;
    while (nameUsed("f" + n)) {
      n++;
    }
    LayoutPickerRow row = LayoutPickerRow.field("f" + n);
    rows.add(row);
    return row;
  }

  /** Appends a row skipping one byte and returns it. */
  public LayoutPickerRow addPadding() {
    LayoutPickerRow row = LayoutPickerRow.padding(1);
    rows.add(row);
    return row;
  }

  /** Removes {@code row}. */
  public void remove(LayoutPickerRow row) {
    rows.remove(row);
  }

  /** Moves {@code row} one place towards the start of the payload (no-op for the first). */
  public void moveUp(LayoutPickerRow row) {
    move(row, -1);
  }

  /** Moves {@code row} one place towards the end of the payload (no-op for the last). */
  public void moveDown(LayoutPickerRow row) {
    move(row, 1);
  }

  private void move(LayoutPickerRow row, int by) {
    int at = rows.indexOf(row);
    int to = at + by;
    if (at < 0 || to < 0 || to >= rows.size()) {
      return;
    }
    List<LayoutPickerRow> order = new ArrayList<>(rows);
    order.set(at, order.get(to));
    order.set(to, row);
    rows.setAll(order);
  }

  /**
   * Replaces the rows with the layout in the chart's layout text.
   *
   * @return false (rows unchanged, the error says why) when that text is not a valid layout
   */
  public boolean loadFromText() {
    String text = chart.layoutSpecProperty().get();
    if (text == null || text.isBlank()) {
      rows.clear();
      return true;
    }
    try {
      rows.setAll(PayloadLayout.parse(text).items().stream().map(LayoutPickerRow::of).toList());
      return true;
    } catch (IllegalArgumentException e) {
      error.set(
          "the layout text is not valid ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); fix it there or build the layout here");
      return false;
    }
  }

  /** Takes the chart's last received payload for the preview. */
  public void refreshPayload() {
    payload = chart.lastPayload().orElse(null);
    preview();
  }

  /**
   * Puts the built spec into the chart's layout text and applies it (the chart switches to the
   * picked channels).
   *
   * @return false when the rows are invalid or the chart refused the layout (the error says why)
   */
  public boolean apply() {
    if (!valid.get()) {
      return false;
    }
    chart.layoutSpecProperty().set(spec.get());
    if (!chart.applyLayout()) {
      error.set(chart.layoutErrorProperty().get());
      return false;
    }
    return true;
  }

  private boolean nameUsed(String name) {
    return rows.stream().anyMatch(r -> !r.isPadding() && name.equals(r.nameProperty().get()));
  }

  private void check() {
    List<LayoutItem> items = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    int timeBaseRow = 0;
    String first = "";
    int at = 0;
    for (int i = 0; i < rows.size(); i++) {
      LayoutPickerRow row = rows.get(i);
      String problem = "";
      try {
        LayoutItem item = LayoutRowCheck.item(row);
        if (item instanceof LayoutField f) {
          Integer other = names.putIfAbsent(f.name(), i + 1);
          if (other != null) {
            problem = "name '" + f.name() + "' is already used in row " + other;
          } else if (f.role() != FieldRole.VALUE && timeBaseRow > 0) {
            problem =
                "only one field can be the time base (@seq or @time); row "
                    + timeBaseRow
                    + " already is";
          } else if (f.role() != FieldRole.VALUE) {
            timeBaseRow = i + 1;
          }
        }
        items.add(item);
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
      row.setError(problem);
      int size = LayoutRowCheck.size(row);
      row.setBytes(
          size < 0 ? "" : size == 1 ? "byte " + at : "bytes " + at + "–" + (at + size - 1));
      at += Math.max(size, 0);
      if (first.isEmpty() && !problem.isEmpty()) {
        first = "row " + (i + 1) + " (" + label(row) + "): " + problem;
      }
    }
    byteCount.set(at);
    byteCountText.set(at + (at == 1 ? " byte" : " bytes") + " per notification");
    if (first.isEmpty() && items.stream().noneMatch(LayoutField.class::isInstance)) {
      first = "add at least one field";
    }
    if (first.isEmpty() && at > PayloadLayout.MAX_LENGTH) {
      first =
          "the layout needs "
              + at
              + " bytes, more than the "
              + PayloadLayout.MAX_LENGTH
              + " a notification can hold";
    }
    layout = first.isEmpty() ? PayloadLayout.of(items) : null;
    error.set(first);
    valid.set(layout != null);
    spec.set(layout == null ? "" : layout.toSpec());
    preview();
  }

  private static String label(LayoutPickerRow row) {
    String name = row.nameProperty().get();
    return row.isPadding() ? "skip" : name == null || name.isBlank() ? "unnamed" : name.strip();
  }

  private void preview() {
    payloadText.set(PayloadPreview.payloadText(payload, layout));
    PayloadPreview.fill(rows, layout, payload);
  }
}
