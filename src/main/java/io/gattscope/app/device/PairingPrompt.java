package io.gattscope.app.device;

import io.gattscope.ble.BleAddress;
import java.util.concurrent.CompletableFuture;

/** Asks the user for pairing input; the view implements it with dialogs on the FX thread. */
public interface PairingPrompt {

  /** Asks for the passkey the peer displays; completes with 0..999999 or fails when cancelled. */
  CompletableFuture<Integer> askPasskey(BleAddress peer);

  /** Shows a passkey the user must type on the peer. */
  void showPasskey(BleAddress peer, int passkey);

  /**
   * Numeric comparison: shows the number both sides display and asks whether the peer shows the
   * same; completes with the answer (false when the user says they differ or closes the dialog).
   */
  CompletableFuture<Boolean> confirmPasskey(BleAddress peer, int passkey);

  /**
   * "Just works" pairing: asks whether to pair with the peer at all; completes with the answer
   * (false when the user declines or closes the dialog).
   */
  CompletableFuture<Boolean> authorizePairing(BleAddress peer);
}
