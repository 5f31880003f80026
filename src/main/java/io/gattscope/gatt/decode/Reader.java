package io.gattscope.gatt.decode;

import io.gattscope.bytes.HexText;
import io.gattscope.gatt.format.Ieee11073;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads little-endian fields from a payload in order and either collects the decoded {@link Field}s
 * or writes their one-line summary straight into a builder; a read past the end throws {@link
 * Truncated}, which {@link SigDecoder} turns into an error field.
 */
final class Reader {
  private final byte[] b;
  private int pos;
  private final List<Field> fields;
  private final StringBuilder summary;
  private int added;
  private String openName;
  private StringBuilder openText;

  /** A reader that collects fields. */
  Reader(byte[] b) {
    this(b, null);
  }

  /**
   * A reader that appends {@link Decoded#summary()}'s text to {@code summary} instead of collecting
   * fields, so a stream of values is summarised without a field object per value.
   */
  Reader(byte[] b, StringBuilder summary) {
    this.b = b == null ? new byte[0] : b;
    this.summary = summary;
    this.fields = summary == null ? new ArrayList<>() : null;
  }

  /** Thrown when a field needs more bytes than are left; carries no stack trace. */
  static final class Truncated extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;
    final int offset;
    final int needed;

    Truncated(String field, int offset, int needed) {
      super(field, null, false, false);
      this.field = field;
      this.offset = offset;
      this.needed = needed;
    }
  }

  private void need(String field, int n) {
    if (b.length - pos < n) {
      throw new Truncated(field, pos, n);
    }
  }

  int u8(String field) {
    need(field, 1);
    return b[pos++] & 0xFF;
  }

  int s8(String field) {
    need(field, 1);
    return b[pos++];
  }

  int u16(String field) {
    need(field, 2);
    int v = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
    pos += 2;
    return v;
  }

  int s16(String field) {
    return (short) u16(field);
  }

  int u24(String field) {
    need(field, 3);
    int v = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8 | (b[pos + 2] & 0xFF) << 16;
    pos += 3;
    return v;
  }

  long u32(String field) {
    need(field, 4);
    long v = u16(field) & 0xFFFFL;
    return v | (long) u16(field) << 16;
  }

  Ieee11073.Value sfloat(String field) {
    return Ieee11073.decodeSfloat(u16(field));
  }

  Ieee11073.Value float32(String field) {
    return Ieee11073.decodeFloat((int) u32(field));
  }

  byte[] bytes(String field, int n) {
    need(field, n);
    byte[] out = Arrays.copyOfRange(b, pos, pos + n);
    pos += n;
    return out;
  }

  /** All bytes not read yet. */
  byte[] rest() {
    byte[] out = Arrays.copyOfRange(b, pos, b.length);
    pos = b.length;
    return out;
  }

  /** The rest as UTF-8 text. */
  String utf8Rest() {
    return new String(rest(), StandardCharsets.UTF_8);
  }

  int remaining() {
    return b.length - pos;
  }

  int position() {
    return pos;
  }

  int length() {
    return b.length;
  }

  void add(Field f) {
    if (summary == null) {
      fields.add(f);
    } else {
      f.appendTo(separated());
    }
  }

  /** The summary after the separator its next field needs. */
  private StringBuilder separated() {
    return added++ == 0 ? summary : summary.append(", ");
  }

  /** Adds a text field ({@link Field#text}). */
  void text(String name, String value) {
    plain(name, value, false);
  }

  /** Adds an error field ({@link Field#error}). */
  void error(String name, String message) {
    plain(name, message, true);
  }

  private void plain(String name, String value, boolean error) {
    if (summary == null) {
      fields.add(error ? Field.error(name, value) : Field.text(name, value));
    } else {
      Field.appendName(separated(), name).append(value);
    }
  }

  /**
   * Starts a text or error field whose value the caller appends to the builder returned, then
   * finishes with {@link #end}.
   */
  StringBuilder begin(String name) {
    openName = name;
    if (summary != null) {
      return Field.appendName(separated(), name);
    }
    if (openText == null) {
      openText = new StringBuilder(64);
    }
    openText.setLength(0);
    return openText;
  }

  /** Finishes the field {@link #begin} started, as an error field when {@code error}. */
  void end(boolean error) {
    if (summary == null) {
      plain(openName, openText.toString(), error);
    }
  }

  /** Adds an integer field ({@link Field#integer}). */
  void integer(String name, long value, String unit) {
    if (summary == null) {
      fields.add(Field.integer(name, value, unit));
    } else {
      Field.appendUnit(Field.appendName(separated(), name).append(value), unit);
    }
  }

  /** Adds a number with {@code decimals} digits after the point ({@link Field#number}). */
  void number(String name, double value, int decimals, String unit) {
    if (summary == null) {
      fields.add(Field.number(name, value, decimals, unit));
    } else {
      StringBuilder sb = Field.appendName(separated(), name);
      Field.appendUnit(Field.appendFixed(sb, value, decimals), unit);
    }
  }

  /** Adds an IEEE 11073 value as a numeric field (no number for NaN, NRes, …). */
  void add11073(String name, Ieee11073.Value v, String unit) {
    add(Field.number(name, v.text(), v.toDouble(), unit));
  }

  /** Appends the hex of the bytes not read yet ({@code "0A 1B"}) to {@code sb}, and reads them. */
  StringBuilder appendRest(StringBuilder sb) {
    HexText.appendTo(sb, b, pos, b.length - pos);
    pos = b.length;
    return sb;
  }

  List<Field> fields() {
    return fields;
  }
}
