package io.gattscope.app.view;

import io.gattscope.app.knowledge.NamesTransfer;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.gatt.BluetoothNames;
import io.gattscope.gatt.UserNames;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Settings menu's import and export of the user's names file, through file choosers. */
final class NamesFiles {
  private NamesFiles() {}

  /** Asks for a names file and merges it into the user's names; a bad file changes nothing. */
  static void importNames(Window owner, MainViewModel vm) {
    File file = chooser("Import names").showOpenDialog(owner);
    if (file != null) {
      run(owner, vm, "Import names", t -> t.importFrom(file.toPath()));
    }
  }

  /** Asks where to write the user's names and writes them there. */
  static void exportNames(Window owner, MainViewModel vm) {
    FileChooser chooser = chooser("Export names");
    chooser.setInitialFileName("names.json");
    File file = chooser.showSaveDialog(owner);
    if (file != null) {
      run(owner, vm, "Export names", t -> t.exportTo(file.toPath()));
    }
  }

  /** One transfer step that reports what it did or throws why not. */
  private interface Step {
    String apply(NamesTransfer transfer) throws IOException;
  }

  private static void run(Window owner, MainViewModel vm, String title, Step step) {
    var log = vm.context().log();
    try {
      Path names =
          UserNames.defaultFile().orElseThrow(() -> new IOException("no home directory for names"));
      log.info("", step.apply(new NamesTransfer(BluetoothNames.get(), names)));
    } catch (IOException | RuntimeException e) {
      String text = e.getMessage() == null ? e.toString() : e.getMessage();
      log.error("", text);
      Alert alert = new Alert(Alert.AlertType.ERROR, text);
      alert.initOwner(owner);
      alert.setTitle(title);
      alert.setHeaderText(title + " failed");
      alert.getDialogPane().setId("namesError");
      alert.show();
    }
  }

  private static FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Names (JSON)", "*.json"));
    UserNames.defaultFile()
        .map(Path::getParent)
        .map(Path::toFile)
        .filter(File::isDirectory)
        .ifPresent(chooser::setInitialDirectory);
    return chooser;
  }
}
