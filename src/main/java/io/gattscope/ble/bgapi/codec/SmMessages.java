package io.gattscope.ble.bgapi.codec;

/**
 * BGAPI class 5 (sm): security manager commands (encryption, bonding, passkeys) and their events.
 */
public final class SmMessages {
  /** BGAPI class id of these messages. */
  public static final int CLASS_ID = 5;

  private SmMessages() {}

  /** Adds every message of this class to {@code t}. */
  static void register(MessageTable t) {
    // one decoder for the class: each method reference would spin a class of its own
    MessageTable.Decoder d = SmMessages::decode;
    t.add(MessageKey.command(5, 0), "sm_encrypt_start", 2, false, d);
    t.add(MessageKey.response(5, 0), "sm_encrypt_start", 3, false, d);
    t.add(MessageKey.command(5, 1), "sm_set_bondable_mode", 1, false, d);
    t.add(MessageKey.response(5, 1), "sm_set_bondable_mode", 0, false, d);
    t.add(MessageKey.command(5, 2), "sm_delete_bonding", 1, false, d);
    t.add(MessageKey.response(5, 2), "sm_delete_bonding", 2, false, d);
    t.add(MessageKey.command(5, 3), "sm_set_parameters", 3, false, d);
    t.add(MessageKey.response(5, 3), "sm_set_parameters", 0, false, d);
    t.add(MessageKey.command(5, 4), "sm_passkey_entry", 5, false, d);
    t.add(MessageKey.response(5, 4), "sm_passkey_entry", 2, false, d);
    t.add(MessageKey.command(5, 5), "sm_get_bonds", 0, false, d);
    t.add(MessageKey.response(5, 5), "sm_get_bonds", 1, false, d);
    t.add(MessageKey.event(5, 1), "sm_bonding_fail", 3, false, d);
    t.add(MessageKey.event(5, 2), "sm_passkey_display", 5, false, d);
    t.add(MessageKey.event(5, 3), "sm_passkey_request", 1, false, d);
    t.add(MessageKey.event(5, 4), "sm_bond_status", 4, false, d);
  }

