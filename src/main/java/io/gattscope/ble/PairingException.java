package io.gattscope.ble;

/** Pairing or bonding failed; {@link #reasonCode()} carries the backend's reason. */
public class PairingException extends BleException {
  private static final long serialVersionUID = 1L;

  /** The backend's reason code, or 0. */
  private final int reasonCode;

  /**
   * Creates one with the backend's reason.
   *
   * @param message what failed and why, for a person
   * @param reasonCode the backend's reason code (BGAPI: the bonding_fail result), or 0 when none
   */
  public PairingException(String message, int reasonCode) {
    super(message);
    this.reasonCode = reasonCode;
  }

  /**
   * The backend's reason code (BGAPI: the bonding_fail result), or 0 when none.
   *
   * @return the code, or 0
   */
  public int reasonCode() {
    return reasonCode;
  }
}
