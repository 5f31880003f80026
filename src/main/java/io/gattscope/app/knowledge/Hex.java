package io.gattscope.app.knowledge;

/** Hex text of byte arrays as the UI shows them ("0A 1B 2C"). */
public final class Hex {
  private Hex() {}

  /** Upper-case hex bytes separated by spaces. */
  public static String of(byte[] bytes) {
    return io.gattscope.gatt.format.Hex.format(bytes);
  }
}
