package io.gattscope.ble.bgapi.codec;

/**
 * BGAPI class 4 (attclient): GATT client procedures (discovery, reads, writes) and their events.
 */
public final class AttclientMessages {
  /** BGAPI class id of these messages. */
  public static final int CLASS_ID = 4;

  private AttclientMessages() {}

  /** Adds every message of this class to {@code t}. */
  static void register(MessageTable t) {
    // one decoder for the class: each method reference would spin a class of its own
    MessageTable.Decoder d = AttclientMessages::decode;
    t.add(MessageKey.command(4, 1), "attclient_read_by_group_type", 5, true, d);
    t.add(MessageKey.response(4, 1), "attclient_read_by_group_type", 3, false, d);
    t.add(MessageKey.command(4, 2), "attclient_read_by_type", 5, true, d);
    t.add(MessageKey.response(4, 2), "attclient_read_by_type", 3, false, d);
    t.add(MessageKey.command(4, 3), "attclient_find_information", 5, false, d);
    t.add(MessageKey.response(4, 3), "attclient_find_information", 3, false, d);
    t.add(MessageKey.command(4, 4), "attclient_read_by_handle", 3, false, d);
    t.add(MessageKey.response(4, 4), "attclient_read_by_handle", 3, false, d);
    t.add(MessageKey.command(4, 5), "attclient_attribute_write", 3, true, d);
    t.add(MessageKey.response(4, 5), "attclient_attribute_write", 3, false, d);
    t.add(MessageKey.command(4, 6), "attclient_write_command", 3, true, d);
    t.add(MessageKey.response(4, 6), "attclient_write_command", 3, false, d);
    t.add(MessageKey.command(4, 7), "attclient_indicate_confirm", 1, false, d);
    t.add(MessageKey.response(4, 7), "attclient_indicate_confirm", 2, false, d);
    t.add(MessageKey.command(4, 8), "attclient_read_long", 3, false, d);
    t.add(MessageKey.response(4, 8), "attclient_read_long", 3, false, d);
    t.add(MessageKey.command(4, 9), "attclient_prepare_write", 5, true, d);
    t.add(MessageKey.response(4, 9), "attclient_prepare_write", 3, false, d);
    t.add(MessageKey.command(4, 10), "attclient_execute_write", 2, false, d);
    t.add(MessageKey.response(4, 10), "attclient_execute_write", 3, false, d);
    t.add(MessageKey.event(4, 0), "attclient_indicated", 3, false, d);
    t.add(MessageKey.event(4, 1), "attclient_procedure_completed", 5, false, d);
    t.add(MessageKey.event(4, 2), "attclient_group_found", 5, true, d);
    t.add(MessageKey.event(4, 4), "attclient_find_information_found", 3, true, d);
    t.add(MessageKey.event(4, 5), "attclient_attribute_value", 4, true, d);
  }

