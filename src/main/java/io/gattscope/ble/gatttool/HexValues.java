package io.gattscope.ble.gatttool;

import io.gattscope.bytes.HexText;
import java.util.Locale;

/** Hex text as gatttool prints and reads it: {@code "01 0a ff "} out, {@code "010aff"} in. */
final class HexValues {
  private HexValues() {}

  /** Encodes bytes as the contiguous lower-case hex gatttool's write commands take. */
  static String encode(byte[] value) {
    return HexText.lower(value);
  }

  /**
   * Decodes space-separated byte pairs such as {@code "01 0a ff "} (empty text gives no bytes).
   *
   * @throws IllegalArgumentException when a piece is not a two-digit hex byte
   */
  static byte[] decodeSpaced(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return new byte[0];
    }
    String[] parts = t.split("\\s+");
    byte[] out = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.length() != 2
          || Character.digit(p.charAt(0), 16) < 0
          || Character.digit(p.charAt(1), 16) < 0) {
        throw new IllegalArgumentException("'" + p + "' in '" + text + "' is not a hex byte");
      }
      out[i] = (byte) Integer.parseInt(p, 16);
    }
    return out;
  }

  /** Formats a handle the way gatttool's commands take it, e.g. {@code 0x002a}. */
  static String handle(int handle) {
    return String.format(Locale.ROOT, "0x%04x", handle);
  }

  /** Formats a handle for messages the way the rest of GattScope shows it, e.g. {@code 0x002A}. */
  static String label(int handle) {
    return HexText.u16(handle);
  }
}
