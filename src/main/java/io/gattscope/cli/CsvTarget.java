package io.gattscope.cli;

import io.gattscope.stream.CsvRecorder;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** A {@code --csv} file: checked before anything connects, opened never through a link. */
record CsvTarget(Path file, boolean force) {
  /**
   * Refuses a path that is a link, a directory, in a missing folder or (without --force) exists.
   */
  void check() {
    if (Files.isSymbolicLink(file)) {
      throw new IllegalArgumentException(
          "--csv " + file + " is a symbolic link; give the real path (links are never followed)");
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("--csv " + file + " is a directory");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new IllegalArgumentException("--csv " + file + " exists; add --force to replace it");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(
          "--csv " + file + ": the folder " + parent + " does not exist");
    }
  }

  /** Creates the file and starts recording these channels. */
  CsvRecorder start(List<String> names, List<String> units) {
    try {
      return CsvRecorder.startNoFollow(file, names, units, force);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(
          "--csv " + file + " appeared while connecting; add --force to replace it", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("--csv " + file + ": cannot create the file: " + e, e);
    }
  }
}
