package io.gattscope.ble;

/** The root of every failure the library reports about Bluetooth work. */
public class BleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BleException(String message) {
    super(message);
  }

  public BleException(String message, Throwable cause) {
    super(message, cause);
  }
}
