package io.gattscope.cli;

import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.CsvTarget;
import io.gattscope.stream.RecordingSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;

/** A {@code --csv} file: checked before anything connects, opened never through a link. */
record CsvOutput(Path file, boolean force) {
  /**
   * Refuses a path that is a link, a directory, in a missing folder or (without --force) exists.
   */
  void check() {
    CsvTarget target = CsvTarget.of(file);
    if (target == CsvTarget.FREE || (target == CsvTarget.EXISTING_FILE && force)) {
      return;
    }
    throw new IllegalArgumentException(
        "--csv "
            + target.problem(file)
            + (target == CsvTarget.EXISTING_FILE ? "; add --force to replace it" : ""));
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

  /** Closes the recording and says on {@code err} how many rows went to the file, or why not. */
  static void finish(CsvRecorder csv, Path file, PrintStream err) {
    try {
      RecordingSummary s = csv.finish();
      err.println(
          "Wrote "
              + s.rowsWritten()
              + " row(s) to "
              + s.file()
              + (s.rowsDropped() > 0 ? " (" + s.rowsDropped() + " dropped)" : ""));
    } catch (IOException e) {
      err.println("gattscope: writing " + file + " failed: " + e.getMessage());
    }
  }
}
