package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.LayoutPickerRow;
import io.gattscope.app.chart.LayoutPickerViewModel;
import io.gattscope.stream.FieldRole;
import io.gattscope.stream.FieldType;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The layout picker window of a chart: one line of controls per field or skipped bytes, the spec
 * they build, the payload size, the value each field decodes from the last notification, the first
 * problem, and Apply.
 */
public final class LayoutPicker extends BorderPane {
  private static final String KEY = LayoutPicker.class.getName();
  private static final String[] HEADERS = {
    "#",
    "Name",
    "Type",
    "Big endian",
    "Scale ×",
    "Offset +",
    "Unit, time base",
    "Bytes",
    "Last value"
  };

  private final LayoutPickerViewModel model;
  private final GridPane grid = new GridPane();
  private final Label message = new Label();

  /** Builds the picker view of {@code model}. */
  public LayoutPicker(LayoutPickerViewModel model) {
    this.model = model;
    setPadding(new Insets(8));
    grid.setHgap(6);
    grid.setVgap(4);
    model
        .rows()
        .addListener(
            (ListChangeListener<LayoutPickerRow>)
                c -> {
                  while (c.next()) {
                    if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                      fillGrid();
                      return;
                    }
                  }
                });
    fillGrid();

    Button addField =
        button("Add field", "picker-add-field", model::addField, "Add a field at the end");
    Button addPadding =
        button(
            "Add padding",
            "picker-add-padding",
            model::addPadding,
            "Add bytes that are skipped, at the end");
    Button fromText =
        button(
            "From layout text",
            "picker-from-text",
            model::loadFromText,
            "Reload the rows from the chart's Layout field");
    setTop(
        new VBox(
            6,
            new Label("Fields of each notification, in payload order"),
            new HBox(6, addField, addPadding, fromText)));
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    BorderPane.setMargin(scroll, new Insets(6, 0, 6, 0));
    setCenter(scroll);
    setBottom(bottom());
  }

  /**
   * Shows the picker of {@code chart} in a window owned by {@code anchor}'s window; a second call
   * for the same anchor brings the open picker to the front with its rows reloaded.
   */
  public static Stage open(Node anchor, ChartViewModel chart) {
    if (anchor.getProperties().get(KEY) instanceof Stage open && open.isShowing()) {
      ((LayoutPicker) open.getScene().getRoot()).model.loadFromText();
      open.toFront();
      return open;
    }
    LayoutPicker picker = new LayoutPicker(new LayoutPickerViewModel(chart));
    Stage stage = new Stage();
    if (anchor.getScene() != null) {
      stage.initOwner(anchor.getScene().getWindow());
    }
    stage.setTitle("Pick fields · " + chart.title());
    stage.setScene(new Scene(picker, 1000, 460));
    Timeline refresh =
        new Timeline(new KeyFrame(Duration.millis(500), e -> picker.model.refreshPayload()));
    refresh.setCycleCount(Animation.INDEFINITE);
    stage.setOnShown(e -> refresh.play());
    stage.setOnHidden(e -> refresh.stop());
    anchor.getProperties().put(KEY, stage);
    stage.show();
    return stage;
  }

  private VBox bottom() {
    TextField spec = new TextField();
    spec.setId("picker-spec");
    spec.setEditable(false);
    spec.textProperty().bind(model.specProperty());
    spec.setTooltip(
        new Tooltip("The layout these rows make, as the chart's Layout field takes it"));
    HBox.setHgrow(spec, Priority.ALWAYS);
    Label bytes = new Label();
    bytes.setId("picker-bytes");
    bytes.textProperty().bind(model.byteCountTextProperty());
    Label payload = new Label();
    payload.setId("picker-payload");
    payload.textProperty().bind(model.payloadTextProperty());
    Label error = new Label();
    error.setId("picker-error");
    error.getStyleClass().add("error-text");
    error.textProperty().bind(model.errorProperty());
    Button apply = new Button("Apply");
    apply.setId("picker-apply");
    apply.setDefaultButton(true);
    apply.disableProperty().bind(model.validProperty().not());
    apply.setOnAction(e -> message.setText(model.apply() ? "applied to the chart" : ""));
    apply.setTooltip(new Tooltip("Use this layout in the chart (Enter)"));
    model.specProperty().addListener((o, was, now) -> message.setText(""));
    Button close = new Button("Close");
    close.setId("picker-close");
    close.setCancelButton(true);
    close.setOnAction(e -> getScene().getWindow().hide());
    close.setTooltip(new Tooltip("Close the picker (Escape)"));
    message.setId("picker-message");
    return new VBox(
        4,
        new HBox(6, new Label("Spec"), spec, bytes),
        payload,
        error,
        new HBox(6, apply, close, message));
  }

  private void fillGrid() {
    grid.getChildren().clear();
    for (int c = 0; c < HEADERS.length; c++) {
      Label header = new Label(HEADERS[c]);
      header.setStyle("-fx-font-weight: bold;");
      grid.add(header, c, 0);
    }
    for (int i = 0; i < model.rows().size(); i++) {
      addRow(i, model.rows().get(i));
    }
  }

  private void addRow(int i, LayoutPickerRow row) {
    int line = i + 1;
    grid.add(new Label(Integer.toString(line)), 0, line);
    if (row.isPadding()) {
      grid.add(new Label("skip"), 1, line);
      TextField count = text(row.skipBytesProperty(), "picker-skip-" + i, 60, "Bytes to skip over");
      grid.add(new HBox(4, count, new Label("bytes")), 2, line, 2, 1);
    } else {
      grid.add(text(row.nameProperty(), "picker-name-" + i, 110, "The channel's name"), 1, line);
      ComboBox<FieldType> type = new ComboBox<>();
      type.setId("picker-type-" + i);
      type.getItems().setAll(FieldType.values());
      type.setConverter(new TypeNames());
      type.valueProperty().bindBidirectional(row.typeProperty());
      type.setTooltip(new Tooltip("The field's number type and size"));
      grid.add(type, 2, line);
      CheckBox big = new CheckBox();
      big.setId("picker-be-" + i);
      big.selectedProperty().bindBidirectional(row.bigEndianProperty());
      big.setTooltip(new Tooltip("Most significant byte first (BLE sends little endian)"));
      big.disableProperty()
          .bind(
              Bindings.createBooleanBinding(
                  () -> row.typeProperty().get() == null || row.typeProperty().get().size() == 1,
                  row.typeProperty()));
      grid.add(big, 3, line);
      grid.add(
          text(row.scaleProperty(), "picker-scale-" + i, 80, "Multiply the raw number by this"),
          4,
          line);
      grid.add(text(row.offsetProperty(), "picker-offset-" + i, 70, "Then add this"), 5, line);
      ComboBox<FieldRole> role = new ComboBox<>();
      role.setId("picker-role-" + i);
      role.getItems().setAll(FieldRole.values());
      role.setConverter(new RoleNames());
      role.valueProperty().bindBidirectional(row.roleProperty());
      role.setTooltip(new Tooltip("A plotted value, a sequence number (@seq) or a time (@time)"));
      TextField unit = text(row.unitProperty(), "picker-unit-" + i, 60, "Unit, or time base");
      grid.add(new HBox(4, unit, role), 6, line);
    }
    Label bytes = new Label();
    bytes.textProperty().bind(row.bytesProperty());
    grid.add(bytes, 7, line);
    Label preview = new Label();
    preview.setId("picker-preview-" + i);
    preview.setMinWidth(110);
    preview.textProperty().bind(row.previewProperty());
    grid.add(preview, 8, line);
    Button up = button("↑", "picker-up-" + i, () -> model.moveUp(row), "Move this field up");
    Button down =
        button("↓", "picker-down-" + i, () -> model.moveDown(row), "Move this field down");
    Button remove =
        button("Remove", "picker-remove-" + i, () -> model.remove(row), "Remove this field");
    up.setDisable(i == 0);
    down.setDisable(i == model.rows().size() - 1);
    grid.add(new HBox(2, up, down, remove), 9, line);
    Label error = new Label();
    error.setId("picker-row-error-" + i);
    error.getStyleClass().add("error-text");
    error.textProperty().bind(row.errorProperty());
    grid.add(error, 10, line);
  }

  private static TextField text(StringProperty property, String id, double width, String tip) {
    TextField field = new TextField();
    field.setTooltip(new Tooltip(tip));
    field.setId(id);
    field.setPrefColumnCount(1);
    field.setPrefWidth(width);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  private static Button button(String text, String id, Runnable action, String tip) {
    Button b = new Button(text);
    b.setTooltip(new Tooltip(tip));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** Shows field roles by their spec markers ("@seq", "@time"), a plain value as "value". */
  private static final class RoleNames extends StringConverter<FieldRole> {
    @Override
    public String toString(FieldRole r) {
      return r == null ? "" : r == FieldRole.VALUE ? "value" : r.marker();
    }

    @Override
    public FieldRole fromString(String s) {
      for (FieldRole r : FieldRole.values()) {
        if (toString(r).equals(s)) {
          return r;
        }
      }
      return null;
    }
  }

  /** Shows field types by their spec names ("i16"). */
  private static final class TypeNames extends StringConverter<FieldType> {
    @Override
    public String toString(FieldType t) {
      return t == null ? "" : t.specName();
    }

    @Override
    public FieldType fromString(String s) {
      for (FieldType t : FieldType.values()) {
        if (t.specName().equals(s)) {
          return t;
        }
      }
      return null;
    }
  }
}
