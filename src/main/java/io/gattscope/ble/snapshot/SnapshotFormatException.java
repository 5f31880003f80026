package io.gattscope.ble.snapshot;

/** A snapshot file that is not valid: the message starts with the JSON path of the problem. */
public final class SnapshotFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the problem. */
  private final String path;

  /**
   * Creates the error.
   *
   * @param path the JSON path of the offending element, e.g. {@code $.services[0].handle}
   * @param problem what is wrong there
   */
  public SnapshotFormatException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /**
   * Where the problem is.
   *
   * @return the JSON path, {@code $} for the whole document
   */
  public String path() {
    return path;
  }
}
