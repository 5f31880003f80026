package io.gattscope.ble;

import java.util.Locale;

/** The adapter's own stack refused a command; the code and name come from the backend. */
public class BackendException extends BleException {
  private static final long serialVersionUID = 1L;

  /** The backend's result code. */
  private final int resultCode;

  /** The backend's name for the result code. */
  private final String resultName;

  /**
   * Creates one whose message names the operation, the result's name and its code in hex.
   *
   * @param operation what was asked, e.g. {@code "connect to AA:BB:CC:DD:EE:FF"}
   * @param resultCode the backend's result code (BGAPI: 16 bits; BlueZ: 0)
   * @param resultName the backend's name for it (BGAPI error name, BlueZ error name)
   */
  public BackendException(String operation, int resultCode, String resultName) {
    super(String.format(Locale.ROOT, "%s failed: %s (0x%04X)", operation, resultName, resultCode));
    this.resultCode = resultCode;
    this.resultName = resultName;
  }

  /**
   * Creates one whose message is given whole (used for named errors such as BlueZ's).
   *
   * @param message the whole message
   * @param resultCode the backend's result code (BGAPI: 16 bits; BlueZ: 0)
   * @param resultName the backend's name for it, e.g. {@code org.bluez.Error.Failed}
   * @param cause the underlying failure, or null
   */
  public BackendException(String message, int resultCode, String resultName, Throwable cause) {
    super(message, cause);
    this.resultCode = resultCode;
    this.resultName = resultName;
  }

  /**
   * The backend's numeric result code.
   *
   * @return the BGAPI result (16 bits), or 0 from a backend whose errors have only names
   */
  public int resultCode() {
    return resultCode;
  }

  /**
   * The backend's name for the result.
   *
   * @return the BGAPI error name or the BlueZ error name
   */
  public String resultName() {
    return resultName;
  }
}
