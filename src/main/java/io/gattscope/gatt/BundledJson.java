package io.gattscope.gatt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for the bundled names database, so that looking up a name does not
 * load a JSON library: objects become maps, arrays lists, and every scalar its text (numbers as
 * written, {@code true}/{@code false}); {@code null} becomes {@code null}.
 */
final class BundledJson {
  private final String text;
  private int pos;

  private BundledJson(String text) {
    this.text = text;
  }

  /**
   * Parses one JSON document.
   *
   * @param text the whole document
   * @return a {@code Map<String, Object>}, {@code List<Object>}, {@code String} or {@code null}
   * @throws IOException naming the offset of the first syntax error or of trailing content
   */
  static Object parse(String text) throws IOException {
    BundledJson p = new BundledJson(text);
    p.skipBlanks();
    Object value = p.value();
    p.skipBlanks();
    if (p.pos != text.length()) {
      throw p.error("trailing content");
    }
    return value;
  }

  private Object value() throws IOException {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        word("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    pos++;
    skipBlanks();
    if (peek() == '}') {
      pos++;
      return out;
    }
    while (true) {
      skipBlanks();
      if (peek() != '"') {
        throw error("expected a field name");
      }
      String name = string();
      skipBlanks();
      expect(':');
      skipBlanks();
      out.put(name, value());
      skipBlanks();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return out;
      }
    }
  }

  private List<Object> array() throws IOException {
    List<Object> out = new ArrayList<>();
    pos++;
    skipBlanks();
    if (peek() == ']') {
      pos++;
      return out;
    }
    while (true) {
      skipBlanks();
      out.add(value());
      skipBlanks();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return out;
      }
    }
  }

  private String string() throws IOException {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> sb.append(unicodeEscape());
        default -> throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private char unicodeEscape() throws IOException {
    if (pos + 4 > text.length()) {
      throw error("short \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos++), 16);
      if (d < 0) {
        throw error("bad \\u escape");
      }
      v = v * 16 + d;
    }
    return (char) v;
  }

  private String number() throws IOException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int digits = digits();
    if (digits == 0 || (digits > 1 && text.charAt(pos - digits) == '0')) {
      throw error("bad number");
    }
    if (peek() == '.') {
      pos++;
      if (digits() == 0) {
        throw error("bad number");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (digits() == 0) {
        throw error("bad number");
      }
    }
    return text.substring(start, pos);
  }

  private int digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  private String word(String w) throws IOException {
    if (!text.startsWith(w, pos)) {
      throw error("unexpected word");
    }
    pos += w.length();
    return w;
  }

  private void expect(char c) throws IOException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipBlanks() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private IOException error(String what) {
    return new IOException(what + " at offset " + pos);
  }
}
