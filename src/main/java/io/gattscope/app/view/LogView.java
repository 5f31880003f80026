package io.gattscope.app.view;

import io.gattscope.app.log.LogEntry;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.ErrorText;
import java.io.File;
import java.io.IOException;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The log pane: level and device filters, copy, save, and the bounded list of entries. */
final class LogView {
  private final LogViewModel vm;

  LogView(LogViewModel vm) {
    this.vm = vm;
  }

  /** The log as a collapsible pane whose title bar carries the filters and actions. */
  TitledPane build() {
    ComboBox<LogEntry.Level> level = new ComboBox<>();
    level.setId("logLevel");
    level.getItems().setAll(LogEntry.Level.values());
    level.valueProperty().bindBidirectional(vm.minimumLevelProperty());
    level.setTooltip(new Tooltip("Show entries of this level and above"));
    ComboBox<String> device = new ComboBox<>(vm.devices());
    device.valueProperty().bindBidirectional(vm.deviceProperty());
    device.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String address) {
            return vm.deviceLabel(address);
          }

          @Override
          public String fromString(String text) {
            return text;
          }
        });
    device.setTooltip(new Tooltip("Show only this device's entries"));
    device.setPrefWidth(190);
    ListView<LogEntry> list = new ListView<>(vm.visibleEntries());
    list.setId("logView");
    list.setPlaceholder(new Label("No events yet"));
    list.setTooltip(new Tooltip("Everything the explorer did, newest last"));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(LogEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.line());
                pseudoClassStateChanged(
                    Css.ERROR, !empty && e != null && e.level() == LogEntry.Level.ERROR);
              }
            });
    vm.visibleEntries()
        .addListener(
            (ListChangeListener<LogEntry>) c -> list.scrollTo(vm.visibleEntries().size() - 1));
    Button copy = new Button("Copy");
    copy.setTooltip(new Tooltip("Copy the shown entries"));
    copy.setOnAction(
        e -> {
          ClipboardContent c = new ClipboardContent();
          c.putString(vm.visibleText());
          Clipboard.getSystemClipboard().setContent(c);
        });
    Label status = new Label();
    Button save = new Button("Save…");
    save.setTooltip(new Tooltip("Save the shown entries to a text file"));
    save.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setInitialFileName("gattscope-log.txt");
          File f = chooser.showSaveDialog(list.getScene().getWindow());
          if (f != null) {
            try {
              vm.save(f.toPath());
              status.setText("Saved to " + f);
            } catch (IOException ex) {
              status.setText("Could not save: " + ErrorText.of(ex));
            }
          }
        });
    Label dropped = new Label();
    dropped.setId("logDropped");
    dropped.textProperty().bind(vm.droppedTextProperty());
    dropped.setTooltip(
        new Tooltip(
            "The log keeps the newest entries: DEBUG protocol traffic and the other levels each"
                + " within their own bound"));
    dropped.visibleProperty().bind(vm.droppedTextProperty().isNotEmpty());
    dropped.managedProperty().bind(dropped.visibleProperty());
    for (Label l : new Label[] {status, dropped}) {
      l.setMinWidth(0);
    }
    HBox bar =
        new HBox(
            8, new Label("Level"), level, new Label("Device"), device, copy, save, dropped, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setId("logBar");
    TitledPane pane = new TitledPane("Log", list);
    pane.setGraphic(bar);
    pane.setContentDisplay(ContentDisplay.RIGHT);
    pane.setGraphicTextGap(16);
    return pane;
  }
}
