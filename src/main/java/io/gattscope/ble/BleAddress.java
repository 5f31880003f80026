package io.gattscope.ble;

import io.gattscope.bytes.HexText;

/**
 * A 48-bit Bluetooth device address, written most significant byte first as {@code
 * AA:BB:CC:DD:EE:FF}.
 *
 * @param value the address in the low 48 bits (0 to 2^48 - 1)
 */
public record BleAddress(long value) implements Comparable<BleAddress> {

  /**
   * Creates an address, rejecting values wider than 48 bits.
   *
   * @param value the address in the low 48 bits (0 to 2^48 - 1)
   * @throws IllegalArgumentException when the value is negative or wider than 48 bits
   */
  public BleAddress {
    if (value < 0 || value > 0xFFFF_FFFF_FFFFL) {
      throw new IllegalArgumentException(
          "a Bluetooth address has 48 bits, got 0x" + Long.toHexString(value));
    }
  }

  /**
   * Parses {@code AA:BB:CC:DD:EE:FF} (colons or dashes, any case).
   *
   * @param text the address as typed; surrounding spaces allowed, ASCII hex digits only
   * @return the address
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  public static BleAddress parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no Bluetooth address given");
    }
    String s = text.trim();
    if (s.length() != 17) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a Bluetooth address: expected 17 characters like AA:BB:CC:DD:EE:FF, got "
              + s.length());
    }
    long v = 0;
    for (int i = 0; i < 6; i++) {
      int p = i * 3;
      if (i > 0 && s.charAt(p - 1) != ':' && s.charAt(p - 1) != '-') {
        throw new IllegalArgumentException(
            "'"
                + text
                + "' is not a Bluetooth address: character "
                + p
                + " should be ':' but is '"
                + s.charAt(p - 1)
                + "'");
      }
      int hi = asciiHexDigit(s.charAt(p));
      int lo = asciiHexDigit(s.charAt(p + 1));
      if (hi < 0 || lo < 0) {
        int bad = hi < 0 ? p : p + 1;
        throw new IllegalArgumentException(
            "'"
                + text
                + "' is not a Bluetooth address: character "
                + (bad + 1)
                + " '"
                + s.charAt(bad)
                + "' is not hex");
      }
      v = (v << 8) | (hi << 4) | lo;
    }
    return new BleAddress(v);
  }

  /**
   * Reads six bytes least significant first, as BGAPI and HCI send them.
   *
   * @param bytes the buffer holding the address
   * @param offset index of the address's least significant byte; six bytes must follow
   * @return the address
   */
  public static BleAddress fromLittleEndian(byte[] bytes, int offset) {
    long v = 0;
    for (int i = 5; i >= 0; i--) {
      v = (v << 8) | (bytes[offset + i] & 0xFF);
    }
    return new BleAddress(v);
  }

  /**
   * Writes six bytes least significant first into {@code out} at {@code offset}.
   *
   * @param out the buffer to write into
   * @param offset index for the least significant byte; six bytes from there are overwritten
   */
  public void toLittleEndian(byte[] out, int offset) {
    for (int i = 0; i < 6; i++) {
      out[offset + i] = (byte) (value >>> (8 * i));
    }
  }

  /**
   * Returns the six bytes least significant first.
   *
   * @return a new 6-byte array in wire order
   */
  public byte[] toLittleEndian() {
    byte[] out = new byte[6];
    toLittleEndian(out, 0);
    return out;
  }

  @Override
  public int compareTo(BleAddress o) {
    return Long.compare(value, o.value);
  }

  // equals and hashCode are written out: a record's generated ones are bootstrapped through method
  // handles on first use, which costs a command-line run tens of milliseconds (docs/benchmarks.md)
  @Override
  public boolean equals(Object o) {
    return o instanceof BleAddress a && a.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(17);
    for (int i = 5; i >= 0; i--) {
      HexText.appendUpper(sb, (byte) (value >>> (8 * i)));
      if (i > 0) {
        sb.append(':');
      }
    }
    return sb.toString();
  }

  /** The value of an ASCII hex digit (0-9, a-f, A-F), or -1: other scripts' digits are refused. */
  private static int asciiHexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
