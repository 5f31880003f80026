package io.gattscope.stream;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the named layout form, e.g. {@code ax:i16*0.001 g, t:u16be+-40 °C, pad2}. */
final class NamedSpecParser {
  private static final Pattern PAD = Pattern.compile("pad([0-9]{1,3})?");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final String TYPES = "u8 i8 u16 i16 u24 i24 u32 i32 u64 i64 f32 f64";

  private final String spec;
  private final Set<String> names = new HashSet<>();
  private boolean bigEndianDefault;
  private int bytes;
  private int numberEnd;
  private boolean timeBase;

  private NamedSpecParser(String spec) {
    this.spec = spec;
  }

  static List<LayoutItem> parse(String spec) {
    return new NamedSpecParser(spec).items();
  }

  private List<LayoutItem> items() {
    int pos = readOrderPrefix(StructSpecParser.skipSpace(spec, 0));
    List<LayoutItem> items = new ArrayList<>();
    int fields = 0;
    while (true) {
      int comma = spec.indexOf(',', pos);
      int end = comma < 0 ? spec.length() : comma;
      LayoutItem item = item(pos, end);
      items.add(item);
      fields += item instanceof LayoutField ? 1 : 0;
      bytes += item.size();
      if (bytes > PayloadLayout.MAX_LENGTH) {
        throw new LayoutSpecException(
            spec, pos, "layout needs more than " + PayloadLayout.MAX_LENGTH + " bytes");
      }
      if (comma < 0) {
        break;
      }
      pos = comma + 1;
    }
    if (fields == 0) {
      throw new LayoutSpecException(spec, spec.length(), "layout has no numeric fields");
    }
    return items;
  }

  private int readOrderPrefix(int pos) {
    if (spec.length() > pos + 2
        && Character.isWhitespace(spec.charAt(pos + 2))
        && (spec.startsWith("be", pos) || spec.startsWith("le", pos))) {
      int next = StructSpecParser.skipSpace(spec, pos + 2);
      if (next < spec.length() && spec.charAt(next) != ':') {
        bigEndianDefault = spec.startsWith("be", pos);
        return next;
      }
    }
    return pos;
  }

  private LayoutItem item(int from, int to) {
    int start = StructSpecParser.skipSpace(spec, from);
    int colon = spec.indexOf(':', start);
    if (start >= to) {
      throw new LayoutSpecException(spec, start, "empty field (two commas or a trailing comma)");
    }
    if (colon < 0 || colon >= to) {
      String text = spec.substring(start, to).strip();
      Matcher pad = PAD.matcher(text);
      if (!pad.matches()) {
        throw new LayoutSpecException(
            spec, start, "expected name:type or padN, got '" + text + "'");
      }
      int n = pad.group(1) == null ? 1 : Integer.parseInt(pad.group(1));
      if (n == 0) {
        throw new LayoutSpecException(spec, start, "padding must skip at least 1 byte");
      }
      return new Padding(n);
    }
    String name = spec.substring(start, colon).strip();
    if (!LayoutField.isValidName(name)) {
      throw new LayoutSpecException(
          spec,
          start,
          "field name '"
              + name
              + "' must be letters, digits, '_' or '.', not starting with a digit");
    }
    if (!names.add(name)) {
      throw new LayoutSpecException(spec, start, "duplicate field name '" + name + "'");
    }
    return field(name, StructSpecParser.skipSpace(spec, colon + 1), to);
  }

