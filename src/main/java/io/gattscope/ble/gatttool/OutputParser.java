package io.gattscope.ble.gatttool;

import io.gattscope.ble.Uuids;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises one cleaned piece of gatttool output (see {@link TerminalText#pieces}). */
final class OutputParser {
  private static final String H = "0x([0-9a-fA-F]{1,4})";
  private static final String U = "([0-9a-fA-F-]{4,36})";
  private static final Pattern SERVICE =
      Pattern.compile("attr handle[:=] " + H + ", end grp handle[:=] " + H + " uuid: " + U);
  private static final Pattern CHARACTERISTIC =
      Pattern.compile(
          "handle[:=] "
              + H
              + ", char properties[:=] 0x([0-9a-fA-F]{1,2}), char value handle[:=] "
              + H
              + ", uuid[:=] "
              + U);
  private static final Pattern ATTRIBUTE = Pattern.compile("handle[:=] " + H + ", uuid[:=] " + U);
  private static final Pattern HANDLE_VALUE =
      Pattern.compile("handle: " + H + "\\s+value:((?:\\s+[0-9a-fA-F]{2})*)\\s*");
  private static final Pattern NOTIFICATION =
      Pattern.compile("(Notification|Indication)\\s+handle = " + H + " value:(.*)");
  private static final Pattern MTU = Pattern.compile("MTU was exchanged successfully: (\\d+)");
  private static final Pattern SEC_LEVEL = Pattern.compile("sec-level: (\\S+)");
  private static final String VALUE_PREFIX = "Characteristic value/descriptor:";
  private static final Set<String> COMMANDS =
      Set.of(
          "help",
          "exit",
          "quit",
          "connect",
          "disconnect",
          "primary",
          "included",
          "characteristics",
          "char-desc",
          "char-read-hnd",
          "char-read-uuid",
          "char-write-req",
          "char-write-cmd",
          "sec-level",
          "mtu");

  private OutputParser() {}

  /** Classifies a piece of output text (prompt and colours already removed). */
  static OutputLine parse(String text) {
    if (text.startsWith("Error:")) {
      return new OutputLine.Failure(text.substring(6).strip(), false);
    }
    if (text.startsWith("Command Failed:")) {
      return new OutputLine.Failure(text.substring(15).strip(), true);
    }
    Matcher m = NOTIFICATION.matcher(text);
    if (m.matches()) {
      return new OutputLine.Notification(
          hex(m.group(2)), HexValues.decodeSpaced(m.group(3)), m.group(1).startsWith("I"));
    }
    if (text.startsWith(VALUE_PREFIX)) {
      return new OutputLine.Value(HexValues.decodeSpaced(text.substring(VALUE_PREFIX.length())));
    }
    if ((m = CHARACTERISTIC.matcher(text)).matches()) {
      return new OutputLine.Characteristic(
          hex(m.group(1)), hex(m.group(2)), hex(m.group(3)), Uuids.parse(m.group(4)));
    }
    if ((m = SERVICE.matcher(text)).matches()) {
      return new OutputLine.Service(hex(m.group(1)), hex(m.group(2)), Uuids.parse(m.group(3)));
    }
    if ((m = ATTRIBUTE.matcher(text)).matches()) {
      return new OutputLine.Attribute(hex(m.group(1)), Uuids.parse(m.group(2)));
    }
    if ((m = HANDLE_VALUE.matcher(text)).matches()) {
      return new OutputLine.HandleValue(hex(m.group(1)), HexValues.decodeSpaced(m.group(2)));
    }
    if (text.startsWith("Attempting to connect to ")) {
      return new OutputLine.Attempting(text.substring(25).strip());
    }
    if (text.startsWith("Connection successful")) {
      return new OutputLine.Connected();
    }
    if (text.startsWith("Characteristic value was written successfully")) {
      return new OutputLine.Written();
    }
    if ((m = MTU.matcher(text)).matches()) {
      return new OutputLine.Mtu(Integer.parseInt(m.group(1)));
    }
    if ((m = SEC_LEVEL.matcher(text)).matches()) {
      return new OutputLine.SecLevel(m.group(1));
    }
    if (text.contains("GLib-WARNING")
        || text.contains("Invalid file descriptor")
        || text.contains("GLib-CRITICAL")) {
      return new OutputLine.LinkLost(text);
    }
    String first = text.split("\\s+", 2)[0];
    if (COMMANDS.contains(first.toLowerCase(Locale.ROOT))) {
      return new OutputLine.Echo(text);
    }
    return new OutputLine.Other(text);
  }

  private static int hex(String digits) {
    return Integer.parseInt(digits, 16);
  }
}
