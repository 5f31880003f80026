package io.gattscope.ble;

import java.util.Locale;

/** The peer answered a GATT procedure with an ATT error code. */
public class GattException extends BleException {
  private static final long serialVersionUID = 1L;

  /** The ATT error code the peer answered with. */
  private final int attErrorCode;

  /** The attribute handle concerned, or 0. */
  private final int handle;

  /**
   * Creates one whose message names the operation, the ATT error's code and name, and the handle.
   *
   * @param attErrorCode the ATT error (0x01 to 0xFF)
   * @param handle the attribute handle concerned, or 0 when unknown
   * @param operation what was asked, e.g. {@code "write of 0x2A39"}
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

  /**
   * The ATT error code (0x01 to 0xFF).
   *
   * @return the code, comparable with the constants of {@link AttError}
   */
  public int attErrorCode() {
    return attErrorCode;
  }

  /**
   * The ATT error's name from the Core specification.
   *
   * @return e.g. {@code "Insufficient Authentication"}
   */
  public String attErrorName() {
    return AttError.name(attErrorCode);
  }

  /**
   * The attribute handle concerned, or 0 when unknown.
   *
   * @return the handle, 0x0001 to 0xFFFF, or 0
   */
  public int handle() {
    return handle;
  }
}
