package io.gattscope.gatt.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Bit fields: bit 0 is the least significant bit of the first byte. Text form {@code "0, 2, 15 of
 * 16 bits"} (or {@code "none of 8 bits"}); input may omit {@code "of N bits"} (then as few bytes as
 * needed) or be binary groups {@code "0b00000101 0b10000000"}, one per byte, most significant bit
 * first.
 */
final class BitsCodec {
  private BitsCodec() {}

  static String format(byte[] bytes) {
    List<String> set = new ArrayList<>();
    for (int i = 0; i < bytes.length * 8; i++) {
      if ((bytes[i / 8] >> (i % 8) & 1) != 0) {
        set.add(Integer.toString(i));
      }
    }
    String bits = set.isEmpty() ? "none" : String.join(", ", set);
    return bits + " of " + bytes.length * 8 + " bits";
  }

  static byte[] parse(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return new byte[0];
    }
    if (t.startsWith("0b") || t.startsWith("0B")) {
      return parseBinary(text);
    }
    int size = -1;
    String list = t;
    int of = t.lastIndexOf(" of ");
    if (of >= 0) {
      String tail = t.substring(of + 4).trim();
      if (!tail.endsWith("bits")) {
        throw new ValueFormatException("expected '… of N bits' at the end", text.indexOf(" of "));
      }
      String n = tail.substring(0, tail.length() - 4).trim();
      try {
        size = Integer.parseInt(n);
      } catch (NumberFormatException e) {
        throw new ValueFormatException("'" + n + "' is not a bit count", text.indexOf(" of "));
      }
      if (size < 0 || size % 8 != 0 || size > 8 * 512) {
        throw new ValueFormatException(
            "bit count " + size + " must be a multiple of 8 up to 4096", text.indexOf(" of "));
      }
      list = t.substring(0, of).trim();
    }
    List<Integer> bits = new ArrayList<>();
    if (!list.equals("none")) {
      int base = text.indexOf(list);
      int at = 0;
      for (String tok : list.split(",", -1)) {
        String s = tok.trim();
        int pos = base + at + tok.indexOf(s.isEmpty() ? " " : s);
        at += tok.length() + 1;
        int bit;
        try {
          bit = Integer.parseInt(s);
        } catch (NumberFormatException e) {
          throw new ValueFormatException(
              "character " + (pos + 1) + ": '" + s + "' is not a bit number", pos);
        }
        int limit = size >= 0 ? size : 8 * 512;
        if (bit < 0 || bit >= limit) {
          throw new ValueFormatException(
              "bit " + bit + " is out of range (0.." + (limit - 1) + ")", pos);
        }
        bits.add(bit);
      }
    }
    int bytes = size >= 0 ? size / 8 : bits.stream().mapToInt(b -> b / 8 + 1).max().orElse(0);
    byte[] out = new byte[bytes];
    for (int bit : bits) {
      out[bit / 8] |= (byte) (1 << (bit % 8));
    }
    return out;
  }

  private static byte[] parseBinary(String text) {
    List<Byte> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',') {
        i++;
        continue;
      }
      if (!text.startsWith("0b", i) && !text.startsWith("0B", i)) {
        throw new ValueFormatException(
            "character " + (i + 1) + ": expected a byte written as 0b followed by 8 digits", i);
      }
      int v = 0;
      for (int k = 0; k < 8; k++) {
        int p = i + 2 + k;
        char c = p < text.length() ? text.charAt(p) : ' ';
        if (c != '0' && c != '1') {
          throw new ValueFormatException(
              "character " + (p + 1) + ": '" + c + "' is not a binary digit (8 per byte)", p);
        }
        v = v << 1 | (c - '0');
      }
      out.add((byte) v);
      i += 10;
    }
    byte[] b = new byte[out.size()];
    for (int k = 0; k < b.length; k++) {
      b[k] = out.get(k);
    }
    return b;
  }
}
