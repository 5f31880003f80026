package io.gattscope.ble.bluez;

import io.gattscope.ble.GattException;

/** An ATT error that BlueZ reported as a named D-Bus error; keeps that name and its text. */
public class BluezGattException extends GattException {
  private static final long serialVersionUID = 1L;
  private final String errorName;
  private final String errorText;

  /**
   * @param attErrorCode the ATT error the BlueZ error implies (0x01 to 0xFF)
   * @param handle the attribute handle concerned, or 0
   * @param errorName the D-Bus error name, e.g. {@code org.bluez.Error.NotPermitted}
   * @param errorText BlueZ's message, e.g. "Read not permitted"
   */
  public BluezGattException(
      int attErrorCode, int handle, String operation, String errorName, String errorText) {
    super(attErrorCode, handle, operation + " (" + errorName + ": " + errorText + ")");
    this.errorName = errorName;
    this.errorText = errorText;
  }

  /** The D-Bus error name BlueZ sent. */
  public String errorName() {
    return errorName;
  }

  /** BlueZ's message text. */
  public String errorText() {
    return errorText;
  }
}
