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
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane of the selected tree row: value, read, write editor, toggles, history. */
final class CharacteristicView {

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
    Label meta = new Label(vm.uuidText() + "   properties: " + vm.propertiesText());

    Label value = new Label();
    value.setId("valueText");
    value.getStyleClass().add("value-text");
    value.textProperty().bind(vm.valueTextProperty());
    ComboBox<String> format = formatBox(vm.formats(), vm.formatProperty());
    format.setId("valueFormat");
    Label raw = new Label();
    raw.setId("rawHex");
    raw.textProperty().bind(vm.rawHexProperty());
    Button read =
        button("Read", "readButton", vm.readCommand(), "Read the value (Ctrl+R or Ctrl+Enter)");
    value.setWrapText(true);
    raw.setWrapText(true);
    GridPane values = new GridPane();
    values.setHgap(8);
    values.setVgap(4);
    values.addRow(0, fixed("Format"), new HBox(8, format, read));
    values.addRow(1, fixed("Value"), value);
    values.addRow(2, fixed("Raw"), raw);
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

    VBox box = new VBox(8, title, meta, values, new HBox(8, error, pair));
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
    box.setPadding(new Insets(8));
    return pinned(box, editor.writable() ? writeEditor(editor) : null);
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
    field.setTooltip(new Tooltip("The value in the chosen format; Enter writes it"));
    field.setOnAction(e -> editor.writeCommand().execute());
    Label error = errorLabel("writeError");
    error.textProperty().bind(editor.errorProperty());
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    HBox valueRow = new HBox(8, fixed("Write"), field, write);
    valueRow.setAlignment(Pos.CENTER_LEFT);
    FlowPane options =
        new FlowPane(8, 4, new HBox(8, fixed("Format"), format), new HBox(8, fixed("Type"), type));
    options.setAlignment(Pos.CENTER_LEFT);
    VBox bar = new VBox(4, valueRow, options, error);
    bar.setPadding(new Insets(6, 8, 6, 8));
    return bar;
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
