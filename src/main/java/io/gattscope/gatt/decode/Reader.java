package io.gattscope.gatt.decode;

import io.gattscope.gatt.format.Ieee11073;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads little-endian fields from a payload in order and collects the decoded {@link Field}s; a
 * read past the end throws {@link Truncated}, which {@link SigDecoder} turns into an error field.
 */
final class Reader {
  private final byte[] b;
  private int pos;
  private final List<Field> fields = new ArrayList<>();

  Reader(byte[] b) {
    this.b = b == null ? new byte[0] : b;
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
    fields.add(f);
  }

  /** Adds an IEEE 11073 value as a numeric field (no number for NaN, NRes, …). */
  void add11073(String name, Ieee11073.Value v, String unit) {
    fields.add(Field.number(name, v.text(), v.toDouble(), unit));
  }

  List<Field> fields() {
    return fields;
  }
}
