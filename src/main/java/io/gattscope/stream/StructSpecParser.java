package io.gattscope.stream;

import java.util.ArrayList;
import java.util.List;

/** Parses the Python-struct-like layout form, e.g. {@code <6h} or {@code >B x 2H f}. */
final class StructSpecParser {
  private static final String CODES = "x b B h H i I l L q Q f d";

  private StructSpecParser() {}

  static List<LayoutItem> parse(String spec) {
    int pos = skipSpace(spec, 0);
    boolean bigEndian = false;
    if (pos < spec.length()) {
      char c = spec.charAt(pos);
      if (c == '>' || c == '!') {
        bigEndian = true;
        pos++;
      } else if (c == '<') {
        pos++;
      } else if (c == '@' || c == '=') {
        throw new LayoutSpecException(
            spec, pos, "native byte order '" + c + "' is not supported, use '<' or '>'");
      }
    }
    List<LayoutItem> items = new ArrayList<>();
    int channel = 0;
    int bytes = 0;
    pos = skipSpace(spec, pos);
    while (pos < spec.length()) {
      int itemStart = pos;
      int count = 1;
      if (Character.isDigit(spec.charAt(pos))) {
        int end = pos;
        while (end < spec.length() && Character.isDigit(spec.charAt(end))) {
          end++;
        }
        count = parseCount(spec, pos, end);
        pos = end;
        if (pos >= spec.length()) {
          throw new LayoutSpecException(spec, pos, "repeat count " + count + " without a type");
        }
      }
      char code = spec.charAt(pos);
      if (code == 'x') {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof Padding previous) {
          items.set(items.size() - 1, new Padding(previous.bytes() + count));
        } else {
          items.add(new Padding(count));
        }
        bytes += count;
      } else {
        FieldType type = FieldType.ofStructCode(code);
        if (type == null) {
          throw new LayoutSpecException(
              spec,
              pos,
              "unknown struct code '"
                  + code
                  + "' (expected one of "
                  + CODES
                  + "; for named fields write name:type)");
        }
        for (int i = 0; i < count; i++) {
          items.add(LayoutField.raw("c" + channel++, type, bigEndian));
        }
        bytes += count * type.size();
      }
      if (bytes > PayloadLayout.MAX_LENGTH) {
        throw new LayoutSpecException(
            spec,
            itemStart,
            "layout needs "
                + bytes
                + " bytes, more than the "
                + PayloadLayout.MAX_LENGTH
                + " an attribute value can hold");
      }
      pos = skipSpace(spec, pos + 1);
    }
    if (channel == 0) {
      throw new LayoutSpecException(spec, spec.length(), "layout has no numeric fields");
    }
    return items;
  }

  private static int parseCount(String spec, int from, int to) {
    String digits = spec.substring(from, to);
    if (digits.length() > 3 || Integer.parseInt(digits) > PayloadLayout.MAX_LENGTH) {
      throw new LayoutSpecException(
          spec, from, "repeat count " + digits + " exceeds " + PayloadLayout.MAX_LENGTH);
    }
    int count = Integer.parseInt(digits);
    if (count == 0) {
      throw new LayoutSpecException(spec, from, "repeat count must be at least 1");
    }
    return count;
  }

  static int skipSpace(String s, int pos) {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  /** Canonical struct text for items that all share one byte order and have struct codes. */
  static String format(List<LayoutItem> items) {
    boolean big = items.stream().anyMatch(i -> i instanceof LayoutField f && f.bigEndian());
    StringBuilder sb = new StringBuilder(big ? ">" : "<");
    int i = 0;
    while (i < items.size()) {
      LayoutItem item = items.get(i);
      if (item instanceof Padding p) {
        sb.append(p.bytes() == 1 ? "" : p.bytes()).append('x');
        i++;
        continue;
      }
      FieldType type = ((LayoutField) item).type();
      int run = 1;
      while (i + run < items.size()
          && items.get(i + run) instanceof LayoutField f
          && f.type() == type) {
        run++;
      }
      sb.append(run == 1 ? "" : run).append(type.structCode());
      i += run;
    }
    return sb.toString();
  }
}
