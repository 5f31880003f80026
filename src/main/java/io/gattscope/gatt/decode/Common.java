package io.gattscope.gatt.decode;

import java.util.Locale;

/** Field helpers shared by several decoders: date-time, flag lists, enumerations. */
final class Common {
  private Common() {}

  /** Reads a 7-byte Date Time (year u16, month, day, hours, minutes, seconds) as one field. */
  static void dateTime(Reader r, String name) {
    int year = r.u16(name);
    int month = r.u8(name);
    int day = r.u8(name);
    int h = r.u8(name);
    int m = r.u8(name);
    int s = r.u8(name);
    String text =
        String.format(
            Locale.ROOT,
            "%s-%s-%s %02d:%02d:%02d",
            year == 0 ? "????" : String.format(Locale.ROOT, "%04d", year),
            month == 0 ? "??" : String.format(Locale.ROOT, "%02d", month),
            day == 0 ? "??" : String.format(Locale.ROOT, "%02d", day),
            h,
            m,
            s);
    boolean bad = month > 12 || day > 31 || h > 23 || m > 59 || s > 59;
    if (bad) {
      r.error(name, text + " (not a valid date-time)");
    } else {
      r.text(name, text);
    }
  }

  /** The names of the set bits, {@code names[i]} for bit i; "none" when no bit is set. */
  static String bits(int value, String... names) {
    return appendBits(new StringBuilder(), value, names).toString();
  }

  private static StringBuilder appendBits(StringBuilder sb, int value, String... names) {
    int start = sb.length();
    for (int i = 0; i < names.length; i++) {
      if ((value >> i & 1) != 0 && names[i] != null) {
        sb.append(sb.length() > start ? ", " : "").append(names[i]);
      }
    }
    return sb.length() > start ? sb : sb.append("none");
  }

  /** A flags field shown as hex plus the names of the set bits. */
  static Field flags(String name, int value, int hexDigits, String... bitNames) {
    return Field.text(
        name, appendFlags(new StringBuilder(64), value, hexDigits, bitNames).toString());
  }

  /**
   * Adds {@link #flags}'s field to {@code r}, written straight into a summary when it makes one.
   */
  static void addFlags(Reader r, String name, int value, int hexDigits, String... bitNames) {
    appendFlags(r.begin(name), value, hexDigits, bitNames);
    r.end(false);
  }

  private static StringBuilder appendFlags(
      StringBuilder sb, int value, int hexDigits, String... bitNames) {
    appendHex(sb, value, hexDigits).append(" (");
    return appendBits(sb, value, bitNames).append(')');
  }

  /** {@code 0x} and {@code digits} upper-case hex digits, zero padded. */
  static String hex(long value, int digits) {
    return appendHex(new StringBuilder(digits + 2), value, digits).toString();
  }

  private static StringBuilder appendHex(StringBuilder sb, long value, int digits) {
    sb.append("0x");
    int length = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 3) / 4);
    for (int i = Math.max(digits, length) - 1; i >= 0; i--) {
      sb.append(Character.toUpperCase(Character.forDigit((int) (value >>> (4 * i)) & 0xF, 16)));
    }
    return sb;
  }

  /** {@code names[v]} or {@code "Reserved (v)"}. */
  static String pick(int v, String... names) {
    return v >= 0 && v < names.length && names[v] != null ? names[v] : "Reserved (" + v + ")";
  }
}
