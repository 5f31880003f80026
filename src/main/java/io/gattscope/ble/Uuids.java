package io.gattscope.ble;

import io.gattscope.bytes.HexText;
import java.util.OptionalLong;
import java.util.UUID;

/** Helpers for Bluetooth UUIDs: 16- and 32-bit short forms on the SIG base, and wire order. */
public final class Uuids {
  /** The Bluetooth base UUID 00000000-0000-1000-8000-00805F9B34FB. */
  public static final UUID BASE = UUID.fromString("00000000-0000-1000-8000-00805f9b34fb");

  private static final long BASE_LSB = BASE.getLeastSignificantBits();
  private static final long BASE_MSB_LOW = 0x0000_1000L;

  private Uuids() {}

  /**
   * Expands a 16- or 32-bit SIG short UUID onto the base UUID.
   *
   * @param shortUuid the short UUID, 0 to 0xFFFFFFFF (e.g. {@code 0x2A37})
   * @return the 128-bit UUID {@code 0000xxxx-0000-1000-8000-00805f9b34fb}
   * @throws IllegalArgumentException when the value does not fit in 32 bits
   */
  public static UUID fromShort(long shortUuid) {
    if (shortUuid < 0 || shortUuid > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          "a short UUID has 16 or 32 bits, got 0x" + Long.toHexString(shortUuid));
    }
    return new UUID((shortUuid << 32) | BASE_MSB_LOW, BASE_LSB);
  }

  /**
   * The 16- or 32-bit value when the UUID lies on the SIG base, else empty.
   *
   * @param uuid any UUID; not null
   * @return the short value, or empty for a vendor's 128-bit UUID
   */
  public static OptionalLong shortValue(UUID uuid) {
    if (uuid.getLeastSignificantBits() == BASE_LSB
        && (uuid.getMostSignificantBits() & 0xFFFF_FFFFL) == BASE_MSB_LOW) {
      return OptionalLong.of(uuid.getMostSignificantBits() >>> 32);
    }
    return OptionalLong.empty();
  }

  /**
   * True when the UUID is a 16-bit SIG UUID equal to {@code value}.
   *
   * @param uuid any UUID; not null
   * @param value a short SIG UUID, e.g. {@code 0x2902}
   * @return whether {@code uuid} is the base UUID with that short value
   */
  public static boolean is(UUID uuid, int value) {
    OptionalLong s = shortValue(uuid);
    return s.isPresent() && s.getAsLong() == value;
  }

  /**
   * Parses {@code 2a37}, {@code 0x2A37}, a 32-bit {@code 0000180d}, or a full 128-bit UUID.
   *
   * @param text the UUID as typed, surrounding spaces allowed; ASCII hex digits only
   * @return the UUID, short forms expanded onto the base UUID
   * @throws IllegalArgumentException saying why the text is not a UUID
   */
  public static UUID parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no UUID given");
    }
    String s = text.trim();
    if (s.startsWith("0x") || s.startsWith("0X")) {
      s = s.substring(2);
    }
    if (s.length() == 36) {
      try {
        if (s.charAt(8) == '-'
            && s.charAt(13) == '-'
            && s.charAt(18) == '-'
            && s.charAt(23) == '-') {
          checkHex(text, s.replace("-", ""));
          return UUID.fromString(s);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + text + "' is not a UUID: " + e.getMessage(), e);
      }
      throw new IllegalArgumentException(
          "'" + text + "' is not a UUID: dashes must be at 9, 14, 19 and 24");
    }
    if (s.length() == 32) {
      checkHex(text, s);
      return new UUID(
          Long.parseUnsignedLong(s.substring(0, 16), 16),
          Long.parseUnsignedLong(s.substring(16), 16));
    }
    if (s.length() == 4 || s.length() == 8) {
      checkHex(text, s);
      return fromShort(Long.parseLong(s, 16));
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a UUID: expected 4 or 8 hex digits (short SIG UUID) or a 128-bit UUID");
  }

  private static void checkHex(String original, String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (asciiHexDigit(digits.charAt(i)) < 0) {
        throw new IllegalArgumentException(
            "'" + original + "' is not a UUID: '" + digits.charAt(i) + "' is not hex");
      }
    }
  }

  /**
   * Decodes a 2-, 4- or 16-byte UUID in little-endian wire order.
   *
   * @param b the bytes holding the UUID
   * @param offset index of the UUID's first (least significant) byte
   * @param length 2, 4 or 16
   * @return the UUID, short forms expanded onto the base UUID
   * @throws IllegalArgumentException when {@code length} is not 2, 4 or 16
   */
  public static UUID fromLittleEndian(byte[] b, int offset, int length) {
    return switch (length) {
      case 2 -> fromShort((b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8);
      case 4 ->
          fromShort(
              (b[offset] & 0xFFL)
                  | (b[offset + 1] & 0xFFL) << 8
                  | (b[offset + 2] & 0xFFL) << 16
                  | (b[offset + 3] & 0xFFL) << 24);
      case 16 -> {
        long lsb = 0;
        long msb = 0;
        for (int i = 7; i >= 0; i--) {
          lsb = (lsb << 8) | (b[offset + i] & 0xFF);
          msb = (msb << 8) | (b[offset + 8 + i] & 0xFF);
        }
        yield new UUID(msb, lsb);
      }
      default ->
          throw new IllegalArgumentException(
              "a UUID on the wire has 2, 4 or 16 bytes, got " + length);
    };
  }

  /**
   * Decodes a whole array as a little-endian UUID of 2, 4 or 16 bytes.
   *
   * @param b the UUID's bytes, least significant first
   * @return the UUID, short forms expanded onto the base UUID
   * @throws IllegalArgumentException when the array does not hold 2, 4 or 16 bytes
   */
  public static UUID fromLittleEndian(byte[] b) {
    return fromLittleEndian(b, 0, b.length);
  }

  /**
   * Encodes in little-endian wire order: 2 bytes for a 16-bit SIG UUID, else 16 bytes.
   *
   * @param uuid the UUID; not null
   * @return a new array of 2 or 16 bytes, least significant byte first
   */
  public static byte[] toLittleEndian(UUID uuid) {
    OptionalLong s = shortValue(uuid);
    if (s.isPresent() && s.getAsLong() <= 0xFFFF) {
      long v = s.getAsLong();
      return new byte[] {(byte) v, (byte) (v >>> 8)};
    }
    byte[] out = new byte[16];
    long lsb = uuid.getLeastSignificantBits();
    long msb = uuid.getMostSignificantBits();
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (lsb >>> (8 * i));
      out[8 + i] = (byte) (msb >>> (8 * i));
    }
    return out;
  }

  /**
   * Short form for SIG UUIDs ({@code 0x2A37}), else the full lower-case UUID.
   *
   * @param uuid the UUID; not null
   * @return {@code 0x} and 4 or 8 upper-case hex digits on the SIG base, else the 36-character form
   */
  public static String format(UUID uuid) {
    OptionalLong s = shortValue(uuid);
    if (s.isPresent()) {
      long v = s.getAsLong();
      return v <= 0xFFFF ? HexText.u16((int) v) : HexText.u32(v);
    }
    return uuid.toString();
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
