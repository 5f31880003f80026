package io.gattscope.ble;

/** The adapter is missing, could not be opened, or went away. */
public class AdapterUnavailableException extends BleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates one without a cause.
   *
   * @param message which adapter is unavailable and why, for a person
   */
  public AdapterUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates one with the failure that caused it.
   *
   * @param message which adapter is unavailable and why, for a person
   * @param cause the underlying failure, e.g. the serial port's or the bus's error
   */
  public AdapterUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
