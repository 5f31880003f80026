package io.gattscope.gatt.format;

/** A value that could not be parsed or formatted, with where in the input the problem is. */
public final class ValueFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Index of the offending character (parsing) or byte (formatting), or -1 for the whole input. */
  private final int position;

  /**
   * Creates an exception; {@code position} is a 0-based index or -1 when none applies.
   *
   * @param message what is wrong, in words a user can act on
   * @param position the 0-based index of the offending character or byte, or -1
   */
  public ValueFormatException(String message, int position) {
    super(message);
    this.position = position;
  }

  /**
   * The 0-based index of the offending character or byte, or -1 for the whole input.
   *
   * @return the index given to the constructor
   */
  public int position() {
    return position;
  }
}
