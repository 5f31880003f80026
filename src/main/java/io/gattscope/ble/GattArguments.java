package io.gattscope.ble;

import java.util.Locale;

/**
 * The one argument policy of every backend and of the explorer: which handles, values, write types
 * and characteristic properties a GATT call accepts, with one message per rule. Backends call the
 * {@code require…} methods before sending anything; user interfaces call the {@code …Problem}
 * methods to explain a refusal before the user presses a button.
 */
public final class GattArguments {
  /** The longest attribute value the Core specification allows (Vol 3 Part F 3.2.9), in bytes. */
  public static final int MAX_VALUE = 512;

  /** The ATT MTU every connection starts with, and the smallest one allowed. */
  public static final int DEFAULT_MTU = 23;

  /** The largest ATT MTU: a 512-byte value plus the 5-byte header of the longest PDU. */
  public static final int MAX_MTU = 517;

  private GattArguments() {}

  /**
   * Refuses a handle outside 0x0001..0xFFFF.
   *
   * @param handle the attribute handle
   * @throws IllegalArgumentException "handle N is out of range 0x0001..0xFFFF"
   */
  public static void requireHandle(int handle) {
    if (handle < 1 || handle > 0xFFFF) {
      throw new IllegalArgumentException("handle " + handle + " is out of range 0x0001..0xFFFF");
    }
  }

  /**
   * Refuses a handle range that is reversed or not within 0x0001..0xFFFF.
   *
   * @param start the first handle of the range
   * @param end the last handle of the range
   * @throws IllegalArgumentException "handle range 0xSSSS..0xEEEE is not within 0x0001..0xFFFF"
   */
  public static void requireHandleRange(int start, int end) {
    if (start < 1 || end > 0xFFFF || start > end) {
      throw new IllegalArgumentException(
          String.format("handle range 0x%04X..0x%04X is not within 0x0001..0xFFFF", start, end));
    }
  }

