package io.gattscope.ble;

/**
 * One advertising or scan-response packet as the adapter reported it.
 *
 * @param address the sender
 * @param addressType public or random
 * @param rssi received signal strength in dBm (-127 to 20)
 * @param packetType what kind of packet it was
 * @param data the AD structures, as received (0 to 31 bytes for legacy advertising)
 * @param timestampNanos {@link System#nanoTime()} when the host received it
 */
public record Advertisement(
    BleAddress address,
    AddressType addressType,
    int rssi,
    PacketType packetType,
    byte[] data,
    long timestampNanos) {

  /** The kind of advertising packet (BGAPI packet_type codes). */
  public enum PacketType {
    CONNECTABLE(0),
    DIRECTED(1),
    NON_CONNECTABLE(2),
    SCAN_RESPONSE(4),
    DISCOVERABLE(6);

    private final int code;

    PacketType(int code) {
      this.code = code;
    }

    /** The BGAPI packet_type code. */
    public int code() {
      return code;
    }

    /** The type for a BGAPI code; unknown codes become {@link #NON_CONNECTABLE}. */
    public static PacketType fromCode(int code) {
      for (PacketType t : values()) {
        if (t.code == code) {
          return t;
        }
      }
      return NON_CONNECTABLE;
    }
  }
}
