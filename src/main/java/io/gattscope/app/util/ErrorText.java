package io.gattscope.app.util;

import io.gattscope.ble.AttError;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.PairingException;
import java.util.Locale;

/**
 * Turns a failure into the short words plus code the UI shows, e.g. "Write not permitted (ATT
 * 0x03)".
 */
public final class ErrorText {
  private ErrorText() {}

  /** A one-line description of a failure, with its code when it carries one. */
  public static String of(Throwable failure) {
    Throwable t = Futures.unwrap(failure);
    if (t instanceof GattException g) {
      return String.format(
          Locale.ROOT,
          "%s (ATT 0x%02X)",
          sentence(AttError.name(g.attErrorCode())),
          g.attErrorCode());
    }
    if (t instanceof BackendException b) {
      return String.format(Locale.ROOT, "%s (0x%04X)", b.resultName(), b.resultCode());
    }
    if (t instanceof PairingException p) {
      String text = firstUpper(p.getMessage());
      return p.reasonCode() != 0
          ? String.format(Locale.ROOT, "%s (reason 0x%02X)", text, p.reasonCode())
          : text;
    }
    if (t instanceof BleTimeoutException x) {
      return "No answer in time ("
          + x.timeout().toMillis()
          + " ms waiting for "
          + x.awaited()
          + ")";
    }
    if (t instanceof NotConnectedException) {
      return "Not connected";
    }
    String message = t.getMessage();
    return message == null || message.isBlank()
        ? t.getClass().getSimpleName()
        : firstUpper(message);
  }

  /**
   * "What failed: detail", or only the detail when it already says that this step failed (so a
   * message never reads "Pairing failed: Pairing … failed").
   */
  public static String failed(String what, Throwable failure) {
    String detail = of(failure);
    String lower = detail.toLowerCase(Locale.ROOT);
    if (lower.startsWith(what.toLowerCase(Locale.ROOT)) && lower.contains("fail")) {
      return detail;
    }
    return what + " failed: " + detail;
  }

  /** True when the failure is ATT "Insufficient Authentication" or "Insufficient Encryption". */
  public static boolean needsPairing(Throwable failure) {
    return Futures.unwrap(failure) instanceof GattException g
        && (g.attErrorCode() == AttError.INSUFFICIENT_AUTHENTICATION
            || g.attErrorCode() == AttError.INSUFFICIENT_ENCRYPTION);
  }

  private static String sentence(String name) {
    return firstUpper(name.toLowerCase(Locale.ROOT));
  }

  private static String firstUpper(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
