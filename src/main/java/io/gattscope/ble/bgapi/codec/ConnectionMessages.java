package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;

/**
 * BGAPI class 3 (connection): disconnect, RSSI, parameter update, and the status and disconnected
 * events.
 */
public final class ConnectionMessages {
  /** BGAPI class id of these messages. */
  public static final int CLASS_ID = 3;

  private ConnectionMessages() {}

  /** Adds every message of this class to {@code t}. */
  static void register(MessageTable t) {
    // one decoder for the class: each method reference would spin a class of its own
    MessageTable.Decoder d = ConnectionMessages::decode;
    t.add(MessageKey.command(3, 0), "connection_disconnect", 1, false, d);
    t.add(MessageKey.response(3, 0), "connection_disconnect", 3, false, d);
    t.add(MessageKey.command(3, 1), "connection_get_rssi", 1, false, d);
    t.add(MessageKey.response(3, 1), "connection_get_rssi", 2, false, d);
    t.add(MessageKey.command(3, 2), "connection_update", 9, false, d);
    t.add(MessageKey.response(3, 2), "connection_update", 3, false, d);
    t.add(MessageKey.event(3, 0), "connection_status", 16, false, d);
    t.add(MessageKey.event(3, 4), "connection_disconnected", 3, false, d);
  }

