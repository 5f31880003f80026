package io.gattscope.ble.bluez;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.AttError;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.PairingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bluez.Error.Failed;
import org.bluez.Error.InvalidOffset;
import org.bluez.Error.InvalidValueLength;
import org.bluez.Error.NotAuthorized;
import org.bluez.Error.NotConnected;
import org.bluez.Error.NotPermitted;
import org.bluez.Error.NotSupported;
import org.freedesktop.dbus.errors.NoReply;
import org.freedesktop.dbus.errors.ServiceUnknown;
import org.freedesktop.dbus.errors.UnknownObject;
import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * Maps D-Bus errors from BlueZ to the library's exceptions, keeping the BlueZ error name.
 *
 * <p>ATT codes follow BlueZ's own translation in {@code src/gatt-client.c}
 * (create_gatt_dbus_error): Read/Write Not Permitted become {@code NotPermitted} (so the operation
 * decides 0x02 or 0x03), Insufficient Authentication/Encryption become {@code NotPermitted} with
 * the text "Not paired" (0x05), Insufficient Authorization becomes {@code NotAuthorized} (0x08),
 * Invalid Offset {@code InvalidOffset} (0x07), Invalid Attribute Value Length {@code
 * InvalidValueLength} (0x0D), Request Not Supported {@code NotSupported} (0x06), and any other code
 * {@code Failed} with "Operation failed with ATT error: 0xNN".
 */
final class BluezErrors {
  /** What kind of operation failed, which decides the ATT code of {@code NotPermitted}. */
  enum Kind {
    READ,
    WRITE,
    PAIR,
    OTHER
  }

  private static final Pattern ATT_CODE = Pattern.compile("ATT error: 0x([0-9a-fA-F]{2})");

  private BluezErrors() {}

  /** The D-Bus error name of a received error, e.g. {@code org.bluez.Error.NotPermitted}. */
  static String name(DBusExecutionException e) {
    return e.getClass().getName().replace('$', '.');
  }

  /** The library exception for a failed call. */
  static BleException map(Throwable cause, String operation, Kind kind, int handle) {
    Throwable t = Futures.unwrap(cause);
    if (t instanceof BleException b) {
      return b;
    }
    if (!(t instanceof DBusExecutionException e)) {
      return new BleException(operation + " failed: " + t, t);
    }
    String name = name(e);
    String detail = e.getMessage() == null ? "" : e.getMessage();
    String message = operation + " failed: " + name + (detail.isEmpty() ? "" : " (" + detail + ")");
    if (e instanceof NotConnected) {
      return new NotConnectedException(message);
    }
    if (e instanceof ServiceUnknown || e instanceof UnknownObject || e instanceof NoReply) {
      return new AdapterUnavailableException(message, e);
    }
    if (kind == Kind.PAIR && name.startsWith("org.bluez.Error.Authentication")) {
      return new PairingException(message, 0);
    }
    if (kind == Kind.READ || kind == Kind.WRITE) {
      Integer att = attCode(e, kind, detail);
      if (att != null) {
        return new BluezGattException(att, handle, operation, name, detail);
      }
    }
    return new BackendException(message, 0, name, e);
  }

  private static Integer attCode(DBusExecutionException e, Kind kind, String detail) {
    if (e instanceof NotPermitted) {
      if (detail.toLowerCase(Locale.ROOT).contains("not paired")) {
        return AttError.INSUFFICIENT_AUTHENTICATION;
      }
      return kind == Kind.READ ? AttError.READ_NOT_PERMITTED : AttError.WRITE_NOT_PERMITTED;
    }
    if (e instanceof NotAuthorized) {
      return AttError.INSUFFICIENT_AUTHORIZATION;
    }
    if (e instanceof InvalidValueLength) {
      return AttError.INVALID_ATTRIBUTE_VALUE_LENGTH;
    }
    if (e instanceof InvalidOffset) {
      return AttError.INVALID_OFFSET;
    }
    if (e instanceof NotSupported) {
      return AttError.REQUEST_NOT_SUPPORTED;
    }
    if (e instanceof Failed) {
      Matcher m = ATT_CODE.matcher(detail);
      if (m.find()) {
        return Integer.parseInt(m.group(1), 16);
      }
    }
    return null;
  }
}
