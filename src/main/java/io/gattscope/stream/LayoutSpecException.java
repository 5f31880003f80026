package io.gattscope.stream;

/** A layout spec that cannot be parsed; the message gives the position (0-based) and the reason. */
public final class LayoutSpecException extends IllegalArgumentException {
  /** The spec text that failed. */
  private final String spec;

  /** The 0-based character index of the problem. */
  private final int position;

  /** The reason, without the position. */
  private final String reason;

  /**
   * Creates the exception for {@code spec} failing at character {@code position}. The message adds
   * a copy of the spec with a caret under the position when the spec is one line.
   *
   * @param spec the spec text as the user wrote it; may be {@code null}
   * @param position the 0-based character index of the problem
   * @param reason what is wrong there, e.g. {@code "padding must skip at least 1 byte"}
   */
  public LayoutSpecException(String spec, int position, String reason) {
    super("bad layout spec at position " + position + ": " + reason + pointer(spec, position));
    this.spec = spec;
    this.position = position;
    this.reason = reason;
  }

  private static String pointer(String spec, int position) {
    if (spec == null || spec.contains("\n")) {
      return "";
    }
    return "\n  " + spec + "\n  " + " ".repeat(Math.max(0, position)) + "^";
  }

  /**
   * The spec text that failed.
   *
   * @return the text given to the constructor
   */
  public String spec() {
    return spec;
  }

  /**
   * 0-based character index where the problem is.
   *
   * @return the index, 0 or more
   */
  public int position() {
    return position;
  }

  /**
   * Why the spec is wrong, without the position.
   *
   * @return the reason given to the constructor
   */
  public String reason() {
    return reason;
  }
}
