package io.gattscope.ble.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.gattscope.bytes.HexText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** A JSON node and its path, with typed getters that fail with that path. */
final class Node {
  private final JsonNode json;
  private final String path;

  Node(JsonNode json, String path) {
    this.json = json;
    this.path = path;
  }

  String path() {
    return path;
  }

  SnapshotFormatException error(String problem) {
    return new SnapshotFormatException(path, problem);
  }

  /** Checks this is an object holding only the given field names. */
  Node object(Set<String> allowed) throws SnapshotFormatException {
    if (!json.isObject()) {
      throw error("expected an object, got " + kind(json));
    }
    Iterator<String> names = json.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw new SnapshotFormatException(
            path + "." + n, "unknown field (known: " + String.join(", ", sorted(allowed)) + ")");
      }
    }
    return this;
  }

  /** Whether the field is there; a JSON null counts as there, so the typed getters refuse it. */
  boolean has(String field) {
    return json.get(field) != null;
  }

  Node get(String field) throws SnapshotFormatException {
    if (!has(field)) {
      throw new SnapshotFormatException(path + "." + field, "missing");
    }
    return new Node(json.get(field), path + "." + field);
  }

  String text(String field) throws SnapshotFormatException {
    Node n = get(field);
    if (!n.json.isTextual()) {
      throw n.error("expected a string, got " + kind(n.json));
    }
    return n.json.textValue();
  }

  long integer(String field, long min, long max) throws SnapshotFormatException {
    return get(field).integer(min, max);
  }

  long integer(long min, long max) throws SnapshotFormatException {
    if (!json.isIntegralNumber() || !json.canConvertToLong()) {
      throw error("expected an integer, got " + kind(json));
    }
    long v = json.longValue();
    if (v < min || v > max) {
      throw error("must be " + min + ".." + max + ", got " + v);
    }
    return v;
  }

  double number(String field, double min, double max) throws SnapshotFormatException {
    Node n = get(field);
    if (!n.json.isNumber()) {
      throw n.error("expected a number, got " + kind(n.json));
    }
    double v = n.json.doubleValue();
    if (!(v >= min && v <= max)) {
      throw n.error("must be " + min + ".." + max + ", got " + v);
    }
    return v;
  }

  boolean bool(String field) throws SnapshotFormatException {
    Node n = get(field);
    if (!n.json.isBoolean()) {
      throw n.error("expected true or false, got " + kind(n.json));
    }
    return n.json.booleanValue();
  }

  byte[] hex(String field, int maxBytes) throws SnapshotFormatException {
    String s = text(field);
    String where = path + "." + field;
    if (s.length() % 2 != 0) {
      throw new SnapshotFormatException(
          where, "hex must have an even number of digits: '" + s + "'");
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
        throw new SnapshotFormatException(
            where, "'" + s.charAt(i) + "' at " + i + " is not a hex digit");
      }
    }
    if (s.length() / 2 > maxBytes) {
      throw new SnapshotFormatException(
          where, "at most " + maxBytes + " bytes, got " + s.length() / 2);
    }
    return HexText.parseCompact(s);
  }

  List<Node> array(String field) throws SnapshotFormatException {
    Node n = get(field);
    if (!n.json.isArray()) {
      throw n.error("expected an array, got " + kind(n.json));
    }
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < n.json.size(); i++) {
      out.add(new Node(n.json.get(i), n.path + "[" + i + "]"));
    }
    return out;
  }

  String textValue() throws SnapshotFormatException {
    if (!json.isTextual()) {
      throw error("expected a string, got " + kind(json));
    }
    return json.textValue();
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  private static String kind(JsonNode n) {
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isObject()) {
      return "an object";
    }
    return "null";
  }
}
