package io.gattscope.ble.bgapi.codec;

/**
 * The BGAPI protocol's named numbers shared by the client and the simulator: the types of
 * attclient_attribute_value, the flags of connection_status and the "no bond" handle. Result codes
 * are named in {@link BgapiErrors}.
 */
public final class BgapiConstants {
  /** attclient_attribute_value type: the value of a read. */
  public static final int VALUE_READ = 0;

  /** attclient_attribute_value type: a notification. */
  public static final int VALUE_NOTIFY = 1;

  /** attclient_attribute_value type: an indication already confirmed by the stack. */
  public static final int VALUE_INDICATE = 2;

  /** attclient_attribute_value type: one result of read by type. */
  public static final int VALUE_READ_BY_TYPE = 3;

  /** attclient_attribute_value type: one part of a long (blob) read. */
  public static final int VALUE_READ_BLOB = 4;

  /** attclient_attribute_value type: an indication the host must confirm (indicate_confirm). */
  public static final int VALUE_INDICATE_RSP_REQ = 5;

  /** connection_status flag: the link is up. */
  public static final int FLAG_CONNECTED = 0x01;

  /** connection_status flag: the link is encrypted. */
  public static final int FLAG_ENCRYPTED = 0x02;

  /** connection_status flag: a new connection was just completed. */
  public static final int FLAG_COMPLETED = 0x04;

  /** connection_status flag: the connection parameters changed. */
  public static final int FLAG_PARAMETERS_CHANGE = 0x08;

  /** The bond handle that means "not bonded". */
  public static final int NO_BOND = 0xFF;

  private BgapiConstants() {}

  /**
   * Whether a connection interval, in units of 1.25 ms, lies in the range the Core Specification
   * allows (6..3200 = 7.5 ms..4 s).
   *
   * @param units the interval as gap_connect_direct, connection_update and connection_status carry
   *     it
   * @return true when a link may use it
   */
  public static boolean intervalInRange(int units) {
    return units >= 6 && units <= 3200;
  }

  /**
   * Whether a supervision timeout, in units of 10 ms, lies in the range the Core Specification
   * allows (10..3200 = 100 ms..32 s).
   *
   * @param units the timeout as gap_connect_direct, connection_update and connection_status carry
   *     it
   * @return true when a link may use it
   */
  public static boolean timeoutInRange(int units) {
    return units >= 10 && units <= 3200;
  }

  /**
   * Whether an attribute value of this type is a notification or indication (not a read).
   *
   * @param type the type field of an attclient_attribute_value event
   * @return true for a notification or an indication, false for the result of a read
   */
  public static boolean isPushed(int type) {
    return type == VALUE_NOTIFY || type == VALUE_INDICATE || type == VALUE_INDICATE_RSP_REQ;
  }
}
