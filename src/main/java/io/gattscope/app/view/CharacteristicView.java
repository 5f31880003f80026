package io.gattscope.app.view;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.DescriptorViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.app.device.HistoryEntry;
import io.gattscope.app.device.WriteEditorViewModel;
import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.app.util.Command;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.WriteType;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane of the selected tree row: value, read, write editor, toggles, history. */
final class CharacteristicView {
  /** The write field's least width when the format and type pickers share its row. */
  static final double WRITE_FIELD_LEAST = 200;

  /** A new pane for the row (views are rebuilt on selection, so ids stay unique per tab). */
  Node build(GattNode node) {
    if (node == null || node.kind() == GattNode.Kind.SERVICE) {
      Label hint = new Label("Select a characteristic or descriptor");
      hint.getStyleClass().add("hint");
      VBox box = new VBox(hint);
      box.setPadding(new Insets(8));
      return pinned(box, null);
    }
    return node.characteristic() != null
        ? characteristic(node.characteristic())
        : descriptor(node.descriptor());
  }

  private Node characteristic(CharacteristicViewModel vm) {
    Label title = new Label();
    title.getStyleClass().add("pane-title");
    title.textProperty().bind(vm.nameProperty());
    title.setMinWidth(0);
    Tooltip titleTip = new Tooltip();
    titleTip.textProperty().bind(vm.nameProperty());
    title.setTooltip(titleTip);
    Label meta = fixed(vm.uuidText() + "   " + vm.propertiesText());
    meta.setId("charMeta");
    meta.setTooltip(new Tooltip("UUID and properties (R read, W write, N notify, I indicate)"));
    // a name and UUID too long for one line put the UUID on the next, rather than cut the name
    FlowPane header = new FlowPane(12, 2, title, meta);
    header.setRowValignment(VPos.BASELINE);
    header.setPrefWrapLength(Double.MAX_VALUE); // measured unwrapped; wraps only when laid out
    title.maxWidthProperty().bind(header.widthProperty());

    Label value = new Label();
    value.setId("valueText");
    value.getStyleClass().add("value-text");
    value
        .textProperty()
        .bind(
            Bindings.when(vm.valueTextProperty().isEmpty())
                .then("no value yet")
                .otherwise(vm.valueTextProperty()));
    value.pseudoClassStateChanged(Css.EMPTY, vm.valueTextProperty().get().isEmpty());
    vm.valueTextProperty()
        .addListener((o, a, b) -> value.pseudoClassStateChanged(Css.EMPTY, b.isEmpty()));
    value.setWrapText(true);
    Tooltip valueTip = new Tooltip();
    valueTip.textProperty().bind(value.textProperty());
    value.setTooltip(valueTip);
    ComboBox<String> format = formatBox(vm.formats(), vm.formatProperty());
    format.setId("valueFormat");
    format.setMinWidth(Region.USE_PREF_SIZE);
    Button read =
        button("Read", "readButton", vm.readCommand(), "Read the value (Ctrl+R or Ctrl+Enter)");
    read.setMinWidth(Region.USE_PREF_SIZE);
    HBox valueRow = new HBox(8, format, read, value);
    valueRow.setAlignment(Pos.CENTER_LEFT);
    Label raw = new Label();
    raw.setId("rawHex");
    raw.textProperty().bind(vm.rawHexProperty());
    raw.setWrapText(true);
    raw.setTooltip(new Tooltip("The raw bytes, in hex"));
    HBox rawRow = new HBox(8, fixed("Raw"), raw);
    rawRow.visibleProperty().bind(vm.rawHexProperty().isNotEmpty());
    rawRow.managedProperty().bind(rawRow.visibleProperty());
    TableView<GattKnowledge.Field> fields = new TableView<>(vm.fields());
    fields.setId("fieldsTable");
    fields.setPrefHeight(110);
    fields.setPlaceholder(new Label("No decoded fields"));
    fields.setTooltip(new Tooltip("The value decoded field by field"));
    fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    TableColumn<GattKnowledge.Field, String> fname = new TableColumn<>("Field");
    fname.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    TableColumn<GattKnowledge.Field, String> fvalue = new TableColumn<>("Value");
    fvalue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
    fields.getColumns().add(fname);
    fields.getColumns().add(fvalue);

    Label error = errorLabel("charError");
    error.textProperty().bind(vm.errorProperty());
    Button pair =
        button(
            "Pair and retry",
            "pairRetryButton",
            vm.pairAndReadCommand(),
            "Pair with the device, then read again");
    pair.visibleProperty().bind(vm.pairingSuggestedProperty());
    pair.managedProperty().bind(pair.visibleProperty());

    HBox problem = new HBox(8, error, pair);
    problem.visibleProperty().bind(vm.errorProperty().isNotEmpty().or(pair.visibleProperty()));
    problem.managedProperty().bind(problem.visibleProperty());
    VBox box = new VBox(6, header, valueRow, rawRow, problem);
    Runnable placeValue = () -> placeValue(box, valueRow, value);
    valueRow.widthProperty().addListener((o, x, y) -> placeValue.run());
    value.textProperty().addListener((o, x, y) -> placeValue.run());
    WriteEditorViewModel editor = vm.editor();
    if (vm.notifications().canNotify()) {
      ToggleButton notify = new ToggleButton("Notify");
      notify.setId("notifyToggle");
      notify.selectedProperty().bindBidirectional(vm.notifications().notifyProperty());
      notify.setTooltip(new Tooltip("Subscribe to notifications (Ctrl+N)"));
      notify.setDisable(!vm.characteristic().has(CharacteristicProperty.NOTIFY));
      ToggleButton indicate = new ToggleButton("Indicate");
      indicate.setId("indicateToggle");
      indicate.selectedProperty().bindBidirectional(vm.notifications().indicateProperty());
      indicate.setTooltip(new Tooltip("Subscribe to indications (acknowledged)"));
      indicate.setDisable(!vm.characteristic().has(CharacteristicProperty.INDICATE));
      Button plot = button("Plot", "plotButton", vm.plotCommand(), "Plot the notifications live");
      box.getChildren().add(new HBox(8, notify, indicate, plot));
    }
    ListView<HistoryEntry> history = new ListView<>(vm.history());
    history.setId("historyList");
    history.setPrefHeight(160);
    history.setPlaceholder(new Label("No reads, writes or notifications yet"));
    history.setTooltip(new Tooltip("Reads, writes and notifications of this characteristic"));
    vm.history()
        .addListener(
            (ListChangeListener<HistoryEntry>) c -> history.scrollTo(vm.history().size() - 1));
    box.getChildren().addAll(fields, new Label("History"), history);
    VBox.setVgrow(history, Priority.ALWAYS);
    box.setPadding(new Insets(6, 8, 8, 8));
    return pinned(box, editor.writable() ? writeEditor(editor) : null);
  }

