package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;

/** BGAPI class 6 (gap): advertising mode, scanning, connecting, and the scan response event. */
public final class GapMessages {
  /** BGAPI class id of these messages. */
  public static final int CLASS_ID = 6;

  private GapMessages() {}

  /** Adds every message of this class to {@code t}. */
  static void register(MessageTable t) {
    // one decoder for the class: each method reference would spin a class of its own
    MessageTable.Decoder d = GapMessages::decode;
    t.add(MessageKey.command(6, 1), "gap_set_mode", 2, false, d);
    t.add(MessageKey.response(6, 1), "gap_set_mode", 2, false, d);
    t.add(MessageKey.command(6, 2), "gap_discover", 1, false, d);
    t.add(MessageKey.response(6, 2), "gap_discover", 2, false, d);
    t.add(MessageKey.command(6, 3), "gap_connect_direct", 15, false, d);
    t.add(MessageKey.response(6, 3), "gap_connect_direct", 3, false, d);
    t.add(MessageKey.command(6, 4), "gap_end_procedure", 0, false, d);
    t.add(MessageKey.response(6, 4), "gap_end_procedure", 2, false, d);
    t.add(MessageKey.command(6, 7), "gap_set_scan_parameters", 5, false, d);
    t.add(MessageKey.response(6, 7), "gap_set_scan_parameters", 2, false, d);
    t.add(MessageKey.event(6, 0), "gap_scan_response", 10, true, d);
  }

