package io.gattscope.ble;

/** The operation needs a connection that is not (or no longer) there. */
public class NotConnectedException extends BleException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates one.
   *
   * @param message which operation needed which connection, for a person
   */
  public NotConnectedException(String message) {
    super(message);
  }
}
