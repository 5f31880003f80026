package io.gattscope.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Picks a snapshot file to open: a file chooser, or a fixed answer in window tests. */
final class SnapshotFiles {
  /** What {@link #open} asks; the window tests put a fixed answer here. */
  static Function<Window, Optional<Path>> opener = SnapshotFiles::choose;

  private SnapshotFiles() {}

  /** Asks for a snapshot file; empty when the person cancelled. */
  static Optional<Path> open(Window owner) {
    return opener.apply(owner);
  }

  private static Optional<Path> choose(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Add device from snapshot");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Snapshots (JSON)", "*.json"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File file = chooser.showOpenDialog(owner);
    return Optional.ofNullable(file).map(File::toPath);
  }
}
