package io.gattscope.ble.sim.gatt;

import io.gattscope.ble.AttError;
import java.util.Locale;

/** An ATT error response the simulated server gives: the code and the handle it concerns. */
public final class AttErrorException extends Exception {
  /** The ATT error code sent in the Error Response (0x01..0xFF). */
  private final int code;

  /** The attribute handle sent in the Error Response (0x0000..0xFFFF). */
  private final int handle;

  /**
   * Creates the error.
   *
   * @param code ATT error code (1 byte, 0x01..0xFF)
   * @param handle the attribute handle in error (0x0000..0xFFFF)
   */
  public AttErrorException(int code, int handle) {
    super(
        String.format(
            Locale.ROOT, "ATT error 0x%02X %s at handle 0x%04X", code, AttError.name(code), handle),
        null,
        false,
        false);
    this.code = code;
    this.handle = handle;
  }

  /**
   * The ATT error code (0x01..0xFF).
   *
   * @return the code sent in the Error Response
   */
  public int code() {
    return code;
  }

  /**
   * The handle the error concerns.
   *
   * @return the attribute handle sent in the Error Response (0x0000..0xFFFF)
   */
  public int handle() {
    return handle;
  }
}
