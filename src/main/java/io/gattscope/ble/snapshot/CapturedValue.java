package io.gattscope.ble.snapshot;

/**
 * What reading an attribute gave at capture time: bytes, an ATT error, or nothing (not read).
 *
 * @param bytes the value, or null when there is none
 * @param attError the ATT error code (0x01..0xFF) the read failed with, or 0
 */
public record CapturedValue(byte[] bytes, int attError) {

  /** Nothing captured: the attribute was not readable or not read. */
  public static final CapturedValue NONE = new CapturedValue(null, 0);

  /**
   * Validates that at most one of value and error is given.
   *
   * @param bytes the value, or null
   * @param attError the ATT error code, or 0
   * @throws IllegalArgumentException when both or an out-of-range code is given
   */
  public CapturedValue {
    if (attError < 0 || attError > 0xFF) {
      throw new IllegalArgumentException("ATT error must be 0x01..0xFF, got " + attError);
    }
    if (bytes != null && attError != 0) {
      throw new IllegalArgumentException("a captured value has bytes or an error, not both");
    }
    bytes = bytes == null ? null : bytes.clone();
  }

  /**
   * A value that was read.
   *
   * @param bytes the bytes read; not null
   * @return the captured value
   */
  public static CapturedValue of(byte[] bytes) {
    return new CapturedValue(bytes.clone(), 0);
  }

  /**
   * A read that failed with an ATT error.
   *
   * @param code the ATT error code, 0x01..0xFF
   * @return the captured error
   */
  public static CapturedValue error(int code) {
    if (code == 0) {
      throw new IllegalArgumentException("ATT error must be 0x01..0xFF, got 0");
    }
    return new CapturedValue(null, code);
  }

  /**
   * Whether bytes were captured.
   *
   * @return true when {@link #bytes()} is not null
   */
  public boolean present() {
    return bytes != null;
  }

  /**
   * A copy of the bytes.
   *
   * @return a new array, or null when nothing was captured
   */
  @Override
  public byte[] bytes() {
    return bytes == null ? null : bytes.clone();
  }
}
