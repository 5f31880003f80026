package io.gattscope.app.knowledge;

import java.util.HexFormat;

/** Hex text of byte arrays as the UI shows them ("0A 1B 2C"). */
public final class Hex {
  private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

  private Hex() {}

  /** Upper-case hex bytes separated by spaces. */
  public static String of(byte[] bytes) {
    return SPACED.formatHex(bytes);
  }
}
