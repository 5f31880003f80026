package io.gattscope.ble.bgapi.codec;

/** A BGAPI payload does not match the layout of its message (too short, too long, bad length). */
public class MalformedMessageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the field and offset.
   *
   * @param message what is wrong with the payload
   */
  public MalformedMessageException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the failure that revealed the problem.
   *
   * @param message what is wrong with the payload
   * @param cause the underlying failure
   */
  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