  /** Decodes one of this class's messages; only the record decoded is loaded. */
  static BgapiMessage decode(MessageKey key, PayloadReader r) {
    int id = key.messageId();
    return switch (key.kind()) {
      case COMMAND ->
          switch (id) {
            case 1 -> SetMode.read(r);
            case 2 -> Discover.read(r);
            case 3 -> ConnectDirect.read(r);
            case 4 -> EndProcedure.read(r);
            case 7 -> SetScanParameters.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case RESPONSE ->
          switch (id) {
            case 1 -> SetModeResponse.read(r);
            case 2 -> DiscoverResponse.read(r);
            case 3 -> ConnectDirectResponse.read(r);
            case 4 -> EndProcedureResponse.read(r);
            case 7 -> SetScanParametersResponse.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case EVENT ->
          switch (id) {
            case 0 -> ScanResponseEvent.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
    };
  }

  /**
   * Sets the advertising discoverable and connectable modes.
   *
   * @param discover uint8, 0..255; the discoverable mode of the dongle's advertising: 0 not
   *     discoverable, 1 limited, 2 general, 3 broadcast, 4 user data
   * @param connect uint8, 0..255; the connectable mode of the dongle's advertising: 0 not
   *     connectable, 1 directed, 2 undirected, 3 scannable
   */
  public record SetMode(int discover, int connect) implements BgapiMessage {
    /** Command 6,1. */
    public static final MessageKey KEY = MessageKey.command(6, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param discover the discoverable mode of the dongle's advertising: 0 not discoverable, 1
     *     limited, 2 general, 3 broadcast, 4 user data; must fit a uint8
     * @param connect the connectable mode of the dongle's advertising: 0 not connectable, 1
     *     directed, 2 undirected, 3 scannable; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public SetMode {
      Fields.u8("discover", discover);
      Fields.u8("connect", connect);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("discover", discover);
      w.u8("connect", connect);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_set_mode command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static SetMode read(PayloadReader r) {
      return new SetMode(r.u8("discover"), r.u8("connect"));
    }
  }

  /**
   * Response to gap_set_mode.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record SetModeResponse(int result) implements BgapiMessage {
    /** Response 6,1. */
    public static final MessageKey KEY = MessageKey.response(6, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public SetModeResponse {
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_set_mode response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static SetModeResponse read(PayloadReader r) {
      return new SetModeResponse(r.u16("result"));
    }
  }

  /**
   * Starts scanning (0 limited, 1 generic, 2 observation).
   *
   * @param mode uint8, 0..255; the discovery mode: 0 limited (limited-discoverable advertisers
   *     only), 1 generic (limited and general discoverable), 2 observation (every advertiser)
   */
  public record Discover(int mode) implements BgapiMessage {
    /** Command 6,2. */
    public static final MessageKey KEY = MessageKey.command(6, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param mode the discovery mode: 0 limited (limited-discoverable advertisers only), 1 generic
     *     (limited and general discoverable), 2 observation (every advertiser); must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public Discover {
      Fields.u8("mode", mode);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("mode", mode);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_discover command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static Discover read(PayloadReader r) {
      return new Discover(r.u8("mode"));
    }
  }

  /**
   * Response to gap_discover.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record DiscoverResponse(int result) implements BgapiMessage {
    /** Response 6,2. */
    public static final MessageKey KEY = MessageKey.response(6, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public DiscoverResponse {
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_discover response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static DiscoverResponse read(PayloadReader r) {
      return new DiscoverResponse(r.u16("result"));
    }
  }

  /**
   * Connects to one device; a connection_status event follows on success.
   *
   * @param address bd_addr, 6 bytes little-endian; the Bluetooth address of the device to connect
   *     to
   * @param addrType uint8, 0..255; the address type of that device: 0 public, 1 random
   * @param connIntervalMin uint16, 0..65535; the shortest connection interval accepted, in units of
   *     1.25 ms (6..3200 = 7.5 ms..4 s)
   * @param connIntervalMax uint16, 0..65535; the longest connection interval accepted, in units of
   *     1.25 ms (6..3200 = 7.5 ms..4 s)
   * @param timeout uint16, 0..65535; the supervision timeout in units of 10 ms (10..3200 = 100
   *     ms..32 s): the link counts as lost after this long without a packet
   * @param latency uint16, 0..65535; the slave latency: how many connection events the peripheral
   *     may skip (0..499)
   */
  public record ConnectDirect(
      BleAddress address,
      int addrType,
      int connIntervalMin,
      int connIntervalMax,
      int timeout,
      int latency)
      implements BgapiMessage {
    /** Command 6,3. */
    public static final MessageKey KEY = MessageKey.command(6, 3);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param address the Bluetooth address of the device to connect to; not null
     * @param addrType the address type of that device: 0 public, 1 random; must fit a uint8
     * @param connIntervalMin the shortest connection interval accepted, in units of 1.25 ms
     *     (6..3200 = 7.5 ms..4 s); must fit a uint16
     * @param connIntervalMax the longest connection interval accepted, in units of 1.25 ms (6..3200
     *     = 7.5 ms..4 s); must fit a uint16
     * @param timeout the supervision timeout in units of 10 ms (10..3200 = 100 ms..32 s): the link
     *     counts as lost after this long without a packet; must fit a uint16
     * @param latency the slave latency: how many connection events the peripheral may skip
     *     (0..499); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ConnectDirect {
      Fields.address("address", address);
      Fields.u8("addrType", addrType);
      Fields.u16("connIntervalMin", connIntervalMin);
      Fields.u16("connIntervalMax", connIntervalMax);
      Fields.u16("timeout", timeout);
      Fields.u16("latency", latency);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.address("address", address);
      w.u8("addrType", addrType);
      w.u16("connIntervalMin", connIntervalMin);
      w.u16("connIntervalMax", connIntervalMax);
      w.u16("timeout", timeout);
      w.u16("latency", latency);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_connect_direct command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ConnectDirect read(PayloadReader r) {
      return new ConnectDirect(
          r.address("address"),
          r.u8("addrType"),
          r.u16("connIntervalMin"),
          r.u16("connIntervalMax"),
          r.u16("timeout"),
          r.u16("latency"));
    }
  }

  /**
   * Response to gap_connect_direct.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   * @param connectionHandle uint8, 0..255; the connection handle the dongle assigned to the link
   *     being opened
   */
  public record ConnectDirectResponse(int result, int connectionHandle) implements BgapiMessage {
    /** Response 6,3. */
    public static final MessageKey KEY = MessageKey.response(6, 3);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @param connectionHandle the connection handle the dongle assigned to the link being opened;
     *     must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ConnectDirectResponse {
      Fields.u16("result", result);
      Fields.u8("connectionHandle", connectionHandle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("result", result);
      w.u8("connectionHandle", connectionHandle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_connect_direct response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ConnectDirectResponse read(PayloadReader r) {
      return new ConnectDirectResponse(r.u16("result"), r.u8("connectionHandle"));
    }
  }

  /** Stops the current GAP procedure (scanning or connecting). */
  public record EndProcedure() implements BgapiMessage {
    /** Command 6,4. */
    public static final MessageKey KEY = MessageKey.command(6, 4);

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {}

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, which has no fields
     * @return the decoded gap_end_procedure command
     */
    public static EndProcedure read(PayloadReader r) {
      return new EndProcedure();
    }
  }

  /**
   * Response to gap_end_procedure.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record EndProcedureResponse(int result) implements BgapiMessage {
    /** Response 6,4. */
    public static final MessageKey KEY = MessageKey.response(6, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public EndProcedureResponse {
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_end_procedure response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static EndProcedureResponse read(PayloadReader r) {
      return new EndProcedureResponse(r.u16("result"));
    }
  }

  /**
   * Sets the scan interval, window and active scanning.
   *
   * @param scanInterval uint16, 0..65535; how often a scan window starts, in units of 0.625 ms
   *     (4..16384 = 2.5 ms..10.24 s)
   * @param scanWindow uint16, 0..65535; how long the radio listens in each interval, in units of
   *     0.625 ms; at most the scan interval
   * @param active uint8, 0..255; 1 sends scan requests to get scan responses (active scanning), 0
   *     only listens (passive)
   */
  public record SetScanParameters(int scanInterval, int scanWindow, int active)
      implements BgapiMessage {
    /** Command 6,7. */
    public static final MessageKey KEY = MessageKey.command(6, 7);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param scanInterval how often a scan window starts, in units of 0.625 ms (4..16384 = 2.5
     *     ms..10.24 s); must fit a uint16
     * @param scanWindow how long the radio listens in each interval, in units of 0.625 ms; at most
     *     the scan interval; must fit a uint16
     * @param active 1 sends scan requests to get scan responses (active scanning), 0 only listens
     *     (passive); must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public SetScanParameters {
      Fields.u16("scanInterval", scanInterval);
      Fields.u16("scanWindow", scanWindow);
      Fields.u8("active", active);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("scanInterval", scanInterval);
      w.u16("scanWindow", scanWindow);
      w.u8("active", active);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_set_scan_parameters command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static SetScanParameters read(PayloadReader r) {
      return new SetScanParameters(r.u16("scanInterval"), r.u16("scanWindow"), r.u8("active"));
    }
  }

  /**
   * Response to gap_set_scan_parameters.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record SetScanParametersResponse(int result) implements BgapiMessage {
    /** Response 6,7. */
    public static final MessageKey KEY = MessageKey.response(6, 7);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public SetScanParametersResponse {
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_set_scan_parameters response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static SetScanParametersResponse read(PayloadReader r) {
      return new SetScanParametersResponse(r.u16("result"));
    }
  }

  /**
   * One advertisement or scan response received while scanning.
   *
   * @param rssi int8, -128..127; the received signal strength of the packet in dBm
   * @param packetType uint8, 0..255; the packet type: 0 connectable advertisement, 2
   *     non-connectable advertisement, 4 scan response, 6 discoverable advertisement
   * @param sender bd_addr, 6 bytes little-endian; the advertiser's Bluetooth address
   * @param addressType uint8, 0..255; the advertiser's address type: 0 public, 1 random
   * @param bond uint8, 0..255; the bond handle if the advertiser is bonded, 0xFF if not
   * @param data uint8array, length byte + 0..255 bytes; the advertising or scan response data: AD
   *     structures of length, type and value, up to 31 bytes
   */
  public record ScanResponseEvent(
      int rssi, int packetType, BleAddress sender, int addressType, int bond, ByteString data)
      implements BgapiMessage {
    /** Event 6,0. */
    public static final MessageKey KEY = MessageKey.event(6, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param rssi the received signal strength of the packet in dBm; must fit a int8
     * @param packetType the packet type: 0 connectable advertisement, 2 non-connectable
     *     advertisement, 4 scan response, 6 discoverable advertisement; must fit a uint8
     * @param sender the advertiser's Bluetooth address; not null
     * @param addressType the advertiser's address type: 0 public, 1 random; must fit a uint8
     * @param bond the bond handle if the advertiser is bonded, 0xFF if not; must fit a uint8
     * @param data the advertising or scan response data: AD structures of length, type and value,
     *     up to 31 bytes; not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ScanResponseEvent {
      Fields.i8("rssi", rssi);
      Fields.u8("packetType", packetType);
      Fields.address("sender", sender);
      Fields.u8("addressType", addressType);
      Fields.u8("bond", bond);
      Fields.bytes("data", data);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param rssi the received signal strength of the packet in dBm
     * @param packetType the packet type: 0 connectable advertisement, 2 non-connectable
     *     advertisement, 4 scan response, 6 discoverable advertisement
     * @param sender the advertiser's Bluetooth address
     * @param addressType the advertiser's address type: 0 public, 1 random
     * @param bond the bond handle if the advertiser is bonded, 0xFF if not
     * @param data the advertising or scan response data: AD structures of length, type and value,
     *     up to 31 bytes; the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ScanResponseEvent(
        int rssi, int packetType, BleAddress sender, int addressType, int bond, byte[] data) {
      this(rssi, packetType, sender, addressType, bond, ByteString.of(data));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.i8("rssi", rssi);
      w.u8("packetType", packetType);
      w.address("sender", sender);
      w.u8("addressType", addressType);
      w.u8("bond", bond);
      w.bytes("data", data);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded gap_scan_response event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ScanResponseEvent read(PayloadReader r) {
      return new ScanResponseEvent(
          r.i8("rssi"),
          r.u8("packetType"),
          r.address("sender"),
          r.u8("addressType"),
          r.u8("bond"),
          r.byteString("data"));
    }
  }
}
