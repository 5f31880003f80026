package io.gattscope.gatt.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 and ASCII text with escapes: bytes that are not valid (or not printable) show as {@code
 * \xNN}, a backslash as {@code \\}, so every byte array round-trips through text.
 */
final class TextCodec {
  private TextCodec() {}

  static String formatUtf8(byte[] bytes) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    StringBuilder sb = new StringBuilder(bytes.length);
    while (true) {
      CoderResult r = in.hasRemaining() ? dec.decode(in, chars, true) : CoderResult.UNDERFLOW;
      chars.flip();
      appendEscaped(sb, chars);
      chars.clear();
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          escapeByte(sb, in.get());
        }
      } else if (!in.hasRemaining()) {
        return sb.toString();
      }
    }
  }

  private static void appendEscaped(StringBuilder sb, CharSequence chars) {
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c < 0x20 || c == 0x7F) {
        escapeByte(sb, (byte) c);
      } else {
        sb.append(c);
      }
    }
  }

  static String formatAscii(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      if (b == '\\') {
        sb.append("\\\\");
      } else if (b >= 0x20 && b < 0x7F) {
        sb.append((char) b);
      } else {
        escapeByte(sb, b);
      }
    }
    return sb.toString();
  }

  private static void escapeByte(StringBuilder sb, byte b) {
    sb.append("\\x").append(Hex.compact(new byte[] {b}));
  }

  static byte[] parseUtf8(String text) {
    return parse(text, false);
  }

  static byte[] parseAscii(String text) {
    return parse(text, true);
  }

  private static byte[] parse(String text, boolean asciiOnly) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i = parseEscape(text, i, out);
        continue;
      }
      int cp = text.codePointAt(i);
      if (asciiOnly && cp > 0x7F) {
        throw new ValueFormatException(
            "character "
                + (i + 1)
                + ": '"
                + new String(Character.toChars(cp))
                + "' is not ASCII; write bytes as \\xNN",
            i);
      }
      if (Character.isSurrogate(c) && cp == c) {
        throw new ValueFormatException(
            "character " + (i + 1) + ": lone UTF-16 surrogate cannot be encoded", i);
      }
      out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
      i += Character.charCount(cp);
    }
    return out.toByteArray();
  }

  private static int parseEscape(String text, int i, ByteArrayOutputStream out) {
    if (i + 1 >= text.length()) {
      throw new ValueFormatException(
          "character " + (i + 1) + ": a lone '\\' at the end; write \\\\ for a backslash", i);
    }
    char e = text.charAt(i + 1);
    switch (e) {
      case '\\':
        out.write('\\');
        return i + 2;
      case 'n':
        out.write('\n');
        return i + 2;
      case 'r':
        out.write('\r');
        return i + 2;
      case 't':
        out.write('\t');
        return i + 2;
      case '0':
        out.write(0);
        return i + 2;
      case 'x':
        int hi = i + 2 < text.length() ? asciiHexDigit(text.charAt(i + 2)) : -1;
        int lo = i + 3 < text.length() ? asciiHexDigit(text.charAt(i + 3)) : -1;
        if (hi < 0 || lo < 0) {
          throw new ValueFormatException(
              "character " + (i + 1) + ": \\x must be followed by two hex digits", i);
        }
        out.write(hi << 4 | lo);
        return i + 4;
      default:
        throw new ValueFormatException(
            "character "
                + (i + 1)
                + ": unknown escape '\\"
                + e
                + "' (use \\\\, \\n, \\r, \\t, \\0 or \\xNN)",
            i);
    }
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
