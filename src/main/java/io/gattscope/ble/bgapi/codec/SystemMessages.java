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
   * @param bootInDfu uint8, 0..255; 1 boots into DFU mode
   */
  public record Reset(int bootInDfu) implements BgapiMessage {
    /** Command 0,0. */
    public static final MessageKey KEY = MessageKey.command(0, 0);

    /** Rejects values that do not fit their wire fields. */
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

    /** Reads the payload fields in wire order. */
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

    /** Reads the payload fields in wire order. */
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

    /** Reads the payload fields in wire order. */
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

    /** Reads the payload fields in wire order. */
    public static AddressGet read(PayloadReader r) {
      return new AddressGet();
    }
  }

  /**
   * Response to system_address_get.
   *
   * @param address bd_addr, 6 bytes little-endian
   */
  public record AddressGetResponse(BleAddress address) implements BgapiMessage {
    /** Response 0,2. */
    public static final MessageKey KEY = MessageKey.response(0, 2);

    /** Rejects values that do not fit their wire fields. */
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

    /** Reads the payload fields in wire order. */
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

    /** Reads the payload fields in wire order. */
    public static GetConnections read(PayloadReader r) {
      return new GetConnections();
    }
  }

  /**
   * Response to system_get_connections.
   *
   * @param maxconn uint8, 0..255; how many connections the device supports
   */
  public record GetConnectionsResponse(int maxconn) implements BgapiMessage {
    /** Response 0,6. */
    public static final MessageKey KEY = MessageKey.response(0, 6);

    /** Rejects values that do not fit their wire fields. */
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

    /** Reads the payload fields in wire order. */
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

    /** Reads the payload fields in wire order. */
    public static GetInfo read(PayloadReader r) {
      return new GetInfo();
    }
  }

  /**
   * Response to system_get_info.
   *
   * @param major uint16, 0..65535
   * @param minor uint16, 0..65535
   * @param patch uint16, 0..65535
   * @param build uint16, 0..65535
   * @param llVersion uint16, 0..65535
   * @param protocolVersion uint8, 0..255
   * @param hw uint8, 0..255; hardware version
   */
  public record GetInfoResponse(
      int major, int minor, int patch, int build, int llVersion, int protocolVersion, int hw)
      implements BgapiMessage {
    /** Response 0,8. */
    public static final MessageKey KEY = MessageKey.response(0, 8);

    /** Rejects values that do not fit their wire fields. */
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

    /** Reads the payload fields in wire order. */
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
   * @param major uint16, 0..65535
   * @param minor uint16, 0..65535
   * @param patch uint16, 0..65535
   * @param build uint16, 0..65535
   * @param llVersion uint16, 0..65535
   * @param protocolVersion uint8, 0..255
   * @param hw uint8, 0..255; hardware version
   */
  public record BootEvent(
      int major, int minor, int patch, int build, int llVersion, int protocolVersion, int hw)
      implements BgapiMessage {
    /** Event 0,0. */
    public static final MessageKey KEY = MessageKey.event(0, 0);

    /** Rejects values that do not fit their wire fields. */
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

    /** Reads the payload fields in wire order. */
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
