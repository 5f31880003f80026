package io.gattscope.ble.bluez;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.PairingHandler;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bluez.Error.Rejected;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.UInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code org.bluez.Agent1} object the backend exports while pairing. BlueZ calls it on a D-Bus
 * method thread; each question is handed to the {@link PairingHandler} on the device's event
 * executor and awaited for at most the pairing timeout. A refusal or a timeout answers {@code
 * org.bluez.Error.Rejected}. Numeric comparison ({@code RequestConfirmation}) goes to {@link
 * PairingHandler#confirmPasskey}, just-works authorization ({@code RequestAuthorization}) to {@link
 * PairingHandler#authorizePairing}. Only the device being paired is answered: a request about any
 * other device is rejected without asking the handler.
 */
final class BluezAgent implements BluezApi.Agent1 {
  private static final Logger LOG = LoggerFactory.getLogger(BluezAgent.class);

  private final String objectPath;
  private final PairingHandler handler;
  private final BleAddress pairing;
  private final Executor events;
  private final Duration timeout;
  private volatile boolean cancelled;

  BluezAgent(
      String objectPath,
      BleAddress pairing,
      PairingHandler handler,
      Executor events,
      Duration timeout) {
    this.objectPath = objectPath;
    this.pairing = pairing;
    this.handler = handler;
    this.events = events;
    this.timeout = timeout;
  }

  /** The BlueZ capability string for the handler's I/O capability. */
  static String capability(PairingHandler.IoCapability io) {
    return switch (io) {
      case DISPLAY_ONLY -> "DisplayOnly";
      case DISPLAY_YES_NO -> "DisplayYesNo";
      case KEYBOARD_ONLY -> "KeyboardOnly";
      case NO_INPUT_NO_OUTPUT -> "NoInputNoOutput";
      case KEYBOARD_DISPLAY -> "KeyboardDisplay";
    };
  }

  /** Whether BlueZ cancelled the request. */
  boolean cancelled() {
    return cancelled;
  }

  @Override
  public String getObjectPath() {
    return objectPath;
  }

  private <T> T ask(String what, Supplier<T> question) {
    CompletableFuture<T> f = CompletableFuture.supplyAsync(question, events);
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Rejected(what + " interrupted");
    } catch (Exception e) {
      LOG.info("{} refused: {}", what, e.toString());
      throw new Rejected(what + " refused: " + e.getMessage());
    }
  }

  /** The address of the device a request is about; rejects any device but the one being paired. */
  private BleAddress addressOf(DBusPath device) {
    String p = device.getPath();
    String last = p.substring(p.lastIndexOf('/') + 1);
    BleAddress peer;
    try {
      if (!last.startsWith("dev_")) {
        throw new IllegalArgumentException("no dev_ prefix");
      }
      peer = BleAddress.parse(last.substring(4).replace('_', ':'));
    } catch (IllegalArgumentException e) {
      LOG.warn("pairing agent rejected a request about {}: not a device path", p);
      throw new Rejected("not a device path: " + p);
    }
    if (!peer.equals(pairing)) {
      LOG.warn(
          "pairing agent rejected a request about {}: GattScope is pairing only with {}",
          peer,
          pairing);
      throw new Rejected("GattScope is pairing with " + pairing + ", not with " + peer);
    }
    return peer;
  }

  @Override
  public UInt32 RequestPasskey(DBusPath device) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("RequestPasskey", device);
    }
    return new UInt32(passkey(device));
  }

  private int passkey(DBusPath device) {
    BleAddress peer = addressOf(device);
    int passkey = ask("passkey request from " + peer, () -> handler.passkeyRequested(peer));
    if (passkey < 0 || passkey > 999_999) {
      throw new Rejected("passkey " + passkey + " is outside 0 .. 999999");
    }
    return passkey;
  }

  @Override
  public String RequestPinCode(DBusPath device) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("RequestPinCode", device);
    }
    return String.format(Locale.ROOT, "%06d", passkey(device));
  }

  @Override
  public void DisplayPasskey(DBusPath device, UInt32 passkey, UInt16 entered) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("DisplayPasskey", device, passkey, entered);
    }
    display(device, passkey);
  }

  private void display(DBusPath device, UInt32 passkey) {
    BleAddress peer = addressOf(device);
    int key = passkey.intValue();
    events.execute(
        EventExecutor.logging("displayPasskey", () -> handler.displayPasskey(peer, key)));
  }

  @Override
  public void DisplayPinCode(DBusPath device, String pincode) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("DisplayPinCode", device, pincode);
    }
    try {
      display(device, new UInt32(Long.parseLong(pincode)));
    } catch (NumberFormatException e) {
      LOG.info("ignoring a non-numeric PIN code to display");
    }
  }

  @Override
  public void RequestConfirmation(DBusPath device, UInt32 passkey) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("RequestConfirmation", device, passkey);
    }
    BleAddress peer = addressOf(device);
    int key = passkey.intValue();
    String what =
        "confirmation of passkey " + String.format(Locale.ROOT, "%06d", key) + " from " + peer;
    if (!ask(what, () -> handler.confirmPasskey(peer, key))) {
      throw new Rejected(what + " refused by the user");
    }
  }

  @Override
  public void RequestAuthorization(DBusPath device) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("RequestAuthorization", device);
    }
    BleAddress peer = addressOf(device);
    String what = "authorization of pairing with " + peer;
    if (!ask(what, () -> handler.authorizePairing(peer))) {
      throw new Rejected(what + " refused by the user");
    }
  }

  @Override
  public void AuthorizeService(DBusPath device, String uuid) {
    if (BluezTraffic.enabled()) {
      BluezTraffic.agentCall("AuthorizeService", device, uuid);
    }
    throw new Rejected("GattScope does not authorize incoming services");
  }

  @Override
  public void Release() {
    LOG.debug("agent {} released by BlueZ", objectPath);
  }

  @Override
  public void Cancel() {
    cancelled = true;
    LOG.info("BlueZ cancelled the pairing request to agent {}", objectPath);
  }
}
