package io.gattscope.ble;

/** The root of every failure the library reports about Bluetooth work. */
public class BleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates one without a cause.
   *
   * @param message what failed, for a person
   */
  public BleException(String message) {
    super(message);
  }

  /**
   * Creates one with the failure that caused it.
   *
   * @param message what failed, for a person
   * @param cause the underlying failure, or null
   */
  public BleException(String message, Throwable cause) {
    super(message, cause);
  }
}
