package io.gattscope.stream;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What a path about to receive a recording is, checked without following links, so the CLI and the
 * explorer refuse the same paths with the same words before {@link CsvRecorder#startNoFollow} opens
 * the file (which refuses links and, without replace, existing files once more).
 */
public enum CsvTarget {
  /** Nothing is there yet and its folder exists: the recording may create it. */
  FREE,
  /** A regular file is there: replacing it needs the user's consent. */
  EXISTING_FILE,
  /** A symbolic link (dangling or not) is there: never written through. */
  SYMBOLIC_LINK,
  /** A directory is there. */
  DIRECTORY,
  /** The folder it would be created in does not exist. */
  MISSING_FOLDER;

  /**
   * Looks at {@code file} without following links.
   *
   * @param file the path a recording would write
   * @return what is there
   */
  public static CsvTarget of(Path file) {
    if (Files.isSymbolicLink(file)) {
      return SYMBOLIC_LINK;
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      return DIRECTORY;
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return EXISTING_FILE;
    }
    Path parent = file.toAbsolutePath().getParent();
    return parent != null && !Files.isDirectory(parent) ? MISSING_FOLDER : FREE;
  }

  /**
   * Says why a recording cannot simply be created at {@code file}.
   *
   * @param file the path that was checked
   * @return e.g. "x.csv is a symbolic link; give the real path (links are never followed)", or ""
   *     for {@link #FREE}
   */
  public String problem(Path file) {
    return switch (this) {
      case FREE -> "";
      case EXISTING_FILE -> file + " exists";
      case SYMBOLIC_LINK ->
          file + " is a symbolic link; give the real path (links are never followed)";
      case DIRECTORY -> file + " is a directory";
      case MISSING_FOLDER ->
          file + ": the folder " + file.toAbsolutePath().getParent() + " does not exist";
    };
  }
}
