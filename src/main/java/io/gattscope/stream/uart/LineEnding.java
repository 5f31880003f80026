package io.gattscope.stream.uart;

/** What is appended to each line sent: nothing, LF, CR or CRLF. */
public enum LineEnding {
  /** Nothing. */
  NONE(""),
  /** Line feed. */
  LF("\n"),
  /** Carriage return. */
  CR("\r"),
  /** Carriage return and line feed. */
  CRLF("\r\n");

  private final String text;

  LineEnding(String text) {
    this.text = text;
  }

  /**
   * The characters this ending appends.
   *
   * @return the ending's text, empty for {@link #NONE}
   */
  public String text() {
    return text;
  }
}
