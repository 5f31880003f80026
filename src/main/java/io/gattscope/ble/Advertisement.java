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
    /** Connectable undirected advertising, ADV_IND (0). */
    CONNECTABLE(0),
    /** Connectable directed advertising, ADV_DIRECT_IND (1). */
    DIRECTED(1),
    /** Non-connectable advertising, ADV_NONCONN_IND (2). */
    NON_CONNECTABLE(2),
    /** A scan response to an active scan's request, SCAN_RSP (4). */
    SCAN_RESPONSE(4),
    /** Scannable undirected advertising, ADV_SCAN_IND (6). */
    DISCOVERABLE(6);

    private final int code;

    PacketType(int code) {
      this.code = code;
    }

    /**
     * The BGAPI packet_type code.
     *
     * @return 0, 1, 2, 4 or 6
     */
    public int code() {
      return code;
    }

    /**
     * The type for a BGAPI code; unknown codes become {@link #NON_CONNECTABLE}.
     *
     * @param code the BGAPI packet_type field
     * @return the matching type
     */
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
