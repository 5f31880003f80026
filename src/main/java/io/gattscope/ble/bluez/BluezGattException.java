package io.gattscope.ble.bluez;

import io.gattscope.ble.GattException;

/** An ATT error that BlueZ reported as a named D-Bus error; keeps that name and its text. */
public class BluezGattException extends GattException {
  private static final long serialVersionUID = 1L;

  /** The D-Bus error name BlueZ sent, such as {@code org.bluez.Error.NotPermitted}. */
  private final String errorName;

  /** The message BlueZ sent with the error. */
  private final String errorText;

  /**
   * Creates the exception from BlueZ's error reply.
   *
   * @param attErrorCode the ATT error the BlueZ error implies (0x01 to 0xFF)
   * @param handle the attribute handle concerned, or 0
   * @param operation what failed, such as "StartNotify on" and the object path; it leads the
   *     message
   * @param errorName the D-Bus error name, e.g. {@code org.bluez.Error.NotPermitted}
   * @param errorText BlueZ's message, e.g. "Read not permitted"
   */
  public BluezGattException(
      int attErrorCode, int handle, String operation, String errorName, String errorText) {
    super(attErrorCode, handle, operation + " (" + errorName + ": " + errorText + ")");
    this.errorName = errorName;
    this.errorText = errorText;
  }

  /**
   * The D-Bus error name BlueZ sent.
   *
   * @return the name, e.g. {@code org.bluez.Error.NotPermitted}
   */
  public String errorName() {
    return errorName;
  }

  /**
   * BlueZ's message text.
   *
   * @return the text, e.g. "Read not permitted"
   */
  public String errorText() {
    return errorText;
  }
}
