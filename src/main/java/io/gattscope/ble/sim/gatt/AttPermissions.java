package io.gattscope.ble.sim.gatt;

/**
 * Access rules of one attribute, checked by {@link AttServer} before a read or write.
 *
 * @param readable whether a read is allowed (else ATT 0x02)
 * @param writable whether a write request or prepared write is allowed (else ATT 0x03)
 * @param writableWithoutResponse whether a write command is accepted
 * @param authenticationRequired whether the link must be bonded/encrypted (else ATT 0x05)
 * @param minLength smallest accepted written length in bytes (0..512)
 * @param maxLength largest accepted value length in bytes (0..512, else ATT 0x0D)
 */
public record AttPermissions(
    boolean readable,
    boolean writable,
    boolean writableWithoutResponse,
    boolean authenticationRequired,
    int minLength,
    int maxLength) {

  /** The largest attribute value the ATT protocol allows. */
  public static final int MAX_ATTRIBUTE_LENGTH = 512;

  /**
   * Validates the length bounds.
   *
   * @param readable whether a read is allowed (else ATT 0x02)
   * @param writable whether a write request or prepared write is allowed (else ATT 0x03)
   * @param writableWithoutResponse whether a write command is accepted
   * @param authenticationRequired whether the link must be bonded/encrypted (else ATT 0x05)
   * @param minLength smallest accepted written length in bytes (0..512)
   * @param maxLength largest accepted value length in bytes (0..512, else ATT 0x0D)
   * @throws IllegalArgumentException unless {@code 0 <= minLength <= maxLength <= 512}
   */
  public AttPermissions {
    if (minLength < 0 || maxLength > MAX_ATTRIBUTE_LENGTH || minLength > maxLength) {
      throw new IllegalArgumentException(
          "attribute length bounds must satisfy 0 <= min <= max <= 512, got min="
              + minLength
              + " max="
              + maxLength);
    }
  }

  /**
   * Read-only, any length.
   *
   * @return readable, not writable, no authentication, 0 to 512 bytes
   */
  public static AttPermissions readOnly() {
    return new AttPermissions(true, false, false, false, 0, MAX_ATTRIBUTE_LENGTH);
  }

  /**
   * Neither readable nor writable (a notify-only value).
   *
   * @return neither readable nor writable, no authentication, 0 to 512 bytes
   */
  public static AttPermissions none() {
    return new AttPermissions(false, false, false, false, 0, MAX_ATTRIBUTE_LENGTH);
  }

  /**
   * Permissions that follow a characteristic's property bits (read, write, write command).
   *
   * @param properties the properties byte (see {@link CharProps})
   * @return readable if READ is set, writable if WRITE is set, writable without response if
   *     WRITE_WITHOUT_RESPONSE is set; no authentication, 0 to 512 bytes
   */
  public static AttPermissions fromProperties(int properties) {
    return new AttPermissions(
        (properties & CharProps.READ) != 0,
        (properties & CharProps.WRITE) != 0,
        (properties & CharProps.WRITE_WITHOUT_RESPONSE) != 0,
        false,
        0,
        MAX_ATTRIBUTE_LENGTH);
  }

  /**
   * A copy that also requires an authenticated (bonded) link.
   *
   * @return the copy; this one is unchanged
   */
  public AttPermissions withAuthentication() {
    return new AttPermissions(
        readable, writable, writableWithoutResponse, true, minLength, maxLength);
  }

  /**
   * A copy with other length bounds.
   *
   * @param min smallest accepted written length in bytes
   * @param max largest accepted value length in bytes
   * @return the copy; this one is unchanged
   * @throws IllegalArgumentException unless {@code 0 <= min <= max <= 512}
   */
  public AttPermissions withLength(int min, int max) {
    return new AttPermissions(
        readable, writable, writableWithoutResponse, authenticationRequired, min, max);
  }
}
