package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;

/**
 * BGAPI class 0 (system): reset, hello, local address, connection count, firmware info and the boot
 * event.
 */
public final class SystemMessages {
  /** BGAPI class id of these messages. */
  public static final int CLASS_ID = 0;

  private SystemMessages() {}

  /** Adds every message of this class to {@code t}. */
  static void register(MessageTable t) {
    // one decoder for the class: each method reference would spin a class of its own
    MessageTable.Decoder d = SystemMessages::decode;
    t.add(MessageKey.command(0, 0), "system_reset", 1, false, d);
    t.add(MessageKey.command(0, 1), "system_hello", 0, false, d);
    t.add(MessageKey.response(0, 1), "system_hello", 0, false, d);
    t.add(MessageKey.command(0, 2), "system_address_get", 0, false, d);
    t.add(MessageKey.response(0, 2), "system_address_get", 6, false, d);
    t.add(MessageKey.command(0, 6), "system_get_connections", 0, false, d);
    t.add(MessageKey.response(0, 6), "system_get_connections", 1, false, d);
    t.add(MessageKey.command(0, 8), "system_get_info", 0, false, d);
    t.add(MessageKey.response(0, 8), "system_get_info", 12, false, d);
    t.add(MessageKey.event(0, 0), "system_boot", 12, false, d);
  }

