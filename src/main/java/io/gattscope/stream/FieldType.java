package io.gattscope.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/** The binary number formats a payload field can have, with their size in bytes. */
public enum FieldType {
  /** Unsigned 8-bit integer, struct {@code B}. */
  U8(1, 'B'),
  /** Signed 8-bit integer, struct {@code b}. */
  I8(1, 'b'),
  /** Unsigned 16-bit integer, struct {@code H}. */
  U16(2, 'H'),
  /** Signed 16-bit integer, struct {@code h}. */
  I16(2, 'h'),
  /** Unsigned 24-bit integer; named form only. */
  U24(3, '\0'),
  /** Signed 24-bit integer; named form only. */
  I24(3, '\0'),
  /** Unsigned 32-bit integer, struct {@code I} or {@code L}. */
  U32(4, 'I'),
  /** Signed 32-bit integer, struct {@code i} or {@code l}. */
  I32(4, 'i'),
  /** Unsigned 64-bit integer, struct {@code Q}; values above 2^53 lose precision as a double. */
  U64(8, 'Q'),
  /** Signed 64-bit integer, struct {@code q}; values beyond ±2^53 lose precision as a double. */
  I64(8, 'q'),
  /** IEEE 754 single-precision float, struct {@code f}. */
  F32(4, 'f'),
  /** IEEE 754 double-precision float, struct {@code d}. */
  F64(8, 'd');

  private static final VarHandle LE16 = view(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BE16 = view(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LE32 = view(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BE32 = view(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LE64 = view(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BE64 = view(long[].class, ByteOrder.BIG_ENDIAN);

  private final int size;
  private final char structCode;

  FieldType(int size, char structCode) {
    this.size = size;
    this.structCode = structCode;
  }

  private static VarHandle view(Class<?> arrayType, ByteOrder order) {
    return MethodHandles.byteArrayViewVarHandle(arrayType, order);
  }

  /**
   * Size on the wire in bytes (1 to 8).
   *
   * @return the size in bytes
   */
  public int size() {
    return size;
  }

  /**
   * The Python-struct letter for this type, or {@code '\0'} when struct syntax has none.
   *
   * @return the letter, e.g. {@code 'h'} for {@link #I16}
   */
  public char structCode() {
    return structCode;
  }

  /**
   * The name used in the named layout syntax, e.g. {@code i16}.
   *
   * @return the enum name in lower case
   */
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
    return switch (this) {
      case U8 -> b[at] & 0xFF;
      case I8 -> b[at];
      case U16 -> int16(b, at, bigEndian) & 0xFFFF;
      case I16 -> int16(b, at, bigEndian);
      case U24 -> u24(b, at, bigEndian);
      case I24 -> (u24(b, at, bigEndian) << 8) >> 8;
      case U32 -> int32(b, at, bigEndian) & 0xFFFF_FFFFL;
      case I32 -> int32(b, at, bigEndian);
      case U64 -> unsigned(int64(b, at, bigEndian));
      case I64 -> int64(b, at, bigEndian);
      case F32 -> Float.intBitsToFloat(int32(b, at, bigEndian));
      case F64 -> Double.longBitsToDouble(int64(b, at, bigEndian));
    };
  }

  private static short int16(byte[] b, int at, boolean bigEndian) {
    return bigEndian ? (short) BE16.get(b, at) : (short) LE16.get(b, at);
  }

  private static int int32(byte[] b, int at, boolean bigEndian) {
    return bigEndian ? (int) BE32.get(b, at) : (int) LE32.get(b, at);
  }

  private static long int64(byte[] b, int at, boolean bigEndian) {
    return bigEndian ? (long) BE64.get(b, at) : (long) LE64.get(b, at);
  }

  private static int u24(byte[] b, int at, boolean bigEndian) {
    int b0 = b[at] & 0xFF;
    int b1 = b[at + 1] & 0xFF;
    int b2 = b[at + 2] & 0xFF;
    return bigEndian ? (b0 << 16) | (b1 << 8) | b2 : (b2 << 16) | (b1 << 8) | b0;
  }

  private static double unsigned(long raw) {
    return raw >= 0 ? raw : (raw >>> 1) * 2.0 + (raw & 1);
  }
}
