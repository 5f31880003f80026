package io.gattscope.cli;

import io.gattscope.bytes.HexText;
import java.util.Collection;

/**
 * Builds one JSON object as text, fields in the order they are put (no library: the command line
 * starts without loading a JSON mapper). Strings are escaped per RFC 8259.
 */
final class Json {
  private final StringBuilder sb = new StringBuilder(96).append('{');
  private boolean empty = true;

  /** A new, empty object. */
  static Json object() {
    return new Json();
  }

  Json put(String key, String value) {
    if (value == null) {
      return raw(key, "null");
    }
    key(key);
    quote(sb, value);
    return this;
  }

  Json put(String key, long value) {
    key(key);
    sb.append(value);
    return this;
  }

  Json put(String key, boolean value) {
    key(key);
    sb.append(value);
    return this;
  }

  /** A number in the shortest form that reads back as the same double; null when not finite. */
  Json put(String key, double value) {
    key(key);
    Numbers.appendShortest(sb, value);
    return this;
  }

  /** A nested object. */
  Json put(String key, Json value) {
    return raw(key, value.toString());
  }

  /** An array of strings. */
  Json putStrings(String key, Collection<String> values) {
    key(key);
    sb.append('[');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      quote(sb, v);
    }
    sb.append(']');
    return this;
  }

  /** An array of objects. */
  Json putObjects(String key, Collection<Json> values) {
    key(key);
    sb.append('[');
    boolean first = true;
    for (Json v : values) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append(v);
    }
    sb.append(']');
    return this;
  }

  /** A value that is already JSON text, such as a number formatted at its resolution. */
  Json raw(String key, CharSequence json) {
    key(key);
    sb.append(json);
    return this;
  }

  private void key(String key) {
    if (!empty) {
      sb.append(',');
    }
    empty = false;
    quote(sb, key);
    sb.append(':');
  }

  /** Appends a JSON string literal. */
  static void quote(StringBuilder sb, CharSequence s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            HexText.appendLower(sb.append("\\u00"), (byte) c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Appends bytes as lower-case hex without separators, the form JSON and CSV use. */
  static StringBuilder hex(StringBuilder sb, byte[] bytes) {
    return HexText.appendLower(sb, bytes);
  }

  /** Bytes as lower-case hex without separators. */
  static String hex(byte[] bytes) {
    return HexText.lower(bytes);
  }

  @Override
  public String toString() {
    return sb + "}";
  }
}
