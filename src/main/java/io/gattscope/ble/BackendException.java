package io.gattscope.ble;

import java.util.Locale;

/** The adapter's own stack refused a command; the code and name come from the backend. */
public class BackendException extends BleException {
  private static final long serialVersionUID = 1L;
  private final int resultCode;
  private final String resultName;

  /**
   * @param resultCode the backend's result code (BGAPI: 16 bits; BlueZ: 0)
   * @param resultName the backend's name for it (BGAPI error name, BlueZ error name)
   */
  public BackendException(String operation, int resultCode, String resultName) {
    super(String.format(Locale.ROOT, "%s failed: %s (0x%04X)", operation, resultName, resultCode));
    this.resultCode = resultCode;
    this.resultName = resultName;
  }

  /** Creates one whose message is given whole (used for named errors such as BlueZ's). */
  public BackendException(String message, int resultCode, String resultName, Throwable cause) {
    super(message, cause);
    this.resultCode = resultCode;
    this.resultName = resultName;
  }

  /** The backend's numeric result code. */
  public int resultCode() {
    return resultCode;
  }

  /** The backend's name for the result. */
  public String resultName() {
    return resultName;
  }
}