  /** Decodes one of this class's messages; only the record decoded is loaded. */
  static BgapiMessage decode(MessageKey key, PayloadReader r) {
    int id = key.messageId();
    return switch (key.kind()) {
      case COMMAND ->
          switch (id) {
            case 1 -> ReadByGroupType.read(r);
            case 2 -> ReadByType.read(r);
            case 3 -> FindInformation.read(r);
            case 4 -> ReadByHandle.read(r);
            case 5 -> AttributeWrite.read(r);
            case 6 -> WriteCommand.read(r);
            case 7 -> IndicateConfirm.read(r);
            case 8 -> ReadLong.read(r);
            case 9 -> PrepareWrite.read(r);
            case 10 -> ExecuteWrite.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case RESPONSE ->
          switch (id) {
            case 1 -> ReadByGroupTypeResponse.read(r);
            case 2 -> ReadByTypeResponse.read(r);
            case 3 -> FindInformationResponse.read(r);
            case 4 -> ReadByHandleResponse.read(r);
            case 5 -> AttributeWriteResponse.read(r);
            case 6 -> WriteCommandResponse.read(r);
            case 7 -> IndicateConfirmResponse.read(r);
            case 8 -> ReadLongResponse.read(r);
            case 9 -> PrepareWriteResponse.read(r);
            case 10 -> ExecuteWriteResponse.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case EVENT ->
          switch (id) {
            case 0 -> IndicatedEvent.read(r);
            case 1 -> ProcedureCompletedEvent.read(r);
            case 2 -> GroupFoundEvent.read(r);
            case 4 -> FindInformationFoundEvent.read(r);
            case 5 -> AttributeValueEvent.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
    };
  }

  /**
   * Discovers attribute groups of a type (0x2800 primary services) in a handle range.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param start uint16, 0..65535; the first attribute handle of the range to search (1..0xFFFF)
   * @param end uint16, 0..65535; the last attribute handle of the range to search (0xFFFF searches
   *     to the end)
   * @param uuid uint8array, length byte + 0..255 bytes; the group type UUID, little-endian: 0x2800
   *     finds primary services, 0x2801 secondary ones
   */
  public record ReadByGroupType(int connection, int start, int end, ByteString uuid)
      implements BgapiMessage {
    /** Command 4,1. */
    public static final MessageKey KEY = MessageKey.command(4, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param start the first attribute handle of the range to search (1..0xFFFF); must fit a uint16
     * @param end the last attribute handle of the range to search (0xFFFF searches to the end);
     *     must fit a uint16
     * @param uuid the group type UUID, little-endian: 0x2800 finds primary services, 0x2801
     *     secondary ones; not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByGroupType {
      Fields.u8("connection", connection);
      Fields.u16("start", start);
      Fields.u16("end", end);
      Fields.bytes("uuid", uuid);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param start the first attribute handle of the range to search (1..0xFFFF)
     * @param end the last attribute handle of the range to search (0xFFFF searches to the end)
     * @param uuid the group type UUID, little-endian: 0x2800 finds primary services, 0x2801
     *     secondary ones; the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByGroupType(int connection, int start, int end, byte[] uuid) {
      this(connection, start, end, ByteString.of(uuid));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("start", start);
      w.u16("end", end);
      w.bytes("uuid", uuid);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_read_by_group_type command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadByGroupType read(PayloadReader r) {
      return new ReadByGroupType(
          r.u8("connection"), r.u16("start"), r.u16("end"), r.byteString("uuid"));
    }
  }

  /**
   * Response to attclient_read_by_group_type.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record ReadByGroupTypeResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,1. */
    public static final MessageKey KEY = MessageKey.response(4, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByGroupTypeResponse {
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
     * @return the decoded attclient_read_by_group_type response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadByGroupTypeResponse read(PayloadReader r) {
      return new ReadByGroupTypeResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Reads attributes of a type (0x2803 characteristic declarations) in a handle range.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param start uint16, 0..65535; the first attribute handle of the range to search (1..0xFFFF)
   * @param end uint16, 0..65535; the last attribute handle of the range to search (0xFFFF searches
   *     to the end)
   * @param uuid uint8array, length byte + 0..255 bytes; the attribute type UUID to read,
   *     little-endian, 2 or 16 bytes (0x2803 reads characteristic declarations)
   */
  public record ReadByType(int connection, int start, int end, ByteString uuid)
      implements BgapiMessage {
    /** Command 4,2. */
    public static final MessageKey KEY = MessageKey.command(4, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param start the first attribute handle of the range to search (1..0xFFFF); must fit a uint16
     * @param end the last attribute handle of the range to search (0xFFFF searches to the end);
     *     must fit a uint16
     * @param uuid the attribute type UUID to read, little-endian, 2 or 16 bytes (0x2803 reads
     *     characteristic declarations); not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByType {
      Fields.u8("connection", connection);
      Fields.u16("start", start);
      Fields.u16("end", end);
      Fields.bytes("uuid", uuid);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param start the first attribute handle of the range to search (1..0xFFFF)
     * @param end the last attribute handle of the range to search (0xFFFF searches to the end)
     * @param uuid the attribute type UUID to read, little-endian, 2 or 16 bytes (0x2803 reads
     *     characteristic declarations); the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByType(int connection, int start, int end, byte[] uuid) {
      this(connection, start, end, ByteString.of(uuid));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("start", start);
      w.u16("end", end);
      w.bytes("uuid", uuid);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_read_by_type command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadByType read(PayloadReader r) {
      return new ReadByType(r.u8("connection"), r.u16("start"), r.u16("end"), r.byteString("uuid"));
    }
  }

  /**
   * Response to attclient_read_by_type.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record ReadByTypeResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,2. */
    public static final MessageKey KEY = MessageKey.response(4, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByTypeResponse {
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
     * @return the decoded attclient_read_by_type response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadByTypeResponse read(PayloadReader r) {
      return new ReadByTypeResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Discovers attribute handles and types (descriptors) in a handle range.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param start uint16, 0..65535; the first attribute handle of the range to search (1..0xFFFF)
   * @param end uint16, 0..65535; the last attribute handle of the range to search
   */
  public record FindInformation(int connection, int start, int end) implements BgapiMessage {
    /** Command 4,3. */
    public static final MessageKey KEY = MessageKey.command(4, 3);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param start the first attribute handle of the range to search (1..0xFFFF); must fit a uint16
     * @param end the last attribute handle of the range to search; must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public FindInformation {
      Fields.u8("connection", connection);
      Fields.u16("start", start);
      Fields.u16("end", end);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("start", start);
      w.u16("end", end);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_find_information command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static FindInformation read(PayloadReader r) {
      return new FindInformation(r.u8("connection"), r.u16("start"), r.u16("end"));
    }
  }

  /**
   * Response to attclient_find_information.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record FindInformationResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,3. */
    public static final MessageKey KEY = MessageKey.response(4, 3);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public FindInformationResponse {
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
     * @return the decoded attclient_find_information response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static FindInformationResponse read(PayloadReader r) {
      return new FindInformationResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Reads an attribute value by handle; the value arrives as an attribute_value event.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param chrhandle uint16, 0..65535; the handle of the attribute to read
   */
  public record ReadByHandle(int connection, int chrhandle) implements BgapiMessage {
    /** Command 4,4. */
    public static final MessageKey KEY = MessageKey.command(4, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param chrhandle the handle of the attribute to read; must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByHandle {
      Fields.u8("connection", connection);
      Fields.u16("chrhandle", chrhandle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("chrhandle", chrhandle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_read_by_handle command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadByHandle read(PayloadReader r) {
      return new ReadByHandle(r.u8("connection"), r.u16("chrhandle"));
    }
  }

  /**
   * Response to attclient_read_by_handle.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record ReadByHandleResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,4. */
    public static final MessageKey KEY = MessageKey.response(4, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadByHandleResponse {
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
     * @return the decoded attclient_read_by_handle response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadByHandleResponse read(PayloadReader r) {
      return new ReadByHandleResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Writes an attribute with a write request; procedure_completed follows.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param atthandle uint16, 0..65535; the handle of the attribute to write
   * @param data uint8array, length byte + 0..255 bytes; the value to write; at most ATT_MTU - 3
   *     bytes (20 with the default MTU of 23)
   */
  public record AttributeWrite(int connection, int atthandle, ByteString data)
      implements BgapiMessage {
    /** Command 4,5. */
    public static final MessageKey KEY = MessageKey.command(4, 5);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param atthandle the handle of the attribute to write; must fit a uint16
     * @param data the value to write; at most ATT_MTU - 3 bytes (20 with the default MTU of 23);
     *     not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public AttributeWrite {
      Fields.u8("connection", connection);
      Fields.u16("atthandle", atthandle);
      Fields.bytes("data", data);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param atthandle the handle of the attribute to write
     * @param data the value to write; at most ATT_MTU - 3 bytes (20 with the default MTU of 23);
     *     the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public AttributeWrite(int connection, int atthandle, byte[] data) {
      this(connection, atthandle, ByteString.of(data));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("atthandle", atthandle);
      w.bytes("data", data);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_attribute_write command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static AttributeWrite read(PayloadReader r) {
      return new AttributeWrite(r.u8("connection"), r.u16("atthandle"), r.byteString("data"));
    }
  }

  /**
   * Response to attclient_attribute_write.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record AttributeWriteResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,5. */
    public static final MessageKey KEY = MessageKey.response(4, 5);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public AttributeWriteResponse {
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
     * @return the decoded attclient_attribute_write response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static AttributeWriteResponse read(PayloadReader r) {
      return new AttributeWriteResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Writes an attribute without response (no completion event).
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param atthandle uint16, 0..65535; the handle of the attribute to write
   * @param data uint8array, length byte + 0..255 bytes; the value to write; at most ATT_MTU - 3
   *     bytes (20 with the default MTU of 23)
   */
  public record WriteCommand(int connection, int atthandle, ByteString data)
      implements BgapiMessage {
    /** Command 4,6. */
    public static final MessageKey KEY = MessageKey.command(4, 6);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param atthandle the handle of the attribute to write; must fit a uint16
     * @param data the value to write; at most ATT_MTU - 3 bytes (20 with the default MTU of 23);
     *     not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public WriteCommand {
      Fields.u8("connection", connection);
      Fields.u16("atthandle", atthandle);
      Fields.bytes("data", data);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param atthandle the handle of the attribute to write
     * @param data the value to write; at most ATT_MTU - 3 bytes (20 with the default MTU of 23);
     *     the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public WriteCommand(int connection, int atthandle, byte[] data) {
      this(connection, atthandle, ByteString.of(data));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("atthandle", atthandle);
      w.bytes("data", data);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_write_command command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static WriteCommand read(PayloadReader r) {
      return new WriteCommand(r.u8("connection"), r.u16("atthandle"), r.byteString("data"));
    }
  }

  /**
   * Response to attclient_write_command.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record WriteCommandResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,6. */
    public static final MessageKey KEY = MessageKey.response(4, 6);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public WriteCommandResponse {
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
     * @return the decoded attclient_write_command response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static WriteCommandResponse read(PayloadReader r) {
      return new WriteCommandResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Confirms an indication received from the remote device.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   */
  public record IndicateConfirm(int connection) implements BgapiMessage {
    /** Command 4,7. */
    public static final MessageKey KEY = MessageKey.command(4, 7);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public IndicateConfirm {
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
     * @return the decoded attclient_indicate_confirm command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static IndicateConfirm read(PayloadReader r) {
      return new IndicateConfirm(r.u8("connection"));
    }
  }

  /**
   * Response to attclient_indicate_confirm.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record IndicateConfirmResponse(int result) implements BgapiMessage {
    /** Response 4,7. */
    public static final MessageKey KEY = MessageKey.response(4, 7);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public IndicateConfirmResponse {
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
     * @return the decoded attclient_indicate_confirm response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static IndicateConfirmResponse read(PayloadReader r) {
      return new IndicateConfirmResponse(r.u16("result"));
    }
  }

  /**
   * Reads a long attribute value with read blob requests.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param chrhandle uint16, 0..65535; the handle of the attribute whose long value to read
   */
  public record ReadLong(int connection, int chrhandle) implements BgapiMessage {
    /** Command 4,8. */
    public static final MessageKey KEY = MessageKey.command(4, 8);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param chrhandle the handle of the attribute whose long value to read; must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadLong {
      Fields.u8("connection", connection);
      Fields.u16("chrhandle", chrhandle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("chrhandle", chrhandle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_read_long command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadLong read(PayloadReader r) {
      return new ReadLong(r.u8("connection"), r.u16("chrhandle"));
    }
  }

  /**
   * Response to attclient_read_long.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record ReadLongResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,8. */
    public static final MessageKey KEY = MessageKey.response(4, 8);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ReadLongResponse {
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
     * @return the decoded attclient_read_long response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ReadLongResponse read(PayloadReader r) {
      return new ReadLongResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Queues part of a long write at an offset; procedure_completed follows.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param atthandle uint16, 0..65535; the handle of the attribute being written
   * @param offset uint16, 0..65535; the byte offset of this part within the attribute value
   * @param data uint8array, length byte + 0..255 bytes; the part of the value to queue; at most
   *     ATT_MTU - 5 bytes (18 with the default MTU of 23)
   */
  public record PrepareWrite(int connection, int atthandle, int offset, ByteString data)
      implements BgapiMessage {
    /** Command 4,9. */
    public static final MessageKey KEY = MessageKey.command(4, 9);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param atthandle the handle of the attribute being written; must fit a uint16
     * @param offset the byte offset of this part within the attribute value; must fit a uint16
     * @param data the part of the value to queue; at most ATT_MTU - 5 bytes (18 with the default
     *     MTU of 23); not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PrepareWrite {
      Fields.u8("connection", connection);
      Fields.u16("atthandle", atthandle);
      Fields.u16("offset", offset);
      Fields.bytes("data", data);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param atthandle the handle of the attribute being written
     * @param offset the byte offset of this part within the attribute value
     * @param data the part of the value to queue; at most ATT_MTU - 5 bytes (18 with the default
     *     MTU of 23); the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PrepareWrite(int connection, int atthandle, int offset, byte[] data) {
      this(connection, atthandle, offset, ByteString.of(data));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("atthandle", atthandle);
      w.u16("offset", offset);
      w.bytes("data", data);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_prepare_write command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static PrepareWrite read(PayloadReader r) {
      return new PrepareWrite(
          r.u8("connection"), r.u16("atthandle"), r.u16("offset"), r.byteString("data"));
    }
  }

  /**
   * Response to attclient_prepare_write.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record PrepareWriteResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,9. */
    public static final MessageKey KEY = MessageKey.response(4, 9);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PrepareWriteResponse {
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
     * @return the decoded attclient_prepare_write response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static PrepareWriteResponse read(PayloadReader r) {
      return new PrepareWriteResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * Commits (1) or cancels (0) the queued prepared writes; procedure_completed follows.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param commit uint8, 0..255; 1 writes every queued part, 0 cancels them
   */
  public record ExecuteWrite(int connection, int commit) implements BgapiMessage {
    /** Command 4,10. */
    public static final MessageKey KEY = MessageKey.command(4, 10);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param commit 1 writes every queued part, 0 cancels them; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ExecuteWrite {
      Fields.u8("connection", connection);
      Fields.u8("commit", commit);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u8("commit", commit);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_execute_write command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ExecuteWrite read(PayloadReader r) {
      return new ExecuteWrite(r.u8("connection"), r.u8("commit"));
    }
  }

  /**
   * Response to attclient_execute_write.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record ExecuteWriteResponse(int connection, int result) implements BgapiMessage {
    /** Response 4,10. */
    public static final MessageKey KEY = MessageKey.response(4, 10);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ExecuteWriteResponse {
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
     * @return the decoded attclient_execute_write response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ExecuteWriteResponse read(PayloadReader r) {
      return new ExecuteWriteResponse(r.u8("connection"), r.u16("result"));
    }
  }

  /**
   * The remote device confirmed an indication.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param attrhandle uint16, 0..65535; the handle of the attribute whose indication was confirmed
   */
  public record IndicatedEvent(int connection, int attrhandle) implements BgapiMessage {
    /** Event 4,0. */
    public static final MessageKey KEY = MessageKey.event(4, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param attrhandle the handle of the attribute whose indication was confirmed; must fit a
     *     uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public IndicatedEvent {
      Fields.u8("connection", connection);
      Fields.u16("attrhandle", attrhandle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("attrhandle", attrhandle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_indicated event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static IndicatedEvent read(PayloadReader r) {
      return new IndicatedEvent(r.u8("connection"), r.u16("attrhandle"));
    }
  }

  /**
   * A GATT procedure finished, with its result.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   * @param chrhandle uint16, 0..65535; the attribute handle the finished procedure worked on
   */
  public record ProcedureCompletedEvent(int connection, int result, int chrhandle)
      implements BgapiMessage {
    /** Event 4,1. */
    public static final MessageKey KEY = MessageKey.event(4, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @param chrhandle the attribute handle the finished procedure worked on; must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public ProcedureCompletedEvent {
      Fields.u8("connection", connection);
      Fields.u16("result", result);
      Fields.u16("chrhandle", chrhandle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("result", result);
      w.u16("chrhandle", chrhandle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_procedure_completed event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static ProcedureCompletedEvent read(PayloadReader r) {
      return new ProcedureCompletedEvent(r.u8("connection"), r.u16("result"), r.u16("chrhandle"));
    }
  }

  /**
   * One attribute group (primary service) found by read_by_group_type.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param start uint16, 0..65535; the first attribute handle of the group (the service
   *     declaration)
   * @param end uint16, 0..65535; the last attribute handle of the group
   * @param uuid uint8array, length byte + 0..255 bytes; the service UUID, little-endian, 2 or 16
   *     bytes
   */
  public record GroupFoundEvent(int connection, int start, int end, ByteString uuid)
      implements BgapiMessage {
    /** Event 4,2. */
    public static final MessageKey KEY = MessageKey.event(4, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param start the first attribute handle of the group (the service declaration); must fit a
     *     uint16
     * @param end the last attribute handle of the group; must fit a uint16
     * @param uuid the service UUID, little-endian, 2 or 16 bytes; not null, at most 255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GroupFoundEvent {
      Fields.u8("connection", connection);
      Fields.u16("start", start);
      Fields.u16("end", end);
      Fields.bytes("uuid", uuid);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param start the first attribute handle of the group (the service declaration)
     * @param end the last attribute handle of the group
     * @param uuid the service UUID, little-endian, 2 or 16 bytes; the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GroupFoundEvent(int connection, int start, int end, byte[] uuid) {
      this(connection, start, end, ByteString.of(uuid));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("start", start);
      w.u16("end", end);
      w.bytes("uuid", uuid);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_group_found event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static GroupFoundEvent read(PayloadReader r) {
      return new GroupFoundEvent(
          r.u8("connection"), r.u16("start"), r.u16("end"), r.byteString("uuid"));
    }
  }

  /**
   * One attribute handle and type UUID found by find_information.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param chrhandle uint16, 0..65535; the attribute handle found
   * @param uuid uint8array, length byte + 0..255 bytes; the attribute type UUID, little-endian, 2
   *     or 16 bytes
   */
  public record FindInformationFoundEvent(int connection, int chrhandle, ByteString uuid)
      implements BgapiMessage {
    /** Event 4,4. */
    public static final MessageKey KEY = MessageKey.event(4, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param chrhandle the attribute handle found; must fit a uint16
     * @param uuid the attribute type UUID, little-endian, 2 or 16 bytes; not null, at most 255
     *     bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public FindInformationFoundEvent {
      Fields.u8("connection", connection);
      Fields.u16("chrhandle", chrhandle);
      Fields.bytes("uuid", uuid);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param chrhandle the attribute handle found
     * @param uuid the attribute type UUID, little-endian, 2 or 16 bytes; the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public FindInformationFoundEvent(int connection, int chrhandle, byte[] uuid) {
      this(connection, chrhandle, ByteString.of(uuid));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("chrhandle", chrhandle);
      w.bytes("uuid", uuid);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_find_information_found event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static FindInformationFoundEvent read(PayloadReader r) {
      return new FindInformationFoundEvent(
          r.u8("connection"), r.u16("chrhandle"), r.byteString("uuid"));
    }
  }

  /**
   * An attribute value: a read result, a notification or an indication.
   *
   * @param connection uint8, 0..255; the connection handle the dongle assigned when the link opened
   * @param atthandle uint16, 0..65535; the handle of the attribute the value belongs to
   * @param type uint8, 0..255; how the value arrived: 0 read, 1 notification, 2 indication, 3 read
   *     by type, 4 read blob (one part of a long read), 5 indication that waits for
   *     attclient_indicate_confirm
   * @param value uint8array, length byte + 0..255 bytes; the attribute value, or for type 4 one
   *     part of a long value
   */
  public record AttributeValueEvent(int connection, int atthandle, int type, ByteString value)
      implements BgapiMessage {
    /** Event 4,5. */
    public static final MessageKey KEY = MessageKey.event(4, 5);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param connection the connection handle the dongle assigned when the link opened; must fit a
     *     uint8
     * @param atthandle the handle of the attribute the value belongs to; must fit a uint16
     * @param type how the value arrived: 0 read, 1 notification, 2 indication, 3 read by type, 4
     *     read blob (one part of a long read), 5 indication that waits for
     *     attclient_indicate_confirm; must fit a uint8
     * @param value the attribute value, or for type 4 one part of a long value; not null, at most
     *     255 bytes
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public AttributeValueEvent {
      Fields.u8("connection", connection);
      Fields.u16("atthandle", atthandle);
      Fields.u8("type", type);
      Fields.bytes("value", value);
    }

    /**
     * Creates the message from a byte array, which is copied.
     *
     * @param connection the connection handle the dongle assigned when the link opened
     * @param atthandle the handle of the attribute the value belongs to
     * @param type how the value arrived: 0 read, 1 notification, 2 indication, 3 read by type, 4
     *     read blob (one part of a long read), 5 indication that waits for
     *     attclient_indicate_confirm
     * @param value the attribute value, or for type 4 one part of a long value; the array is copied
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public AttributeValueEvent(int connection, int atthandle, int type, byte[] value) {
      this(connection, atthandle, type, ByteString.of(value));
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("connection", connection);
      w.u16("atthandle", atthandle);
      w.u8("type", type);
      w.bytes("value", value);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded attclient_attribute_value event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static AttributeValueEvent read(PayloadReader r) {
      return new AttributeValueEvent(
          r.u8("connection"), r.u16("atthandle"), r.u8("type"), r.byteString("value"));
    }
  }
}
