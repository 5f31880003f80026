package io.gattscope.app.view;

import io.gattscope.app.device.SnapshotSaver;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The device header's "Save snapshot…" button, its options dialog and its progress bar. */
final class SnapshotSaveView {
  private final SnapshotSaver saver;
  private final String defaultName;

  SnapshotSaveView(SnapshotSaver saver, String defaultName) {
    this.saver = saver;
    this.defaultName = defaultName;
  }

  /** The button that opens the dialog; the progress takes its place while a capture runs. */
  Button button() {
    Button save = new Button("Save snapshot…");
    save.setId("saveSnapshotButton");
    save.setTooltip(
        new Tooltip("Save this device's advertising, GATT table and values as a snapshot file"));
    save.setMinWidth(Button.USE_PREF_SIZE);
    save.visibleProperty().bind(saver.runningProperty().not());
    save.managedProperty().bind(save.visibleProperty());
    save.setOnAction(e -> ask(save.getScene().getWindow()));
    saver
        .errorProperty()
        .addListener(
            (o, a, text) -> {
              if (!text.isEmpty() && save.getScene() != null) {
                showError(save.getScene().getWindow(), text);
              }
            });
    return save;
  }

  /** The progress bar, step and Cancel button, shown while a capture runs. */
  Node progress() {
    ProgressBar bar = new ProgressBar();
    bar.setId("snapshotProgress");
    bar.setPrefWidth(140);
    bar.progressProperty().bind(saver.progressProperty());
    Label step = new Label();
    step.setId("snapshotStep");
    step.textProperty().bind(saver.messageProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("snapshotCancel");
    cancel.setOnAction(e -> saver.cancel());
    HBox box = new HBox(6, bar, step, cancel);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setMinWidth(HBox.USE_PREF_SIZE);
    box.visibleProperty().bind(saver.runningProperty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  /** Asks for the file and the recording, then starts the capture. */
  private void ask(Window owner) {
    TextField file = new TextField(defaultFile().toString());
    file.setId("snapshotFile");
    file.setPrefColumnCount(32);
    Button browse = new Button("Browse…");
    browse.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Save snapshot");
          chooser
              .getExtensionFilters()
              .add(new FileChooser.ExtensionFilter("Snapshots (JSON)", "*.json"));
          try {
            Path current = Path.of(file.getText().trim()).toAbsolutePath();
            File folder = current.getParent() == null ? null : current.getParent().toFile();
            if (folder != null && folder.isDirectory()) {
              chooser.setInitialDirectory(folder);
            }
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
          } catch (InvalidPathException x) {
            chooser.setInitialFileName(defaultFile().getFileName().toString());
          }
          File chosen = chooser.showSaveDialog(browse.getScene().getWindow());
          if (chosen != null) {
            file.setText(chosen.getPath());
          }
        });
    boolean subscribed = saver.hasSubscriptions();
    CheckBox record = new CheckBox("Record the running subscriptions for");
    record.setId("snapshotRecord");
    record.setDisable(!subscribed);
    Spinner<Integer> seconds = new Spinner<>(1, SnapshotSaver.MAX_RECORD_SECONDS, 10);
    seconds.setId("snapshotSeconds");
    seconds.setEditable(true);
    seconds.setPrefWidth(90);
    seconds.disableProperty().bind(record.selectedProperty().not());
    Label note =
        new Label(subscribed ? "seconds" : "seconds (turn on notifications to record them)");
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("File"), file, browse);
    grid.add(new HBox(8, record, seconds, note), 0, 1, 3, 1);
    GridPane.setHgrow(file, Priority.ALWAYS);

    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Save snapshot");
    dialog.setHeaderText("Save the device as a snapshot the simulator can serve");
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().setId("snapshotDialog");
    dialog.getDialogPane().lookupButton(save).disableProperty().bind(file.textProperty().isEmpty());
    dialog.setOnHidden(
        e -> {
          if (dialog.getResult() == save) {
            int time = record.isSelected() ? seconds.getValue() : 0;
            try {
              saveTo(owner, Path.of(file.getText().trim()), time);
            } catch (InvalidPathException x) {
              showError(owner, "Saving the snapshot failed: " + x.getMessage());
            }
          }
        });
    dialog.show();
  }

  /** Starts the capture; an existing regular file is replaced only when the person agrees. */
  private void saveTo(Window owner, Path file, int time) {
    boolean existing =
        Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file);
    if (!existing) {
      saver.save(file, time, false);
      return;
    }
    ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            file + " exists. Replace it with the new snapshot?",
            replace,
            ButtonType.CANCEL);
    confirm.initOwner(owner);
    confirm.setTitle("Save snapshot");
    confirm.setHeaderText("Replace the existing file?");
    confirm.getDialogPane().setId("snapshotReplace");
    ((Button) confirm.getDialogPane().lookupButton(replace)).setDefaultButton(false);
    ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    confirm.setOnHidden(
        e -> {
          if (confirm.getResult() == replace) {
            saver.save(file, time, true);
          }
        });
    confirm.show();
  }

  private Path defaultFile() {
    String name = defaultName.replaceAll("[^A-Za-z0-9._-]+", "-") + ".json";
    String home = System.getProperty("user.home");
    return home == null ? Path.of(name) : Path.of(home, name);
  }

  private static void showError(Window owner, String text) {
    Alert alert = new Alert(Alert.AlertType.ERROR, text);
    alert.initOwner(owner);
    alert.setTitle("Save snapshot");
    alert.setHeaderText("The snapshot was not saved");
    alert.getDialogPane().setId("snapshotError");
    alert.show();
  }
}
