package io.gattscope.ble.bgapi.codec;

/** A BGAPI payload does not match the layout of its message (too short, too long, bad length). */
public class MalformedMessageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedMessageException(String message) {
    super(message);
  }

  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
