package io.gattscope.gatt.decode;

import java.util.ArrayList;
import java.util.List;
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
    r.add(bad ? Field.error(name, text + " (not a valid date-time)") : Field.text(name, text));
  }

  /** The names of the set bits, {@code names[i]} for bit i; "none" when no bit is set. */
  static String bits(int value, String... names) {
    List<String> set = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if ((value >> i & 1) != 0 && names[i] != null) {
        set.add(names[i]);
      }
    }
    return set.isEmpty() ? "none" : String.join(", ", set);
  }

  /** A flags field shown as hex plus the names of the set bits. */
  static Field flags(String name, int value, int hexDigits, String... bitNames) {
    return Field.text(name, hex(value, hexDigits) + " (" + bits(value, bitNames) + ")");
  }

  /** {@code 0x} and {@code digits} upper-case hex digits, zero padded. */
  static String hex(long value, int digits) {
    String h = Long.toHexString(value).toUpperCase(Locale.ROOT);
    return "0x" + "0".repeat(Math.max(0, digits - h.length())) + h;
  }

  /** {@code names[v]} or {@code "Reserved (v)"}. */
  static String pick(int v, String... names) {
    return v >= 0 && v < names.length && names[v] != null ? names[v] : "Reserved (" + v + ")";
  }
}
