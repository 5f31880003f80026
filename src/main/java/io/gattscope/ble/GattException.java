package io.gattscope.ble;

import java.util.Locale;

/** The peer answered a GATT procedure with an ATT error code. */
public class GattException extends BleException {
  private static final long serialVersionUID = 1L;
  private final int attErrorCode;
  private final int handle;

  /**
   * @param attErrorCode the ATT error (0x01 to 0xFF)
   * @param handle the attribute handle concerned, or 0 when unknown
   */
  public GattException(int attErrorCode, int handle, String operation) {
    super(
        String.format(
            Locale.ROOT,
            "%s failed: ATT error 0x%02X %s%s",
            operation,
            attErrorCode,
            AttError.name(attErrorCode),
            handle > 0 ? String.format(Locale.ROOT, " (handle 0x%04X)", handle) : ""));
    this.attErrorCode = attErrorCode;
    this.handle = handle;
  }

  /** The ATT error code (0x01 to 0xFF). */
  public int attErrorCode() {
    return attErrorCode;
  }

  /** The ATT error's name from the Core specification. */
  public String attErrorName() {
    return AttError.name(attErrorCode);
  }

  /** The attribute handle concerned, or 0 when unknown. */
  public int handle() {
    return handle;
  }
}
