package io.gattscope.ble;

/** Answers the questions pairing asks of the user (or of a script). */
public interface PairingHandler {
  /** The I/O capability announced to the peer. */
  enum IoCapability {
    DISPLAY_ONLY(0),
    DISPLAY_YES_NO(1),
    KEYBOARD_ONLY(2),
    NO_INPUT_NO_OUTPUT(3),
    KEYBOARD_DISPLAY(4);

    private final int code;

    IoCapability(int code) {
      this.code = code;
    }

    /** The SMP code (0 to 4). */
    public int code() {
      return code;
    }
  }

  /**
   * The peer shows a passkey and asks us to type it; return it (0 to 999999).
   *
   * @throws PairingException to refuse
   */
  int passkeyRequested(BleAddress peer);

  /** The peer asks us to display this passkey (0 to 999999) for the user to type there. */
  default void displayPasskey(BleAddress peer, int passkey) {}

  /**
   * Numeric comparison: both sides show {@code passkey}; return whether the user sees the same
   * number on the peer. By default the passkey is shown through {@link #displayPasskey} and
   * accepted.
   *
   * @throws PairingException to refuse
   */
  default boolean confirmPasskey(BleAddress peer, int passkey) {
    displayPasskey(peer, passkey);
    return true;
  }

  /**
   * "Just works" pairing asks whether to pair with {@code peer} at all, without a passkey; return
   * whether to go ahead. By default yes: the user asked to pair with this device.
   *
   * @throws PairingException to refuse
   */
  default boolean authorizePairing(BleAddress peer) {
    return true;
  }

  /** Our I/O capability; keyboard and display by default. */
  default IoCapability ioCapability() {
    return IoCapability.KEYBOARD_DISPLAY;
  }

  /** Whether to ask for man-in-the-middle protection. */
  default boolean mitm() {
    return true;
  }

  /** A handler that always answers with a fixed passkey. */
  static PairingHandler fixedPasskey(int passkey) {
    if (passkey < 0 || passkey > 999_999) {
      throw new IllegalArgumentException("a passkey lies in 0 .. 999999, got " + passkey);
    }
    return peer -> passkey;
  }

  /** A handler for "just works" pairing that refuses any passkey request. */
  static PairingHandler justWorks() {
    return new PairingHandler() {
      @Override
      public int passkeyRequested(BleAddress peer) {
        throw new PairingException("a passkey was requested by " + peer + " but none was given", 0);
      }

      @Override
      public IoCapability ioCapability() {
        return IoCapability.NO_INPUT_NO_OUTPUT;
      }

      @Override
      public boolean mitm() {
        return false;
      }
    };
  }
}