  /**
   * Refuses a handle past the end of a discovered attribute table; does nothing before discovery.
   *
   * @param handle the attribute handle, already in 0x0001..0xFFFF
   * @param table the device's discovered table, or null when it has not been discovered
   * @param device the device, named in the message
   * @throws IllegalArgumentException "handle 0xHHHH is beyond the last handle 0xLLLL of DEVICE"
   */
  public static void requireInTable(int handle, GattDatabase table, Object device) {
    if (table == null || table.services().isEmpty()) {
      return;
    }
    int last = table.services().get(table.services().size() - 1).endHandle();
    if (handle > last) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "handle 0x%04X is beyond the last handle 0x%04X of %s",
              handle,
              last,
              device));
    }
  }

  /**
   * Refuses an ATT MTU outside 23..517.
   *
   * @param mtu the MTU asked for
   * @throws IllegalArgumentException "an ATT MTU lies in 23 .. 517, got N"
   */
  public static void requireMtu(int mtu) {
    if (mtu < DEFAULT_MTU || mtu > MAX_MTU) {
      throw new IllegalArgumentException(
          "an ATT MTU lies in " + DEFAULT_MTU + " .. " + MAX_MTU + ", got " + mtu);
    }
  }

  /**
   * Refuses a value that does not fit an attribute when written at {@code offset}: the offset must
   * lie in 0..512 and the offset plus the length may not pass 512.
   *
   * @param offset where in the attribute value the write starts
   * @param length the value's length in bytes
   * @throws IllegalArgumentException "offset must lie in 0 .. 512, got N" or "N bytes at offset M
   *     do not fit an attribute value: 512 bytes at most"
   */
  public static void requireFitsAt(int offset, int length) {
    if (offset < 0 || offset > MAX_VALUE) {
      throw new IllegalArgumentException(
          "offset must lie in 0 .. " + MAX_VALUE + ", got " + offset);
    }
    if (offset + length > MAX_VALUE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%d bytes at offset %d do not fit an attribute value: %d bytes at most",
              length,
              offset,
              MAX_VALUE));
    }
  }

  /**
   * Why a characteristic cannot be written with this type, or an empty string when it can.
   *
   * @param c the characteristic
   * @param type with or without response
   * @return the {@link #propertyProblem} reason, or "" when the property is present
   */
  public static String writeTypeProblem(GattCharacteristic c, WriteType type) {
    return propertyProblem(c, property(type));
  }

  /**
   * Whether a characteristic can be written at all, with or without response.
   *
   * @param c the characteristic
   * @return true when one of the write properties is present
   */
  public static boolean writable(GattCharacteristic c) {
    return writeTypeProblem(c, WriteType.REQUEST).isEmpty()
        || writeTypeProblem(c, WriteType.COMMAND).isEmpty();
  }

  /**
   * Why a value cannot be written with one write of this type, or an empty string when it can. A
   * write without response carries at most MTU - 3 bytes; a write request at most 512 (longer than
   * MTU - 3 it is sent as prepare/execute writes); nothing is ever sent for an empty value.
   *
   * @param length the value's length in bytes
   * @param type with or without response
   * @param mtu the connection's ATT MTU
   * @return the reason, or "" when the write is allowed
   */
  public static String writeProblem(int length, WriteType type, int mtu) {
    if (length == 0) {
      return "nothing to write: the value is empty";
    }
    if (type == WriteType.COMMAND && length > mtu - 3) {
      return String.format(
          Locale.ROOT,
          "%d bytes do not fit a write without response: MTU %d allows %d bytes",
          length,
          mtu,
          mtu - 3);
    }
    if (length > MAX_VALUE) {
      return String.format(
          Locale.ROOT,
          "%d bytes do not fit an attribute value: %d bytes at most",
          length,
          MAX_VALUE);
    }
    return "";
  }

  /**
   * Refuses a value that {@link #writeProblem} rejects.
   *
   * @param value the bytes to write
   * @param type with or without response
   * @param mtu the connection's ATT MTU
   * @throws IllegalArgumentException with the {@link #writeProblem} message
   */
  public static void requireWritable(byte[] value, WriteType type, int mtu) {
    if (value == null) {
      throw new IllegalArgumentException("no value given to write");
    }
    if (type == null) {
      throw new IllegalArgumentException("no write type given");
    }
    String problem = writeProblem(value.length, type, mtu);
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Refuses a value a long (prepare/execute) write cannot carry: empty or over 512 bytes.
   *
   * @param value the bytes to write
   * @throws IllegalArgumentException with the {@link #writeProblem} message
   */
  public static void requireLongWritable(byte[] value) {
    requireWritable(value, WriteType.REQUEST, DEFAULT_MTU);
  }

  /**
   * Whether a write request of this length needs prepare/execute writes.
   *
   * @param length the value's length in bytes
   * @param type with or without response
   * @param mtu the connection's ATT MTU
   * @return true for a write request longer than MTU - 3 bytes
   */
  public static boolean needsLongWrite(int length, WriteType type, int mtu) {
    return type == WriteType.REQUEST && length > mtu - 3;
  }

  /**
   * Whether a value read with one ATT read may continue (it filled the whole response, MTU - 1
   * bytes), so a read blob must follow to get the rest.
   *
   * @param length the length one read returned
   * @param mtu the connection's ATT MTU
   * @return true when a long read should follow
   */
  public static boolean mayContinue(int length, int mtu) {
    return length >= mtu - 1;
  }

  /**
   * Why a characteristic does not allow an operation, or an empty string when it does.
   *
   * @param c the characteristic
   * @param needed the property the operation needs
   * @return the reason, or "" when the property is present
   */
  public static String propertyProblem(GattCharacteristic c, CharacteristicProperty needed) {
    if (c.has(needed)) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "characteristic %s at handle 0x%04X cannot %s: its properties are %s",
        Uuids.format(c.uuid()),
        c.valueHandle(),
        verb(needed),
        c.propertySet());
  }

  /**
   * Refuses a subscription the characteristic's properties do not allow.
   *
   * @param c the characteristic
   * @param type notifications or indications
   * @throws IllegalArgumentException with the {@link #propertyProblem} message
   */
  public static void requireSubscribable(GattCharacteristic c, SubscriptionType type) {
    if (c == null || type == null) {
      throw new IllegalArgumentException("a subscription needs a characteristic and a type");
    }
    String problem = propertyProblem(c, property(type));
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * The property a subscription type needs.
   *
   * @param type notifications or indications
   * @return NOTIFY or INDICATE
   */
  public static CharacteristicProperty property(SubscriptionType type) {
    return type == SubscriptionType.NOTIFY
        ? CharacteristicProperty.NOTIFY
        : CharacteristicProperty.INDICATE;
  }

  /**
   * The property a write type needs.
   *
   * @param type with or without response
   * @return WRITE or WRITE_WITHOUT_RESPONSE
   */
  public static CharacteristicProperty property(WriteType type) {
    return type == WriteType.REQUEST
        ? CharacteristicProperty.WRITE
        : CharacteristicProperty.WRITE_WITHOUT_RESPONSE;
  }

  private static String verb(CharacteristicProperty p) {
    return switch (p) {
      case READ -> "be read";
      case WRITE -> "be written with a response";
      case WRITE_WITHOUT_RESPONSE -> "be written without response";
      case NOTIFY -> "notify";
      case INDICATE -> "indicate";
      default -> "do " + p.name().toLowerCase(Locale.ROOT);
    };
  }
}