  private LayoutField field(String name, int pos, int to) {
    Matcher tm = TYPE.matcher(spec).region(pos, to);
    if (!tm.lookingAt()) {
      throw new LayoutSpecException(spec, pos, "missing type after '" + name + ":'");
    }
    String token = tm.group().toLowerCase(Locale.ROOT);
    boolean big = bigEndianDefault;
    String typeName = token;
    if (token.endsWith("be") || token.endsWith("le")) {
      big = token.endsWith("be");
      typeName = token.substring(0, token.length() - 2);
    }
    FieldType type = FieldType.ofSpecName(typeName);
    if (type == null) {
      throw new LayoutSpecException(
          spec, pos, "unknown type '" + tm.group() + "' (expected one of " + TYPES + ")");
    }
    pos = StructSpecParser.skipSpace(spec, tm.end());
    double scale = 1.0;
    if (pos < to && spec.charAt(pos) == '*') {
      pos = StructSpecParser.skipSpace(spec, pos + 1);
      scale = number(pos, to, "scale");
      if (scale == 0) {
        throw new LayoutSpecException(spec, pos, "scale must not be 0");
      }
      pos = StructSpecParser.skipSpace(spec, numberEnd);
    }
    double offset = 0.0;
    if (pos < to && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-')) {
      int sign = pos;
      pos = StructSpecParser.skipSpace(spec, pos + 1);
      offset = number(pos, to, "offset");
      offset = spec.charAt(sign) == '-' ? -offset : offset;
      pos = StructSpecParser.skipSpace(spec, numberEnd);
    }
    String unit = spec.substring(pos, to).strip();
    if (unit.startsWith("*")) {
      throw new LayoutSpecException(spec, pos, "scale must come before the offset");
    }
    FieldRole role = FieldRole.VALUE;
    int at = unit.lastIndexOf('@');
    if (at >= 0) {
      String marker = unit.substring(at).strip();
      role =
          marker.equals("@seq")
              ? FieldRole.SEQUENCE
              : marker.equals("@time") ? FieldRole.TIMESTAMP : null;
      int markerPos = spec.indexOf('@', pos);
      if (role == null) {
        throw new LayoutSpecException(
            spec, markerPos, "unknown marker '" + marker + "' (expected @seq or @time)");
      }
      if (timeBase) {
        throw new LayoutSpecException(
            spec, markerPos, "only one field can be the time base (@seq or @time)");
      }
      if (role == FieldRole.TIMESTAMP && nanosPerUnit(unit.substring(0, at).strip()) == 0) {
        throw new LayoutSpecException(
            spec, markerPos, "a @time field needs a time unit: s, ms, us or µs");
      }
      timeBase = true;
      unit = unit.substring(0, at).strip();
    }
    return new LayoutField(name, type, big, scale, offset, unit, role);
  }

  /** Nanoseconds per unit of a time unit (s, ms, us, µs), or 0 for any other unit. */
  static long nanosPerUnit(String unit) {
    return switch (unit) {
      case "s" -> 1_000_000_000L;
      case "ms" -> 1_000_000L;
      case "us", "µs" -> 1_000L;
      default -> 0;
    };
  }

  private double number(int pos, int to, String what) {
    Matcher m = NUMBER.matcher(spec).region(pos, to);
    if (!m.lookingAt()) {
      throw new LayoutSpecException(spec, pos, "expected a number for the " + what);
    }
    double value = Double.parseDouble(m.group());
    if (!Double.isFinite(value)) {
      throw new LayoutSpecException(spec, pos, what + " " + m.group() + " is out of range");
    }
    numberEnd = m.end();
    return value;
  }

  /** Canonical named text: one {@code name:type[be][*scale][+offset][ unit]} per field. */
  static String format(List<LayoutItem> items) {
    StringBuilder sb = new StringBuilder();
    for (LayoutItem item : items) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      if (item instanceof Padding p) {
        sb.append("pad").append(p.bytes());
        continue;
      }
      LayoutField f = (LayoutField) item;
      sb.append(f.name()).append(':').append(f.type().specName());
      if (f.bigEndian() && f.type().size() > 1) {
        sb.append("be");
      }
      if (f.scale() != 1.0) {
        sb.append('*').append(plain(f.scale()));
      }
      if (f.offset() != 0.0) {
        sb.append(f.offset() < 0 ? '-' : '+').append(plain(Math.abs(f.offset())));
      }
      if (!f.unit().isEmpty()) {
        sb.append(' ').append(f.unit());
      }
      if (f.role() != FieldRole.VALUE) {
        sb.append(' ').append(f.role().marker());
      }
    }
    return sb.toString();
  }

  private static String plain(double v) {
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s.length() <= 24 ? s : Double.toString(v);
  }
}
