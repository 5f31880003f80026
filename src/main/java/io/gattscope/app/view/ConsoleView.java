package io.gattscope.app.view;

import io.gattscope.app.console.ConsoleEntry;
import io.gattscope.app.console.ConsoleViewModel;
import io.gattscope.app.device.ChartOpener;
import io.gattscope.stream.uart.LineEnding;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Console tab's content, bound to a {@link ConsoleViewModel}: lines, options, send box. */
final class ConsoleView {
  private final ConsoleViewModel vm;
  private final ChartOpener charts;
  private final ListView<ConsoleEntry> lines = new ListView<>();
  private final CheckBox follow = new CheckBox("Autoscroll");

  ConsoleView(ConsoleViewModel vm, ChartOpener charts) {
    this.vm = vm;
    this.charts = charts;
  }

  Node build() {
    lines.setId("consoleLines");
    lines.getStyleClass().add("console-lines");
    lines.setItems(vm.entries());
    lines.setPlaceholder(new Label("Nothing received yet"));
    lines.setCellFactory(v -> new EntryCell());
    InvalidationListener redraw = o -> lines.refresh();
    vm.mode().addListener(redraw);
    vm.timestamps().addListener(redraw);
    vm.entries()
        .addListener(
            (ListChangeListener<ConsoleEntry>)
                c -> {
                  if (follow.isSelected() && !vm.entries().isEmpty()) {
                    lines.scrollTo(vm.entries().size() - 1);
                  }
                });
    BorderPane root = new BorderPane(lines);
    root.setId("consolePane");
    root.setTop(options());
    root.setBottom(sendBox());
    return root;
  }

  private Node options() {
    CheckBox timestamps = new CheckBox("Timestamps");
    timestamps.setId("consoleTimestamps");
    timestamps.selectedProperty().bindBidirectional(vm.timestamps());
    timestamps.setTooltip(new Tooltip("Show when each line arrived or was sent (UTC)"));
    follow.setId("consoleFollow");
    follow.setSelected(true);
    follow.setTooltip(new Tooltip("Keep the newest line in view"));
    ComboBox<ConsoleEntry.Mode> mode = new ComboBox<>();
    mode.setId("consoleMode");
    mode.getItems().setAll(ConsoleEntry.Mode.values());
    mode.valueProperty().bindBidirectional(vm.mode());
    mode.setTooltip(new Tooltip("Show lines as text, as hex bytes, or both"));
    Button clear = new Button("Clear");
    clear.setId("consoleClear");
    clear.setOnAction(e -> vm.clear());
    clear.setTooltip(new Tooltip("Remove every line shown"));
    Button save = new Button("Save…");
    save.setId("consoleSave");
    save.setOnAction(e -> save());
    save.setTooltip(new Tooltip("Write the lines, as shown, to a text file"));
    Button plot = new Button("Plot");
    plot.setId("consolePlot");
    plot.disableProperty().bind(vm.plottable().not());
    plot.setOnAction(e -> vm.plot(charts));
    plot.setTooltip(
        new Tooltip("Chart the numeric lines (1,2,3 or name:value pairs) like a characteristic"));
    Label rate = new Label();
    rate.setId("consoleRate");
    rate.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.format(
                        Locale.ROOT,
                        "%.0f B/s · %.1f lines/s · %d not plotted · %d trimmed",
                        vm.byteRate().get(),
                        vm.lineRate().get(),
                        vm.rejected().get(),
                        vm.trimmed().get()),
                vm.byteRate(),
                vm.lineRate(),
                vm.rejected(),
                vm.trimmed()));
    rate.setTooltip(
        new Tooltip(
            "Received bytes and lines per second; lines that are not numbers (never plotted);"
                + " lines dropped from the top beyond "
                + ConsoleViewModel.MAX_ENTRIES));
    rate.setMinWidth(0);
    FlowPane bar = new FlowPane(8, 4, timestamps, follow, mode, clear, save, plot);
    bar.setAlignment(Pos.CENTER_LEFT);
    for (Node n : bar.getChildren()) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox top = new VBox(4, bar, rate);
    top.setPadding(new Insets(4));
    return top;
  }

  private Node sendBox() {
    TextField input = new TextField();
    input.setId("consoleInput");
    input.setPromptText("Text to send (Enter sends, Up/Down walk the history)");
    input.textProperty().bindBidirectional(vm.input());
    input.setOnAction(e -> vm.send());
    input.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.UP) {
            vm.historyUp();
            input.end();
            e.consume();
          } else if (e.getCode() == KeyCode.DOWN) {
            vm.historyDown();
            input.end();
            e.consume();
          }
        });
    HBox.setHgrow(input, Priority.ALWAYS);
    ComboBox<LineEnding> ending = new ComboBox<>();
    ending.setId("consoleEnding");
    ending.getItems().setAll(LineEnding.values());
    ending.valueProperty().bindBidirectional(vm.ending());
    ending.setTooltip(new Tooltip("Line end appended to what you send"));
    Button send = new Button("Send");
    send.setId("consoleSend");
    send.setOnAction(e -> vm.send());
    Label error = new Label();
    error.setId("consoleError");
    error.getStyleClass().add("error-text");
    error.textProperty().bind(vm.error());
    error.visibleProperty().bind(vm.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    ending.setMinWidth(Region.USE_PREF_SIZE);
    send.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, input, ending, send);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(4, error, row);
    box.setPadding(new Insets(4));
    return box;
  }

  private void save() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the console");
    chooser.setInitialFileName("console.txt");
    File file = chooser.showSaveDialog(lines.getScene().getWindow());
    if (file != null) {
      try {
        vm.save(file.toPath());
      } catch (IOException e) {
        vm.error().set("save failed: " + e.getMessage());
      }
    }
  }

  /** One line as the options show it; sent text in the theme's "sent" colour. */
  private final class EntryCell extends ListCell<ConsoleEntry> {
    @Override
    protected void updateItem(ConsoleEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      getStyleClass().remove("console-sent");
      if (empty || entry == null) {
        setText(null);
        return;
      }
      setText(entry.render(vm.mode().get(), vm.timestamps().get()));
      if (entry.sent()) {
        getStyleClass().add("console-sent");
      }
    }
  }
}
