package io.gattscope.ble.gatttool;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.GattException;
import io.gattscope.ble.NotConnectedException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps gatttool's {@code Error:} and {@code Command Failed:} lines to typed exceptions. */
final class ErrorTranslator {
  /** BlueZ att_ecode2str() texts (attrib/att.c) by ATT error code. */
  private static final Map<String, Integer> ATT_TEXTS =
      Map.ofEntries(
          Map.entry("invalid handle", 0x01),
          Map.entry("attribute can't be read", 0x02),
          Map.entry("attribute can't be written", 0x03),
          Map.entry("attribute pdu was invalid", 0x04),
          Map.entry("attribute requires authentication before read/write", 0x05),
          Map.entry("server doesn't support the request received", 0x06),
          Map.entry("offset past the end of the attribute", 0x07),
          Map.entry("attribute requires authorization before read/write", 0x08),
          Map.entry("too many prepare writes have been queued", 0x09),
          Map.entry("no attribute found within the given range", 0x0A),
          Map.entry("attribute can't be read/written using read blob req", 0x0B),
          Map.entry("encryption key size is insufficient", 0x0C),
          Map.entry("attribute value length is invalid", 0x0D),
          Map.entry("request attribute has encountered an unlikely error", 0x0E),
          Map.entry("encryption required before read/write", 0x0F),
          Map.entry("attribute type is not a supported grouping attribute", 0x10),
          Map.entry("insufficient resources to complete the request", 0x11),
          Map.entry("insufficient authentication", 0x05),
          Map.entry("insufficient authorization", 0x08),
          Map.entry("insufficient encryption", 0x0F),
          Map.entry("read not permitted", 0x02),
          Map.entry("write not permitted", 0x03));

  /** errno texts that mean the local adapter or kernel stack is missing, down or forbidden. */
  private static final List<String> ADAPTER_TEXTS =
      List.of(
          "address family not supported",
          "socket(",
          "no such device",
          "l2cap_bind",
          "cannot assign requested address",
          "invalid device",
          "network is down",
          "operation not permitted",
          "permission denied");

  private static final Pattern ERRNO = Pattern.compile("\\((\\d+)\\)\\s*$");

  private ErrorTranslator() {}

  /**
   * The exception for a failure line that answered {@code operation}.
   *
   * @param handle the attribute handle the operation concerned, or 0
   */
  static BleException translate(OutputLine.Failure failure, String operation, int handle) {
    String text = failure.text();
    String lower = text.toLowerCase(Locale.ROOT);
    if (failure.commandFailed() && lower.startsWith("disconnected")) {
      return new NotConnectedException(operation + " failed: gatttool is not connected");
    }
    for (String a : ADAPTER_TEXTS) {
      if (lower.contains(a)) {
        return new AdapterUnavailableException(
            operation + " failed, the Bluetooth adapter or kernel stack is unavailable: " + text);
      }
    }
    int failed = lower.indexOf("failed: ");
    if (failed >= 0) {
      String reason = lower.substring(failed + 8).strip();
      Integer code = attCode(reason);
      if (code != null) {
        return new GattException(code, handle, operation);
      }
      if (reason.startsWith("internal application error: i/o")
          || reason.startsWith("the operation was aborted")) {
        return new NotConnectedException(operation + " failed, the link broke: " + text);
      }
      if (reason.startsWith("a timeout occurred") || reason.startsWith("a timeout occured")) {
        return new BackendException(
            operation + " failed: the peer did not answer within the ATT timeout (" + text + ")",
            0x81,
            "ATT timeout",
            null);
      }
    }
    Matcher m = ERRNO.matcher(text);
    int errno = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return new BackendException(
        operation + " failed: gatttool said \"" + text + "\"", errno, text, null);
  }

  /** The ATT code whose BlueZ text is {@code reason} (lower case), or null. */
  static Integer attCode(String reason) {
    Integer exact = ATT_TEXTS.get(reason);
    if (exact != null) {
      return exact;
    }
    return ATT_TEXTS.entrySet().stream()
        .filter(e -> reason.startsWith(e.getKey()))
        .max(Comparator.comparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getValue)
        .orElse(null);
  }
}