  /** Decodes one of this class's messages; only the record decoded is loaded. */
  static BgapiMessage decode(MessageKey key, PayloadReader r) {
    int id = key.messageId();
    return switch (key.kind()) {
      case COMMAND ->
          switch (id) {
            case 0 -> Disconnect.read(r);
            case 1 -> GetRssi.read(r);
            case 2 -> Update.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case RESPONSE ->
          switch (id) {
            case 0 -> DisconnectResponse.read(r);
            case 1 -> GetRssiResponse.read(r);
            case 2 -> UpdateResponse.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case EVENT ->
          switch (id) {
            case 0 -> StatusEvent.read(r);
            case 4 -> DisconnectedEvent.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
    };
  }

  /**
   * Ends a connection; a connection_disconnected event follows.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   */
  public record Disconnect(int connection) implements BgapiMessage {
    /** Command 3,0. */
    public static final MessageKey KEY = MessageKey.command(3, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public Disconnect {
      Fields.u8("connection", connection);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_disconnect command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static Disconnect read(PayloadReader r) {
      return new Disconnect(r.u8("connection"));
    }
  }

  /**
   * Response to connection_disconnect.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record DisconnectResponse(int connection, int result) implements BgapiMessage {
    /** Response 3,0. */
    public static final MessageKey KEY = MessageKey.response(3, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public DisconnectResponse {
      Fields.u8("connection", connection);
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_disconnect response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static DisconnectResponse read(PayloadReader r) {
      return new DisconnectResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Asks for the received signal strength of a connection.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   */
  public record GetRssi(int connection) implements BgapiMessage {
    /** Command 3,1. */
    public static final MessageKey KEY = MessageKey.command(3, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GetRssi {
      Fields.u8("connection", connection);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_get_rssi command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static GetRssi read(PayloadReader r) {
      return new GetRssi(r.u8("connection"));
    }
  }

  /**
   * Response to connection_get_rssi.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param rssi int8, -128..127; the received signal strength of the link in dBm
   */
  public record GetRssiResponse(int connection, int rssi) implements BgapiMessage {
    /** Response 3,1. */
    public static final MessageKey KEY = MessageKey.response(3, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param rssi the received signal strength of the link in dBm; must fit a int8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GetRssiResponse {
      Fields.u8("connection", connection);
      Fields.i8("rssi", rssi);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.i8("rssi", rssi);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_get_rssi response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static GetRssiResponse read(PayloadReader r) {
      return new GetRssiResponse(r.u8("connection"), r.i8("rssi"));
    }
  }

  /**
   * Requests new connection parameters.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param intervalMin uint16, 0..65535; the shortest connection interval accepted, in units of
   *     1.25 ms (6..3200 = 7.5 ms..4 s)
   * @param intervalMax uint16, 0..65535; the longest connection interval accepted, in units of 1.25
   *     ms (6..3200 = 7.5 ms..4 s)
   * @param latency uint16, 0..65535; the slave latency: how many connection events the peripheral
   *     may skip (0..499)
   * @param timeout uint16, 0..65535; the supervision timeout in units of 10 ms (10..3200 = 100
   *     ms..32 s): the link counts as lost after this long without a packet
   */
  public record Update(int connection, int intervalMin, int intervalMax, int latency, int timeout)
      implements BgapiMessage {
    /** Command 3,2. */
    public static final MessageKey KEY = MessageKey.command(3, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param intervalMin the shortest connection interval accepted, in units of 1.25 ms (6..3200 =
     *     7.5 ms..4 s); must fit a uint16
     * @param intervalMax the longest connection interval accepted, in units of 1.25 ms (6..3200 =
     *     7.5 ms..4 s); must fit a uint16
     * @param latency the slave latency: how many connection events the peripheral may skip
     *     (0..499); must fit a uint16
     * @param timeout the supervision timeout in units of 10 ms (10..3200 = 100 ms..32 s): the link
     *     counts as lost after this long without a packet; must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public Update {
      Fields.u8("connection", connection);
      Fields.u16("intervalMin", intervalMin);
      Fields.u16("intervalMax", intervalMax);
      Fields.u16("latency", latency);
      Fields.u16("timeout", timeout);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("intervalMin", intervalMin);
      w.u16("intervalMax", intervalMax);
      w.u16("latency", latency);
      w.u16("timeout", timeout);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_update command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static Update read(PayloadReader r) {
      return new Update(
          r.u8("connection"),
          r.u16("intervalMin"),
          r.u16("intervalMax"),
          r.u16("latency"),
          r.u16("timeout"));
    }
  }

  /**
   * Response to connection_update.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record UpdateResponse(int connection, int result) implements BgapiMessage {
    /** Response 3,2. */
    public static final MessageKey KEY = MessageKey.response(3, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public UpdateResponse {
      Fields.u8("connection", connection);
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_update response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static UpdateResponse read(PayloadReader r) {
      return new UpdateResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * A connection was opened or its state (encryption, parameters) changed.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param flags uint8, 0..255; the connection state bits: 1 connected, 2 encrypted, 4 completed (a
   *     new connection), 8 parameters changed
   * @param address bd_addr, 6 bytes little-endian; the remote device's Bluetooth address
   * @param addressType uint8, 0..255; the remote device's address type: 0 public, 1 random
   * @param connInterval uint16, 0..65535; the connection interval in use, in units of 1.25 ms
   *     (6..3200 = 7.5 ms..4 s)
   * @param timeout uint16, 0..65535; the supervision timeout in units of 10 ms (10..3200 = 100
   *     ms..32 s): the link counts as lost after this long without a packet
   * @param latency uint16, 0..65535; the slave latency: how many connection events the peripheral
   *     may skip (0..499)
   * @param bonding uint8, 0..255; the bond handle of the remote device, or 0xFF if it is not bonded
   */
  public record StatusEvent(
      int connection,
      int flags,
      BleAddress address,
      int addressType,
      int connInterval,
      int timeout,
      int latency,
      int bonding)
      implements BgapiMessage {
    /** Event 3,0. */
    public static final MessageKey KEY = MessageKey.event(3, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param flags the connection state bits: 1 connected, 2 encrypted, 4 completed (a new
     *     connection), 8 parameters changed; must fit a uint8
     * @param address the remote device's Bluetooth address; not null
     * @param addressType the remote device's address type: 0 public, 1 random; must fit a uint8
     * @param connInterval the connection interval in use, in units of 1.25 ms (6..3200 = 7.5 ms..4
     *     s); must fit a uint16
     * @param timeout the supervision timeout in units of 10 ms (10..3200 = 100 ms..32 s): the link
     *     counts as lost after this long without a packet; must fit a uint16
     * @param latency the slave latency: how many connection events the peripheral may skip
     *     (0..499); must fit a uint16
     * @param bonding the bond handle of the remote device, or 0xFF if it is not bonded; must fit a
     *     uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public StatusEvent {
      Fields.u8("connection", connection);
      Fields.u8("flags", flags);
      Fields.address("address", address);
      Fields.u8("addressType", addressType);
      Fields.u16("connInterval", connInterval);
      Fields.u16("timeout", timeout);
      Fields.u16("latency", latency);
      Fields.u8("bonding", bonding);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u8("flags", flags);
      w.address("address", address);
      w.u8("addressType", addressType);
      w.u16("connInterval", connInterval);
      w.u16("timeout", timeout);
      w.u16("latency", latency);
      w.u8("bonding", bonding);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_status event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static StatusEvent read(PayloadReader r) {
      return new StatusEvent(
          r.u8("connection"),
          r.u8("flags"),
          r.address("address"),
          r.u8("addressType"),
          r.u16("connInterval"),
          r.u16("timeout"),
          r.u16("latency"),
          r.u8("bonding"));
    }
  }

  /**
   * A connection ended.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param reason uint16, 0..65535; the error code saying why the link ended, for example 0x0208
   *     supervision timeout, 0x0213 remote user terminated or 0x0216 local host terminated (see
   *     BgapiErrors)
   */
  public record DisconnectedEvent(int connection, int reason) implements BgapiMessage {
    /** Event 3,4. */
    public static final MessageKey KEY = MessageKey.event(3, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param reason the error code saying why the link ended, for example 0x0208 supervision
     *     timeout, 0x0213 remote user terminated or 0x0216 local host terminated (see BgapiErrors);
     *     must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public DisconnectedEvent {
      Fields.u8("connection", connection);
      Fields.u16("reason", reason);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("reason", reason);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded connection_disconnected event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static DisconnectedEvent read(PayloadReader r) {
      return new DisconnectedEvent(r.u8("connection"), r.u16("reason"));
    }
  }
}