  /** Decodes one of this class's messages; only the record decoded is loaded. */
  static BgapiMessage decode(MessageKey key, PayloadReader r) {
    int id = key.messageId();
    return switch (key.kind()) {
      case COMMAND ->
          switch (id) {
            case 0 -> Reset.read(r);
            case 1 -> Hello.read(r);
            case 2 -> AddressGet.read(r);
            case 6 -> GetConnections.read(r);
            case 8 -> GetInfo.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case RESPONSE ->
          switch (id) {
            case 1 -> HelloResponse.read(r);
            case 2 -> AddressGetResponse.read(r);
            case 6 -> GetConnectionsResponse.read(r);
            case 8 -> GetInfoResponse.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case EVENT ->
          switch (id) {
            case 0 -> BootEvent.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
    };
  }

  /**
   * Restarts the device (1 = into DFU mode); it answers with a system_boot event, not a response.
   *
   * @param bootInDfu uint8, 0..255; 1 restarts into the DFU firmware-update mode, 0 restarts
   *     normally
   */
  public record Reset(int bootInDfu) implements BgapiMessage {
    /** Command 0,0. */
    public static final MessageKey KEY = MessageKey.command(0, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param bootInDfu 1 restarts into the DFU firmware-update mode, 0 restarts normally; must fit
     *     a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public Reset {
      Fields.u8("bootInDfu", bootInDfu);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("bootInDfu", bootInDfu);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded system_reset command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static Reset read(PayloadReader r) {
      return new Reset(r.u8("bootInDfu"));
    }
  }

  /** Checks that the device answers. */
  public record Hello() implements BgapiMessage {
    /** Command 0,1. */
    public static final MessageKey KEY = MessageKey.command(0, 1);

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
     * @return the decoded system_hello command
     */
    public static Hello read(PayloadReader r) {
      return new Hello();
    }
  }

  /** Response to system_hello. */
  public record HelloResponse() implements BgapiMessage {
    /** Response 0,1. */
    public static final MessageKey KEY = MessageKey.response(0, 1);

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
     * @return the decoded system_hello response
     */
    public static HelloResponse read(PayloadReader r) {
      return new HelloResponse();
    }
  }

  /** Asks for the local Bluetooth address. */
  public record AddressGet() implements BgapiMessage {
    /** Command 0,2. */
    public static final MessageKey KEY = MessageKey.command(0, 2);

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
     * @return the decoded system_address_get command
     */
    public static AddressGet read(PayloadReader r) {
      return new AddressGet();
    }
  }

  /**
   * Response to system_address_get.
   *
   * @param address bd_addr, 6 bytes little-endian; the dongle's own public Bluetooth address
   */
  public record AddressGetResponse(BleAddress address) implements BgapiMessage {
    /** Response 0,2. */
    public static final MessageKey KEY = MessageKey.response(0, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param address the dongle's own public Bluetooth address; not null
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public AddressGetResponse {
      Fields.address("address", address);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.address("address", address);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded system_address_get response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static AddressGetResponse read(PayloadReader r) {
      return new AddressGetResponse(r.address("address"));
    }
  }

  /** Asks how many connections the device supports. */
  public record GetConnections() implements BgapiMessage {
    /** Command 0,6. */
    public static final MessageKey KEY = MessageKey.command(0, 6);

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
     * @return the decoded system_get_connections command
     */
    public static GetConnections read(PayloadReader r) {
      return new GetConnections();
    }
  }

  /**
   * Response to system_get_connections.
   *
   * @param maxconn uint8, 0..255; how many simultaneous connections the dongle's firmware supports
   */
  public record GetConnectionsResponse(int maxconn) implements BgapiMessage {
    /** Response 0,6. */
    public static final MessageKey KEY = MessageKey.response(0, 6);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param maxconn how many simultaneous connections the dongle's firmware supports; must fit a
     *     uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GetConnectionsResponse {
      Fields.u8("maxconn", maxconn);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("maxconn", maxconn);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded system_get_connections response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static GetConnectionsResponse read(PayloadReader r) {
      return new GetConnectionsResponse(r.u8("maxconn"));
    }
  }

  /** Asks for the firmware and hardware versions. */
  public record GetInfo() implements BgapiMessage {
    /** Command 0,8. */
    public static final MessageKey KEY = MessageKey.command(0, 8);

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
     * @return the decoded system_get_info command
     */
    public static GetInfo read(PayloadReader r) {
      return new GetInfo();
    }
  }

  /**
   * Response to system_get_info.
   *
   * @param major uint16, 0..65535; the firmware's major version
   * @param minor uint16, 0..65535; the firmware's minor version
   * @param patch uint16, 0..65535; the firmware's patch version
   * @param build uint16, 0..65535; the firmware's build number
   * @param llVersion uint16, 0..65535; the link layer version
   * @param protocolVersion uint8, 0..255; the BGAPI protocol version
   * @param hw uint8, 0..255; the hardware version
   */
  public record GetInfoResponse(
      int major, int minor, int patch, int build, int llVersion, int protocolVersion, int hw)
      implements BgapiMessage {
    /** Response 0,8. */
    public static final MessageKey KEY = MessageKey.response(0, 8);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param major the firmware's major version; must fit a uint16
     * @param minor the firmware's minor version; must fit a uint16
     * @param patch the firmware's patch version; must fit a uint16
     * @param build the firmware's build number; must fit a uint16
     * @param llVersion the link layer version; must fit a uint16
     * @param protocolVersion the BGAPI protocol version; must fit a uint8
     * @param hw the hardware version; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GetInfoResponse {
      Fields.u16("major", major);
      Fields.u16("minor", minor);
      Fields.u16("patch", patch);
      Fields.u16("build", build);
      Fields.u16("llVersion", llVersion);
      Fields.u8("protocolVersion", protocolVersion);
      Fields.u8("hw", hw);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("major", major);
      w.u16("minor", minor);
      w.u16("patch", patch);
      w.u16("build", build);
      w.u16("llVersion", llVersion);
      w.u8("protocolVersion", protocolVersion);
      w.u8("hw", hw);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded system_get_info response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static GetInfoResponse read(PayloadReader r) {
      return new GetInfoResponse(
          r.u16("major"),
          r.u16("minor"),
          r.u16("patch"),
          r.u16("build"),
          r.u16("llVersion"),
          r.u8("protocolVersion"),
          r.u8("hw"));
    }
  }

  /**
   * The device has started (after power-up or reset).
   *
   * @param major uint16, 0..65535; the firmware's major version
   * @param minor uint16, 0..65535; the firmware's minor version
   * @param patch uint16, 0..65535; the firmware's patch version
   * @param build uint16, 0..65535; the firmware's build number
   * @param llVersion uint16, 0..65535; the link layer version
   * @param protocolVersion uint8, 0..255; the BGAPI protocol version
   * @param hw uint8, 0..255; the hardware version
   */
  public record BootEvent(
      int major, int minor, int patch, int build, int llVersion, int protocolVersion, int hw)
      implements BgapiMessage {
    /** Event 0,0. */
    public static final MessageKey KEY = MessageKey.event(0, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param major the firmware's major version; must fit a uint16
     * @param minor the firmware's minor version; must fit a uint16
     * @param patch the firmware's patch version; must fit a uint16
     * @param build the firmware's build number; must fit a uint16
     * @param llVersion the link layer version; must fit a uint16
     * @param protocolVersion the BGAPI protocol version; must fit a uint8
     * @param hw the hardware version; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public BootEvent {
      Fields.u16("major", major);
      Fields.u16("minor", minor);
      Fields.u16("patch", patch);
      Fields.u16("build", build);
      Fields.u16("llVersion", llVersion);
      Fields.u8("protocolVersion", protocolVersion);
      Fields.u8("hw", hw);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u16("major", major);
      w.u16("minor", minor);
      w.u16("patch", patch);
      w.u16("build", build);
      w.u16("llVersion", llVersion);
      w.u8("protocolVersion", protocolVersion);
      w.u8("hw", hw);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded system_boot event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static BootEvent read(PayloadReader r) {
      return new BootEvent(
          r.u16("major"),
          r.u16("minor"),
          r.u16("patch"),
          r.u16("build"),
          r.u16("llVersion"),
          r.u8("protocolVersion"),
          r.u8("hw"));
    }
  }
}
