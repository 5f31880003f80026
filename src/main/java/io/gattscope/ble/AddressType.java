package io.gattscope.ble;

/** Whether a device address is a public (IEEE) or a random one. */
public enum AddressType {
  PUBLIC(0),
  RANDOM(1);

  private final int code;

  AddressType(int code) {
    this.code = code;
  }

  /** The code used on the wire by BGAPI and HCI (0 public, 1 random). */
  public int code() {
    return code;
  }

  /** Maps a wire code to a type; codes 2 and 3 (resolved identities) map to public and random. */
  public static AddressType fromCode(int code) {
    return switch (code) {
      case 0, 2 -> PUBLIC;
      case 1, 3 -> RANDOM;
      default -> throw new IllegalArgumentException("unknown address type code " + code);
    };
  }
}
