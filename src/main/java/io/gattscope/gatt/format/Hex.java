package io.gattscope.gatt.format;

import io.gattscope.bytes.HexText;
import java.io.ByteArrayOutputStream;

/**
 * Hex for the decoders and front ends: formatting delegates to the project's one formatter, {@link
 * HexText}, and the tolerant parser for what people type lives here.
 */
public final class Hex {
  private Hex() {}

  /**
   * Upper-case hex bytes separated by single spaces, e.g. {@code "0A 1B"}; empty for no bytes.
   *
   * @param bytes the bytes to show; not {@code null}
   * @return three characters per byte, less one
   */
  public static String format(byte[] bytes) {
    return HexText.format(bytes);
  }

  /**
   * Appends {@link #format}'s text to {@code sb} without building a string first.
   *
   * @param sb the builder to append to
   * @param bytes the bytes to show; not {@code null}
   * @return {@code sb}, for chaining
   */
  public static StringBuilder appendTo(StringBuilder sb, byte[] bytes) {
    return HexText.appendTo(sb, bytes);
  }

  /**
   * Compact upper-case hex with no separators, e.g. {@code "0A1B"}.
   *
   * @param bytes the bytes to show; not {@code null}
   * @return two characters per byte
   */
  public static String compact(byte[] bytes) {
    return HexText.compact(bytes);
  }

  /**
   * Compact lower-case hex with no separators, e.g. {@code "0a1b"}.
   *
   * @param bytes the bytes to show; not {@code null}
   * @return two characters per byte
   */
  public static String lower(byte[] bytes) {
    return HexText.lower(bytes);
  }

  /**
   * Appends one byte as two lower-case hex digits, without allocating.
   *
   * @param sb the builder to append to
   * @param b the byte to append
   * @return {@code sb}, for chaining
   */
  public static StringBuilder appendLower(StringBuilder sb, byte b) {
    return HexText.appendLower(sb, b);
  }

  /**
   * Parses hex text: any case, separated by spaces, colons, dashes, commas or nothing, with
   * optional {@code 0x} prefixes ({@code "0x0a:1B"}, {@code "0A 1b"}, {@code "0a1b"}).
   *
   * @param text the hex text; not {@code null}; blank text gives no bytes
   * @return the bytes in the order written
   * @throws ValueFormatException naming the character and byte at fault
   */
  public static byte[] parse(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 2 + 1);
    int high = -1;
    int highAt = -1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (high < 0 && c == '0' && i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == 'x') {
        i += 2;
        continue;
      }
      if (Character.isWhitespace(c) || c == ':' || c == '-' || c == ',' || c == '_') {
        if (high >= 0) {
          throw new ValueFormatException(
              "character "
                  + (highAt + 1)
                  + " (byte "
                  + (out.size() + 1)
                  + "): '"
                  + text.charAt(highAt)
                  + "' is a lone hex digit; write two digits per byte, e.g. 0"
                  + text.charAt(highAt),
              highAt);
        }
        i++;
        continue;
      }
      int d = asciiHexDigit(c);
      if (d < 0 || c > 0x7F) {
        throw new ValueFormatException(
            "character " + (i + 1) + " (byte " + (out.size() + 1) + "): '" + c + "' is not hex", i);
      }
      if (high < 0) {
        high = d;
        highAt = i;
      } else {
        out.write((high << 4) | d);
        high = -1;
      }
      i++;
    }
    if (high >= 0) {
      throw new ValueFormatException(
          "character "
              + (highAt + 1)
              + " (byte "
              + (out.size() + 1)
              + "): odd number of hex digits, the last byte has only '"
              + text.charAt(highAt)
              + "'",
          highAt);
    }
    return out.toByteArray();
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
