package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.SmMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * BGAPI class 5 (sm) on the simulated dongle: pairing with passkey entry or display according to
 * the host's IO capabilities, bonds kept across links and resets. Called under the dongle's lock.
 */
final class SmCommands {
  /** IO capabilities codes of sm_set_parameters. */
  static final int IO_DISPLAY_ONLY = 0;

  static final int IO_DISPLAY_YES_NO = 1;
  static final int IO_KEYBOARD_ONLY = 2;
  static final int IO_NONE = 3;
  static final int IO_KEYBOARD_DISPLAY = 4;

  /** Keys stored with a bond: LTK, public address, EDIV/RAND. */
  static final int BOND_KEYS = 0x13;

  private final SimulatedDongle d;
  private final SplittableRandom random;
  private boolean bondable;
  private int ioCapabilities = IO_NONE;
  private boolean mitm;

  SmCommands(SimulatedDongle dongle) {
    this.d = dongle;
    this.random = new SplittableRandom(dongle.config.seed());
  }

  boolean handle(BgapiMessage m) {
    if (m instanceof SmMessages.SetBondableMode p) {
      bondable = p.bondable() != 0;
      d.outbox.send(new SmMessages.SetBondableModeResponse());
    } else if (m instanceof SmMessages.SetParameters p) {
      mitm = p.mitm() != 0;
      ioCapabilities = p.ioCapabilities() <= 4 ? p.ioCapabilities() : ioCapabilities;
      d.outbox.send(new SmMessages.SetParametersResponse());
    } else if (m instanceof SmMessages.EncryptStart p) {
      encryptStart(p);
    } else if (m instanceof SmMessages.PasskeyEntry p) {
      passkeyEntry(p);
    } else if (m instanceof SmMessages.GetBonds) {
      List<BgapiMessage> out = new ArrayList<>();
      for (int i = 0; i < d.bonds.length; i++) {
        if (d.bonds[i] != null) {
          out.add(new SmMessages.BondStatusEvent(i, 16, 1, BOND_KEYS));
        }
      }
      d.outbox.send(new SmMessages.GetBondsResponse(out.size()));
      d.outbox.sendAll(out);
    } else if (m instanceof SmMessages.DeleteBonding p) {
      d.outbox.send(new SmMessages.DeleteBondingResponse(deleteBonding(p.handle())));
    } else {
      return false;
    }
    return true;
  }

  private int deleteBonding(int handle) {
    if (handle == 0xFF) {
      Arrays.fill(d.bonds, null);
      return BgapiErrors.SUCCESS;
    }
    if (handle >= d.bonds.length || d.bonds[handle] == null) {
      return BgapiErrors.INVALID_PARAMETER;
    }
    d.bonds[handle] = null;
    return BgapiErrors.SUCCESS;
  }

  private void encryptStart(SmMessages.EncryptStart p) {
    SimConnection c = d.established(p.handle());
    int result = BgapiErrors.SUCCESS;
    if (c == null) {
      result = BgapiErrors.NOT_CONNECTED;
    } else if (c.awaitingPasskey || p.bonding() > 1) {
      result = c.awaitingPasskey ? BgapiErrors.WRONG_STATE : BgapiErrors.INVALID_PARAMETER;
    }
    d.outbox.send(new SmMessages.EncryptStartResponse(p.handle(), result));
    if (result != BgapiErrors.SUCCESS) {
      return;
    }
    c.bondingRequested = p.bonding() == 1;
    OptionalInt passkey = c.peripheral.passkey();
    if (c.bond != 0xFF) {
      d.later(() -> encrypted(c, false));
    } else if (passkey.isEmpty()) {
      d.later(() -> encrypted(c, true));
    } else if (ioCapabilities == IO_KEYBOARD_ONLY || ioCapabilities == IO_KEYBOARD_DISPLAY) {
      c.awaitingPasskey = true;
      d.later(() -> d.outbox.send(new SmMessages.PasskeyRequestEvent(c.handle)));
    } else if (ioCapabilities == IO_DISPLAY_ONLY || ioCapabilities == IO_DISPLAY_YES_NO) {
      int shown = random.nextInt(1_000_000);
      d.later(
          () -> {
            d.outbox.send(new SmMessages.PasskeyDisplayEvent(c.handle, shown));
            d.later(() -> encrypted(c, true));
          });
    } else {
      d.later(
          () ->
              d.outbox.send(
                  new SmMessages.BondingFailEvent(
                      c.handle, BgapiErrors.SM_AUTHENTICATION_REQUIREMENTS)));
    }
  }

  private void passkeyEntry(SmMessages.PasskeyEntry p) {
    SimConnection c = d.established(p.handle());
    int result = BgapiErrors.SUCCESS;
    if (c == null) {
      result = BgapiErrors.NOT_CONNECTED;
    } else if (p.passkey() > 999_999) {
      result = BgapiErrors.INVALID_PARAMETER;
    } else if (!c.awaitingPasskey) {
      result = BgapiErrors.WRONG_STATE;
    }
    d.outbox.send(new SmMessages.PasskeyEntryResponse(result));
    if (result != BgapiErrors.SUCCESS) {
      return;
    }
    c.awaitingPasskey = false;
    boolean right = c.peripheral.passkey().orElse(-1) == p.passkey();
    d.later(
        () -> {
          if (right) {
            encrypted(c, true);
          } else {
            d.outbox.send(
                new SmMessages.BondingFailEvent(c.handle, BgapiErrors.SM_PASSKEY_ENTRY_FAILED));
          }
        });
  }

  /** The link is encrypted; a fresh pairing also stores a bond when asked and allowed. */
  private void encrypted(SimConnection c, boolean fresh) {
    if (d.connection(c.handle) != c) {
      return;
    }
    c.encrypted = true;
    c.session.setAuthenticated(true);
    boolean store = fresh && c.bondingRequested && bondable;
    int slot = store ? freeBondSlot() : -1;
    if (store && slot < 0) {
      d.outbox.send(new SmMessages.BondingFailEvent(c.handle, BgapiErrors.OUT_OF_BONDS));
      store = false;
    }
    if (store) {
      d.bonds[slot] = c.peripheral.address();
      c.bond = slot;
    }
    d.outbox.send(GapCommands.status(c, c.statusFlags()));
    if (store) {
      d.outbox.send(new SmMessages.BondStatusEvent(slot, 16, mitm ? 1 : 0, BOND_KEYS));
    }
  }

  private int freeBondSlot() {
    for (int i = 0; i < d.bonds.length; i++) {
      if (d.bonds[i] == null) {
        return i;
      }
    }
    return -1;
  }
}
