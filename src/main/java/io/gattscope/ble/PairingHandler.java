package io.gattscope.ble;

/** Answers the questions pairing asks of the user (or of a script). */
public interface PairingHandler {
  /** The I/O capability announced to the peer. */
  enum IoCapability {
    /** Can show a passkey but take no input. */
    DISPLAY_ONLY(0),
    /** Can show a passkey and take a yes or no. */
    DISPLAY_YES_NO(1),
    /** Can take a typed passkey but show nothing. */
    KEYBOARD_ONLY(2),
    /** Neither shows nor takes anything: "just works" pairing, without MITM protection. */
    NO_INPUT_NO_OUTPUT(3),
    /** Can show a passkey and take a typed one. */
    KEYBOARD_DISPLAY(4);

    private final int code;

    IoCapability(int code) {
      this.code = code;
    }

    /**
     * The SMP code (0 to 4).
     *
     * @return the value sent in the pairing request's IO Capability field
     */
    public int code() {
      return code;
    }
  }

  /**
   * The peer shows a passkey and asks us to type it; return it (0 to 999999). Called on a thread of
   * the backend's own, never its I/O thread, so it may block while a person types; pairing waits
   * for the answer (for a limited time).
   *
   * @param peer the peer asking
   * @return the passkey shown by the peer, 0 to 999999
   * @throws PairingException to refuse
   */
  int passkeyRequested(BleAddress peer);

  /**
   * The peer asks us to display this passkey (0 to 999999) for the user to type there.
   *
   * @param peer the peer asking
   * @param passkey the passkey to show, 0 to 999999 (shown with six digits)
   */
  default void displayPasskey(BleAddress peer, int passkey) {}

  /**
   * Numeric comparison: both sides show {@code passkey}; return whether the user sees the same
   * number on the peer. By default the passkey is shown through {@link #displayPasskey} and
   * accepted.
   *
   * @param peer the device being paired
   * @param passkey the six-digit number both sides show, 0 to 999999
   * @return true if the numbers match and pairing may go on
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
   * @param peer the device being paired
   * @return true to go ahead with the pairing
   * @throws PairingException to refuse
   */
  default boolean authorizePairing(BleAddress peer) {
    return true;
  }

  /**
   * Our I/O capability; keyboard and display by default.
   *
   * @return the capability announced in the pairing request
   */
  default IoCapability ioCapability() {
    return IoCapability.KEYBOARD_DISPLAY;
  }

  /**
   * Whether to ask for man-in-the-middle protection.
   *
   * @return true (the default) to ask for an authenticated, passkey-checked pairing
   */
  default boolean mitm() {
    return true;
  }

  /**
   * A handler that always answers with a fixed passkey.
   *
   * @param passkey the passkey to answer with, 0 to 999999
   * @return a handler with keyboard and display and MITM protection
   * @throws IllegalArgumentException when the passkey lies outside 0..999999
   */
  static PairingHandler fixedPasskey(int passkey) {
    if (passkey < 0 || passkey > 999_999) {
      throw new IllegalArgumentException("a passkey lies in 0 .. 999999, got " + passkey);
    }
    return peer -> passkey;
  }

  /**
   * A handler for "just works" pairing that refuses any passkey request.
   *
   * @return a handler announcing no input and no output, without MITM protection
   */
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
