package io.gattscope.ble;

/** Pairing or bonding failed; {@link #reasonCode()} carries the backend's reason. */
public class PairingException extends BleException {
  private static final long serialVersionUID = 1L;
  private final int reasonCode;

  public PairingException(String message, int reasonCode) {
    super(message);
    this.reasonCode = reasonCode;
  }

  /** The backend's reason code (BGAPI: the bonding_fail result), or 0 when none. */
  public int reasonCode() {
    return reasonCode;
  }
}
