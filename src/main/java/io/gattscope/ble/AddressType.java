package io.gattscope.ble;

/** Whether a device address is a public (IEEE) or a random one. */
public enum AddressType {
  /** A public address assigned by the IEEE to the maker (wire code 0). */
  PUBLIC(0),
  /** A random address, static or private (wire code 1). */
  RANDOM(1);

  private final int code;

  AddressType(int code) {
    this.code = code;
  }

  /**
   * The code used on the wire by BGAPI and HCI (0 public, 1 random).
   *
   * @return 0 or 1
   */
  public int code() {
    return code;
  }

  /**
   * Maps a wire code to a type; codes 2 and 3 (resolved identities) map to public and random.
   *
   * @param code the address type field as BGAPI or HCI sent it
   * @return {@link #PUBLIC} for 0 and 2, {@link #RANDOM} for 1 and 3
   * @throws IllegalArgumentException for any other code
   */
  public static AddressType fromCode(int code) {
    return switch (code) {
      case 0, 2 -> PUBLIC;
      case 1, 3 -> RANDOM;
      default -> throw new IllegalArgumentException("unknown address type code " + code);
    };
  }
}
