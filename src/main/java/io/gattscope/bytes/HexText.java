package io.gattscope.bytes;

import java.util.HexFormat;

/**
 * The project's one hex formatter, the only user of JDK {@link HexFormat}: spaced upper case
 * ({@code "0A 1B"}) for people, compact upper or lower case ({@code "0A1B"}, {@code "0a1b"}) for
 * files, commands and wire logs, and strict compact parsing; sits below every other package so each
 * layer uses the same one.
 */
public final class HexText {
  private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();
  private static final HexFormat UPPER = HexFormat.of().withUpperCase();
  private static final HexFormat LOWER = HexFormat.of();

  private HexText() {}

  /**
   * Upper-case hex bytes separated by single spaces, e.g. {@code "0A 1B"}; empty for no bytes.
   *
   * @param bytes the bytes to show; not {@code null}
   * @return three characters per byte, less one
   */
  public static String format(byte[] bytes) {
    return SPACED.formatHex(bytes);
  }

  /**
   * Upper-case hex of part of an array, separated by single spaces, e.g. {@code "0A 1B"}.
   *
   * @param bytes the array holding the bytes; not {@code null}
   * @param offset index of the first byte to show
   * @param length how many bytes to show
   * @return three characters per byte, less one
   * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
   */
  public static String format(byte[] bytes, int offset, int length) {
    return SPACED.formatHex(bytes, offset, offset + length);
  }

  /**
   * Appends {@link #format(byte[])}'s text to {@code sb} without building a string first.
   *
   * @param sb the builder to append to
   * @param bytes the bytes to show; not {@code null}
   * @return {@code sb}, for chaining
   */
  public static StringBuilder appendTo(StringBuilder sb, byte[] bytes) {
    return SPACED.formatHex(sb, bytes);
  }

  /**
   * Appends {@link #format(byte[], int, int)}'s text to {@code sb} without building a string.
   *
   * @param sb the builder to append to
   * @param bytes the array holding the bytes; not {@code null}
   * @param offset index of the first byte to show
   * @param length how many bytes to show
   * @return {@code sb}, for chaining
   * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
   */
  public static StringBuilder appendTo(StringBuilder sb, byte[] bytes, int offset, int length) {
    return SPACED.formatHex(sb, bytes, offset, offset + length);
  }

  /**
   * Compact upper-case hex with no separators, e.g. {@code "0A1B"}.
   *
   * @param bytes the bytes to show; not {@code null}
   * @return two characters per byte
   */
  public static String compact(byte[] bytes) {
    return UPPER.formatHex(bytes);
  }

  /**
   * Compact lower-case hex with no separators, e.g. {@code "0a1b"}.
   *
   * @param bytes the bytes to show; not {@code null}
   * @return two characters per byte
   */
  public static String lower(byte[] bytes) {
    return LOWER.formatHex(bytes);
  }

  /**
   * Appends {@link #lower}'s text to {@code sb} without building a string first.
   *
   * @param sb the builder to append to
   * @param bytes the bytes to show; not {@code null}
   * @return {@code sb}, for chaining
   */
  public static StringBuilder appendLower(StringBuilder sb, byte[] bytes) {
    return LOWER.formatHex(sb, bytes);
  }

  /**
   * Appends one byte as two lower-case hex digits, without allocating.
   *
   * @param sb the builder to append to
   * @param b the byte to append
   * @return {@code sb}, for chaining
   */
  public static StringBuilder appendLower(StringBuilder sb, byte b) {
    return LOWER.toHexDigits(sb, b);
  }

  /**
   * Appends one byte as two upper-case hex digits, without allocating.
   *
   * @param sb the builder to append to
   * @param b the byte to append
   * @return {@code sb}, for chaining
   */
  public static StringBuilder appendUpper(StringBuilder sb, byte b) {
    return UPPER.toHexDigits(sb, b);
  }

  /**
   * A 16-bit value as {@code 0x} and four upper-case hex digits, such as a handle: without
   * String.format, whose first use loads locale data (tens of milliseconds in a command-line run).
   *
   * @param value the value; only its low 16 bits are shown
   * @return for example {@code 0x002A}
   */
  public static String u16(int value) {
    return "0x" + UPPER.toHexDigits((short) value);
  }

  /**
   * A 32-bit value as {@code 0x} and eight upper-case hex digits.
   *
   * @param value the value; only its low 32 bits are shown
   * @return for example {@code 0x0000FEED}
   */
  public static String u32(long value) {
    return "0x" + UPPER.toHexDigits((int) value);
  }

  /**
   * Parses compact hex: an even number of digits of either case, no separators or prefixes (the
   * form {@link #lower} and {@link #compact} write).
   *
   * @param hex the hex text; not {@code null}; empty text gives no bytes
   * @return the bytes in the order written
   * @throws IllegalArgumentException if {@code hex} has an odd length or a character that is not a
   *     hex digit
   */
  public static byte[] parseCompact(CharSequence hex) {
    return LOWER.parseHex(hex);
  }
}
