package io.gattscope.ble.gatttool;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw terminal output of gatttool (readline prompts, ANSI colours, carriage returns) into the
 * plain text pieces it printed.
 */
final class TerminalText {
  /** CSI sequences such as {@code ESC[0;94m}, OSC sequences, and lone two-byte escapes. */
  private static final Pattern ANSI =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)|\u001B[@-_]");

  /** The interactive prompt, e.g. {@code [AA:BB:CC:DD:EE:FF][LE]> } or an empty address. */
  private static final Pattern PROMPT =
      Pattern.compile("^\\s*\\[[0-9A-Fa-f: ]{0,17}\\]\\[(LE|BR)\\]>\\s?");

  private TerminalText() {}

  /** Removes ANSI escape sequences and other control characters except tab. */
  static String stripAnsi(String raw) {
    String s = ANSI.matcher(raw).replaceAll("");
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\r' || c >= 0x20) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Splits one terminal line (without its LF) into the text pieces it holds: colours removed, split
   * at carriage returns, every leading prompt removed, blank pieces dropped.
   */
  static List<String> pieces(String rawLine) {
    List<String> out = new ArrayList<>();
    for (String segment : stripAnsi(rawLine).split("\r")) {
      String s = segment;
      while (true) {
        var m = PROMPT.matcher(s);
        if (!m.find()) {
          break;
        }
        s = s.substring(m.end());
      }
      s = s.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