  /** Decodes one of this class's messages; only the record decoded is loaded. */
  static BgapiMessage decode(MessageKey key, PayloadReader r) {
    int id = key.messageId();
    return switch (key.kind()) {
      case COMMAND ->
          switch (id) {
            case 0 -> EncryptStart.read(r);
            case 1 -> SetBondableMode.read(r);
            case 2 -> DeleteBonding.read(r);
            case 3 -> SetParameters.read(r);
            case 4 -> PasskeyEntry.read(r);
            case 5 -> GetBonds.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case RESPONSE ->
          switch (id) {
            case 0 -> EncryptStartResponse.read(r);
            case 1 -> SetBondableModeResponse.read(r);
            case 2 -> DeleteBondingResponse.read(r);
            case 3 -> SetParametersResponse.read(r);
            case 4 -> PasskeyEntryResponse.read(r);
            case 5 -> GetBondsResponse.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
      case EVENT ->
          switch (id) {
            case 1 -> BondingFailEvent.read(r);
            case 2 -> PasskeyDisplayEvent.read(r);
            case 3 -> PasskeyRequestEvent.read(r);
            case 4 -> BondStatusEvent.read(r);
            default -> throw new IllegalStateException("no decoder for " + key);
          };
    };
  }

  /**
   * Starts encryption on a connection, optionally creating a bond.
   *
   * @param handle uint8, 0..255; the connection handle of the link to encrypt
   * @param bonding uint8, 0..255; 1 stores the keys as a bond, 0 encrypts only this connection
   */
  public record EncryptStart(int handle, int bonding) implements BgapiMessage {
    /** Command 5,0. */
    public static final MessageKey KEY = MessageKey.command(5, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the connection handle of the link to encrypt; must fit a uint8
     * @param bonding 1 stores the keys as a bond, 0 encrypts only this connection; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public EncryptStart {
      Fields.u8("handle", handle);
      Fields.u8("bonding", bonding);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
      w.u8("bonding", bonding);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_encrypt_start command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static EncryptStart read(PayloadReader r) {
      return new EncryptStart(r.u8("handle"), r.u8("bonding"));
    }
  }

  /**
   * Response to sm_encrypt_start.
   *
   * @param handle uint8, 0..255; the connection handle of the link being encrypted
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record EncryptStartResponse(int handle, int result) implements BgapiMessage {
    /** Response 5,0. */
    public static final MessageKey KEY = MessageKey.response(5, 0);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the connection handle of the link being encrypted; must fit a uint8
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public EncryptStartResponse {
      Fields.u8("handle", handle);
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_encrypt_start response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static EncryptStartResponse read(PayloadReader r) {
      return new EncryptStartResponse(r.u8("handle"), r.u16("result"));
    }
  }

  /**
   * Allows (1) or refuses (0) new bonds.
   *
   * @param bondable uint8, 0..255; 1 accepts new bonds, 0 refuses them
   */
  public record SetBondableMode(int bondable) implements BgapiMessage {
    /** Command 5,1. */
    public static final MessageKey KEY = MessageKey.command(5, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param bondable 1 accepts new bonds, 0 refuses them; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public SetBondableMode {
      Fields.u8("bondable", bondable);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("bondable", bondable);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_set_bondable_mode command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static SetBondableMode read(PayloadReader r) {
      return new SetBondableMode(r.u8("bondable"));
    }
  }

  /** Response to sm_set_bondable_mode. */
  public record SetBondableModeResponse() implements BgapiMessage {
    /** Response 5,1. */
    public static final MessageKey KEY = MessageKey.response(5, 1);

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
     * @return the decoded sm_set_bondable_mode response
     */
    public static SetBondableModeResponse read(PayloadReader r) {
      return new SetBondableModeResponse();
    }
  }

  /**
   * Deletes one bond, or all bonds with handle 0xFF.
   *
   * @param handle uint8, 0..255; the bond handle to delete, or 0xFF to delete every bond
   */
  public record DeleteBonding(int handle) implements BgapiMessage {
    /** Command 5,2. */
    public static final MessageKey KEY = MessageKey.command(5, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the bond handle to delete, or 0xFF to delete every bond; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public DeleteBonding {
      Fields.u8("handle", handle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_delete_bonding command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static DeleteBonding read(PayloadReader r) {
      return new DeleteBonding(r.u8("handle"));
    }
  }

  /**
   * Response to sm_delete_bonding.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record DeleteBondingResponse(int result) implements BgapiMessage {
    /** Response 5,2. */
    public static final MessageKey KEY = MessageKey.response(5, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public DeleteBondingResponse {
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
     * @return the decoded sm_delete_bonding response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static DeleteBondingResponse read(PayloadReader r) {
      return new DeleteBondingResponse(r.u16("result"));
    }
  }

  /**
   * Sets the pairing requirements and IO capabilities.
   *
   * @param mitm uint8, 0..255; 1 requires man-in-the-middle protection (an authenticated pairing
   *     such as passkey entry), 0 also accepts Just Works
   * @param minKeySize uint8, 0..255; the shortest encryption key accepted, in bytes (7..16)
   * @param ioCapabilities uint8, 0..255; the dongle's input and output capabilities, which pick the
   *     pairing method: 0 display only, 1 display yes/no, 2 keyboard only, 3 no input no output, 4
   *     keyboard display
   */
  public record SetParameters(int mitm, int minKeySize, int ioCapabilities)
      implements BgapiMessage {
    /** Command 5,3. */
    public static final MessageKey KEY = MessageKey.command(5, 3);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param mitm 1 requires man-in-the-middle protection (an authenticated pairing such as passkey
     *     entry), 0 also accepts Just Works; must fit a uint8
     * @param minKeySize the shortest encryption key accepted, in bytes (7..16); must fit a uint8
     * @param ioCapabilities the dongle's input and output capabilities, which pick the pairing
     *     method: 0 display only, 1 display yes/no, 2 keyboard only, 3 no input no output, 4
     *     keyboard display; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public SetParameters {
      Fields.u8("mitm", mitm);
      Fields.u8("minKeySize", minKeySize);
      Fields.u8("ioCapabilities", ioCapabilities);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("mitm", mitm);
      w.u8("minKeySize", minKeySize);
      w.u8("ioCapabilities", ioCapabilities);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_set_parameters command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static SetParameters read(PayloadReader r) {
      return new SetParameters(r.u8("mitm"), r.u8("minKeySize"), r.u8("ioCapabilities"));
    }
  }

  /** Response to sm_set_parameters. */
  public record SetParametersResponse() implements BgapiMessage {
    /** Response 5,3. */
    public static final MessageKey KEY = MessageKey.response(5, 3);

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
     * @return the decoded sm_set_parameters response
     */
    public static SetParametersResponse read(PayloadReader r) {
      return new SetParametersResponse();
    }
  }

  /**
   * Enters the passkey the user typed for a pairing.
   *
   * @param handle uint8, 0..255; the connection handle of the link being paired
   * @param passkey uint32, 0..4294967295; the six-digit passkey the user typed, 0..999999
   */
  public record PasskeyEntry(int handle, long passkey) implements BgapiMessage {
    /** Command 5,4. */
    public static final MessageKey KEY = MessageKey.command(5, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the connection handle of the link being paired; must fit a uint8
     * @param passkey the six-digit passkey the user typed, 0..999999; must fit a uint32
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PasskeyEntry {
      Fields.u8("handle", handle);
      Fields.u32("passkey", passkey);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
      w.u32("passkey", passkey);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_passkey_entry command
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static PasskeyEntry read(PayloadReader r) {
      return new PasskeyEntry(r.u8("handle"), r.u32("passkey"));
    }
  }

  /**
   * Response to sm_passkey_entry.
   *
   * @param result uint16, 0..65535; the result code: 0 = success, otherwise a BGAPI, Bluetooth,
   *     security manager or ATT error code (see BgapiErrors)
   */
  public record PasskeyEntryResponse(int result) implements BgapiMessage {
    /** Response 5,4. */
    public static final MessageKey KEY = MessageKey.response(5, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param result the result code: 0 = success, otherwise a BGAPI, Bluetooth, security manager or
     *     ATT error code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PasskeyEntryResponse {
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
     * @return the decoded sm_passkey_entry response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static PasskeyEntryResponse read(PayloadReader r) {
      return new PasskeyEntryResponse(r.u16("result"));
    }
  }

  /** Asks how many bonds are stored. */
  public record GetBonds() implements BgapiMessage {
    /** Command 5,5. */
    public static final MessageKey KEY = MessageKey.command(5, 5);

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
     * @return the decoded sm_get_bonds command
     */
    public static GetBonds read(PayloadReader r) {
      return new GetBonds();
    }
  }

  /**
   * Response to sm_get_bonds.
   *
   * @param bonds uint8, 0..255; the number of bonds stored in the dongle
   */
  public record GetBondsResponse(int bonds) implements BgapiMessage {
    /** Response 5,5. */
    public static final MessageKey KEY = MessageKey.response(5, 5);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param bonds the number of bonds stored in the dongle; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public GetBondsResponse {
      Fields.u8("bonds", bonds);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("bonds", bonds);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_get_bonds response
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static GetBondsResponse read(PayloadReader r) {
      return new GetBondsResponse(r.u8("bonds"));
    }
  }

  /**
   * Pairing or bonding failed.
   *
   * @param handle uint8, 0..255; the connection handle of the link whose pairing failed
   * @param result uint16, 0..65535; why pairing failed: a security manager (0x03xx) or Bluetooth
   *     (0x02xx) error code (see BgapiErrors)
   */
  public record BondingFailEvent(int handle, int result) implements BgapiMessage {
    /** Event 5,1. */
    public static final MessageKey KEY = MessageKey.event(5, 1);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the connection handle of the link whose pairing failed; must fit a uint8
     * @param result why pairing failed: a security manager (0x03xx) or Bluetooth (0x02xx) error
     *     code (see BgapiErrors); must fit a uint16
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public BondingFailEvent {
      Fields.u8("handle", handle);
      Fields.u16("result", result);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
      w.u16("result", result);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_bonding_fail event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static BondingFailEvent read(PayloadReader r) {
      return new BondingFailEvent(r.u8("handle"), r.u16("result"));
    }
  }

  /**
   * The passkey to show to the user during pairing.
   *
   * @param handle uint8, 0..255; the connection handle of the link being paired
   * @param passkey uint32, 0..4294967295; the six-digit passkey to show to the user, 0..999999
   */
  public record PasskeyDisplayEvent(int handle, long passkey) implements BgapiMessage {
    /** Event 5,2. */
    public static final MessageKey KEY = MessageKey.event(5, 2);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the connection handle of the link being paired; must fit a uint8
     * @param passkey the six-digit passkey to show to the user, 0..999999; must fit a uint32
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PasskeyDisplayEvent {
      Fields.u8("handle", handle);
      Fields.u32("passkey", passkey);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
      w.u32("passkey", passkey);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_passkey_display event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static PasskeyDisplayEvent read(PayloadReader r) {
      return new PasskeyDisplayEvent(r.u8("handle"), r.u32("passkey"));
    }
  }

  /**
   * The device needs the user to enter a passkey.
   *
   * @param handle uint8, 0..255; the connection handle of the link being paired
   */
  public record PasskeyRequestEvent(int handle) implements BgapiMessage {
    /** Event 5,3. */
    public static final MessageKey KEY = MessageKey.event(5, 3);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param handle the connection handle of the link being paired; must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public PasskeyRequestEvent {
      Fields.u8("handle", handle);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("handle", handle);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_passkey_request event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static PasskeyRequestEvent read(PayloadReader r) {
      return new PasskeyRequestEvent(r.u8("handle"));
    }
  }

  /**
   * Information about a stored bond.
   *
   * @param bond uint8, 0..255; the bond handle: the bond's slot in the dongle's store
   * @param keysize uint8, 0..255; the encryption key size of the bond in bytes (7..16)
   * @param mitm uint8, 0..255; 1 if the bond's keys were made with man-in-the-middle protection
   * @param keys uint8, 0..255; a bit mask of the keys stored for the bond (0x01 long-term key, 0x08
   *     identity resolving key, 0x20 signature key, among others)
   */
  public record BondStatusEvent(int bond, int keysize, int mitm, int keys) implements BgapiMessage {
    /** Event 5,4. */
    public static final MessageKey KEY = MessageKey.event(5, 4);

    /**
     * Rejects values that do not fit their wire fields.
     *
     * @param bond the bond handle: the bond's slot in the dongle's store; must fit a uint8
     * @param keysize the encryption key size of the bond in bytes (7..16); must fit a uint8
     * @param mitm 1 if the bond's keys were made with man-in-the-middle protection; must fit a
     *     uint8
     * @param keys a bit mask of the keys stored for the bond (0x01 long-term key, 0x08 identity
     *     resolving key, 0x20 signature key, among others); must fit a uint8
     * @throws IllegalArgumentException if a value is missing or does not fit its wire field
     */
    public BondStatusEvent {
      Fields.u8("bond", bond);
      Fields.u8("keysize", keysize);
      Fields.u8("mitm", mitm);
      Fields.u8("keys", keys);
    }

    @Override
    public MessageKey key() {
      return KEY;
    }

    @Override
    public void writePayload(PayloadWriter w) {
      w.u8("bond", bond);
      w.u8("keysize", keysize);
      w.u8("mitm", mitm);
      w.u8("keys", keys);
    }

    /**
     * Reads the payload fields in wire order.
     *
     * @param r the reader of the payload, positioned at its first field
     * @return the decoded sm_bond_status event
     * @throws MalformedMessageException if the payload ends before the last field
     */
    public static BondStatusEvent read(PayloadReader r) {
      return new BondStatusEvent(r.u8("bond"), r.u8("keysize"), r.u8("mitm"), r.u8("keys"));
    }
  }
}
