package io.gattscope.stream;

/** A layout spec that cannot be parsed; the message gives the position (0-based) and the reason. */
public final class LayoutSpecException extends IllegalArgumentException {
  private final String spec;
  private final int position;
  private final String reason;

  /** Creates the exception for {@code spec} failing at character {@code position}. */
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

  /** The spec text that failed. */
  public String spec() {
    return spec;
  }

  /** 0-based character index where the problem is. */
  public int position() {
    return position;
  }

  /** Why the spec is wrong, without the position. */
  public String reason() {
    return reason;
  }
}