  /**
   * Keeps the value beside Read while it fits on that line, and gives it a line of its own below,
   * where it wraps, when it does not.
   */
  private static void placeValue(VBox box, HBox valueRow, Label value) {
    double used = 0;
    for (Node n : valueRow.getChildren()) {
      used += n == value ? 0 : n.prefWidth(-1) + valueRow.getSpacing();
    }
    boolean beside = value.prefWidth(-1) <= valueRow.getWidth() - used;
    if (beside && value.getParent() != valueRow) {
      box.getChildren().remove(value);
      valueRow.getChildren().add(value);
    } else if (!beside && value.getParent() == valueRow) {
      valueRow.getChildren().remove(value);
      box.getChildren().add(box.getChildren().indexOf(valueRow) + 1, value);
    }
  }

  /**
   * The details scroll; the write editor stays pinned under them, so Write is on screen however
   * short the pane is.
   */
  private static Node pinned(Node content, Node writeBar) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setId("detailScroll");
    scroll.setFitToWidth(true);
    BorderPane pane = new BorderPane(scroll);
    if (writeBar != null) {
      writeBar.getStyleClass().add("write-bar");
      pane.setBottom(writeBar);
    }
    return pane;
  }

  private Node writeEditor(WriteEditorViewModel editor) {
    TextField field = new TextField();
    field.setId("writeField");
    field.setPromptText("Value to write");
    field.textProperty().bindBidirectional(editor.textProperty());
    HBox.setHgrow(field, Priority.ALWAYS);
    ComboBox<String> format = formatBox(editor.formats(), editor.formatProperty());
    format.setId("writeFormat");
    ComboBox<WriteType> type = new ComboBox<>();
    type.setId("writeType");
    type.getItems().setAll(WriteType.values());
    type.valueProperty().bindBidirectional(editor.typeProperty());
    type.setTooltip(new Tooltip("Write request (acknowledged) or write command"));
    Button write =
        button(
            "Write",
            "writeButton",
            editor.writeCommand(),
            "Write the value (Enter in the field, Ctrl+Shift+Enter)");
    format.setMinWidth(Region.USE_PREF_SIZE);
    type.setMinWidth(Region.USE_PREF_SIZE);
    write.setMinWidth(Region.USE_PREF_SIZE);
    field.setMinWidth(120);
    field.setPrefWidth(WRITE_FIELD_LEAST);
    field.setTooltip(new Tooltip("The value in the chosen format; Enter writes it"));
    field.setOnAction(e -> editor.writeCommand().execute());
    Label error = errorLabel("writeError");
    error.textProperty().bind(editor.errorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    HBox options = new HBox(8, format, type);
    options.setAlignment(Pos.CENTER_LEFT);
    options.setMinWidth(Region.USE_PREF_SIZE);
    HBox valueRow = new HBox(8, field, options, write);
    valueRow.setAlignment(Pos.CENTER_LEFT);
    VBox bar = new VBox(4, valueRow, error);
    bar.setPadding(new Insets(6, 8, 6, 8));
    bar.widthProperty().addListener((o, a, w) -> placeOptions(bar, valueRow, options, write));
    return bar;
  }

  /**
   * Keeps the format and type pickers in the write field's row while the field still gets {@link
   * #WRITE_FIELD_LEAST} pixels beside them, and moves them to a row of their own below otherwise.
   */
  private static void placeOptions(VBox bar, HBox valueRow, HBox options, Button write) {
    double gaps =
        valueRow.getSpacing() * 2 + bar.getInsets().getLeft() + bar.getInsets().getRight();
    double need = WRITE_FIELD_LEAST + options.prefWidth(-1) + write.prefWidth(-1) + gaps;
    boolean oneRow = bar.getWidth() >= need;
    if (oneRow && options.getParent() != valueRow) {
      bar.getChildren().remove(options);
      valueRow.getChildren().add(1, options);
    } else if (!oneRow && options.getParent() != bar) {
      valueRow.getChildren().remove(options);
      bar.getChildren().add(1, options);
    }
  }

  private Node descriptor(DescriptorViewModel vm) {
    Label title = new Label(vm.name() + "  " + vm.uuidText());
    title.getStyleClass().add("pane-title");
    Label value = new Label();
    value.setId("valueText");
    value.textProperty().bind(vm.valueTextProperty());
    Button read = button("Read", "readButton", vm.readCommand(), "Read the descriptor (Ctrl+R)");
    TextField field = new TextField();
    field.setId("writeField");
    field.setPromptText("Hex bytes to write");
    field.textProperty().bindBidirectional(vm.writeTextProperty());
    field.setTooltip(new Tooltip("Hex bytes; Enter writes them"));
    field.setOnAction(e -> vm.writeCommand().execute());
    HBox.setHgrow(field, Priority.ALWAYS);
    Button write =
        button("Write", "writeButton", vm.writeCommand(), "Write the descriptor (Enter)");
    write.setMinWidth(Region.USE_PREF_SIZE);
    Label error = errorLabel("writeError");
    error.textProperty().bind(vm.errorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    VBox box = new VBox(8, title, new HBox(8, new Label("Value"), value, read));
    box.setPadding(new Insets(8));
    HBox row = new HBox(8, fixed("Write"), field, write);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox bar = new VBox(4, row, error);
    bar.setPadding(new Insets(6, 8, 6, 8));
    return pinned(box, bar);
  }

  private static ComboBox<String> formatBox(
      ObservableList<String> choices, ObjectProperty<String> property) {
    ComboBox<String> box = new ComboBox<>(choices);
    box.valueProperty().bindBidirectional(property);
    box.setTooltip(new Tooltip("Value format"));
    return box;
  }

  private static Label fixed(String text) {
    Label l = new Label(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static Label errorLabel(String id) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add("error-text");
    l.setWrapText(true);
    return l;
  }

  static Button button(String text, String id, Command command, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.disableProperty().bind(command.executableProperty().not());
    b.setOnAction(e -> command.execute());
    b.setTooltip(new Tooltip(tip));
    return b;
  }
}
