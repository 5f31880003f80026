package io.gattscope.ble;

/** The adapter is missing, could not be opened, or went away. */
public class AdapterUnavailableException extends BleException {
  private static final long serialVersionUID = 1L;

  public AdapterUnavailableException(String message) {
    super(message);
  }

  public AdapterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
