package io.gattscope.stream;

import java.util.Locale;

/** The binary number formats a payload field can have, with their size in bytes. */
public enum FieldType {
  U8(1, 'B'),
  I8(1, 'b'),
  U16(2, 'H'),
  I16(2, 'h'),
  U24(3, '\0'),
  I24(3, '\0'),
  U32(4, 'I'),
  I32(4, 'i'),
  U64(8, 'Q'),
  I64(8, 'q'),
  F32(4, 'f'),
  F64(8, 'd');

  private final int size;
  private final char structCode;

  FieldType(int size, char structCode) {
    this.size = size;
    this.structCode = structCode;
  }

  /** Size on the wire in bytes (1 to 8). */
  public int size() {
    return size;
  }

  /** The Python-struct letter for this type, or {@code '\0'} when struct syntax has none. */
  public char structCode() {
    return structCode;
  }

  /** The name used in the named layout syntax, e.g. {@code i16}. */
  public String specName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a struct letter, or {@code null} when the letter is not a number type. */
  static FieldType ofStructCode(char c) {
    for (FieldType t : values()) {
      if (c != '\0' && t.structCode == c) {
        return t;
      }
    }
    return switch (c) {
      case 'l' -> I32;
      case 'L' -> U32;
      default -> null;
    };
  }

  /** The type for a named-syntax type name, or {@code null} when unknown. */
  static FieldType ofSpecName(String name) {
    for (FieldType t : values()) {
      if (t.specName().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** Reads this type from {@code b[at..at+size)}; the caller has checked the bounds. */
  double read(byte[] b, int at, boolean bigEndian) {
    long raw = bigEndian ? readBig(b, at, size) : readLittle(b, at, size);
    return switch (this) {
      case U8, U16, U24, U32 -> raw;
      case I8, I16, I24, I32, I64 -> (raw << (64 - 8 * size)) >> (64 - 8 * size);
      case U64 -> raw >= 0 ? raw : (raw >>> 1) * 2.0 + (raw & 1);
      case F32 -> Float.intBitsToFloat((int) raw);
      case F64 -> Double.longBitsToDouble(raw);
    };
  }

  private static long readLittle(byte[] b, int at, int n) {
    long v = 0;
    for (int i = n - 1; i >= 0; i--) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
  }

  private static long readBig(byte[] b, int at, int n) {
    long v = 0;
    for (int i = 0; i < n; i++) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
  }
}
