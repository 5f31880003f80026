package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A growable byte buffer that appends little-endian BGAPI fields; values outside a field's range
 * are rejected with an {@link IllegalArgumentException} naming the field.
 */
public final class PayloadWriter {
  private byte[] buf;
  private int size;

  /** An empty writer with a small initial capacity. */
  public PayloadWriter() {
    this(64);
  }

  /**
   * An empty writer with the given initial capacity in bytes.
   *
   * @param initialCapacity the starting size of the buffer in bytes (at least 8 are used)
   * @throws IllegalArgumentException if the capacity is negative
   */
  public PayloadWriter(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + initialCapacity);
    }
    buf = new byte[Math.max(initialCapacity, 8)];
  }

  /**
   * Number of bytes written so far.
   *
   * @return the bytes appended since creation or the last reset
   */
  public int size() {
    return size;
  }

  /** Forgets everything written, keeping the capacity. */
  public void reset() {
    size = 0;
  }

  /**
   * The internal array; bytes {@code 0..size()-1} are valid until the next write or reset. Lets a
   * caller send a batch without copying.
   *
   * @return the internal buffer itself, not a copy
   */
  public byte[] array() {
    return buf;
  }

  /**
   * A copy of the bytes written.
   *
   * @return a new array of exactly size() bytes
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  /**
   * Appends an unsigned byte (0 to 255).
   *
   * @param v the value, 0 to 255
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside 0 to 255
   */
  public PayloadWriter u8(int v) {
    return u8("uint8", v);
  }

  /**
   * Appends an unsigned byte (0 to 255) of the named field.
   *
   * @param field the field name that error messages use
   * @param v the value, 0 to 255
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside 0 to 255
   */
  public PayloadWriter u8(String field, int v) {
    check(field, "uint8", v, 0, 0xFF);
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  /**
   * Appends a signed byte (-128 to 127).
   *
   * @param v the value, -128 to 127
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside -128 to 127
   */
  public PayloadWriter i8(int v) {
    return i8("int8", v);
  }

  /**
   * Appends a signed byte (-128 to 127) of the named field.
   *
   * @param field the field name that error messages use
   * @param v the value, -128 to 127
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside -128 to 127
   */
  public PayloadWriter i8(String field, int v) {
    check(field, "int8", v, -128, 127);
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  /**
   * Appends an unsigned 16-bit little-endian integer (0 to 65535).
   *
   * @param v the value, 0 to 65535
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside 0 to 65535
   */
  public PayloadWriter u16(int v) {
    return u16("uint16", v);
  }

  /**
   * Appends an unsigned 16-bit little-endian integer (0 to 65535) of the named field.
   *
   * @param field the field name that error messages use
   * @param v the value, 0 to 65535
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside 0 to 65535
   */
  public PayloadWriter u16(String field, int v) {
    check(field, "uint16", v, 0, 0xFFFF);
    put16(v);
    return this;
  }

  /**
   * Appends a signed 16-bit little-endian integer (-32768 to 32767).
   *
   * @param v the value, -32768 to 32767
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside -32768 to 32767
   */
  public PayloadWriter i16(int v) {
    return i16("int16", v);
  }

  /**
   * Appends a signed 16-bit little-endian integer (-32768 to 32767) of the named field.
   *
   * @param field the field name that error messages use
   * @param v the value, -32768 to 32767
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside -32768 to 32767
   */
  public PayloadWriter i16(String field, int v) {
    check(field, "int16", v, Short.MIN_VALUE, Short.MAX_VALUE);
    put16(v);
    return this;
  }

  /**
   * Appends an unsigned 32-bit little-endian integer (0 to 2^32 - 1).
   *
   * @param v the value, 0 to 2^32 - 1
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside 0 to 2^32 - 1
   */
  public PayloadWriter u32(long v) {
    return u32("uint32", v);
  }

  /**
   * Appends an unsigned 32-bit little-endian integer (0 to 2^32 - 1) of the named field.
   *
   * @param field the field name that error messages use
   * @param v the value, 0 to 2^32 - 1
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the value is outside 0 to 2^32 - 1
   */
  public PayloadWriter u32(String field, long v) {
    check(field, "uint32", v, 0, 0xFFFF_FFFFL);
    ensure(4);
    buf[size] = (byte) v;
    buf[size + 1] = (byte) (v >>> 8);
    buf[size + 2] = (byte) (v >>> 16);
    buf[size + 3] = (byte) (v >>> 24);
    size += 4;
    return this;
  }

  /**
   * Appends a 6-byte Bluetooth address, least significant byte first.
   *
   * @param a the address to append
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the address is missing
   */
  public PayloadWriter address(BleAddress a) {
    return address("bd_addr", a);
  }

  /**
   * Appends a 6-byte Bluetooth address of the named field, least significant byte first.
   *
   * @param field the field name that error messages use
   * @param a the address to append
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the address is missing
   */
  public PayloadWriter address(String field, BleAddress a) {
    if (a == null) {
      throw new IllegalArgumentException("field '" + field + "' (bd_addr) is missing");
    }
    ensure(6);
    a.toLittleEndian(buf, size);
    size += 6;
    return this;
  }

  /**
   * Appends a uint8array: a length byte (0 to 255), then the bytes.
   *
   * @param b the bytes to append, at most 255
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the array is missing or longer than 255 bytes
   */
  public PayloadWriter bytes(byte[] b) {
    return bytes("uint8array", b);
  }

  /**
   * Appends a uint8array of the named field: a length byte (0 to 255), then the bytes.
   *
   * @param field the field name that error messages use
   * @param b the bytes to append, at most 255
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the array is missing or longer than 255 bytes
   */
  public PayloadWriter bytes(String field, byte[] b) {
    if (b == null) {
      throw new IllegalArgumentException("field '" + field + "' (uint8array) is missing");
    }
    if (b.length > 0xFF) {
      throw new IllegalArgumentException(
          "field '" + field + "' (uint8array) holds at most 255 bytes, got " + b.length);
    }
    ensure(1 + b.length);
    buf[size++] = (byte) b.length;
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
    return this;
  }

  /**
   * Appends a uint8array of the named field: a length byte (0 to 255), then the bytes.
   *
   * @param field the field name that error messages use
   * @param b the bytes to append, at most 255
   * @return this writer, for chaining
   * @throws IllegalArgumentException if the byte string is missing or longer than 255 bytes
   */
  public PayloadWriter bytes(String field, ByteString b) {
    if (b == null) {
      throw new IllegalArgumentException("field '" + field + "' (uint8array) is missing");
    }
    if (b.length() > 0xFF) {
      throw new IllegalArgumentException(
          "field '" + field + "' (uint8array) holds at most 255 bytes, got " + b.length());
    }
    ensure(1 + b.length());
    buf[size++] = (byte) b.length();
    b.copyTo(buf, size);
    size += b.length();
    return this;
  }

  /**
   * Appends bytes as they are, with no length prefix.
   *
   * @param b the array holding the bytes
   * @param off the index of the first byte to append
   * @param len how many bytes to append
   * @return this writer, for chaining
   * @throws IndexOutOfBoundsException if off and len do not lie within the array
   */
  public PayloadWriter raw(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
    return this;
  }

  /** Overwrites one already written byte at {@code index} (used to patch frame headers). */
  void setByte(int index, int v) {
    Objects.checkIndex(index, size);
    buf[index] = (byte) v;
  }

  /** Forgets bytes from {@code newSize} on (used to undo a failed append). */
  void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IllegalArgumentException("cannot truncate " + size + " bytes to " + newSize);
    }
    size = newSize;
  }

  /** Makes room for {@code n} more bytes, growing at least by half. */
  void ensure(int n) {
    int need = size + n;
    if (need > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(need, buf.length + (buf.length >> 1)));
    }
  }

  private void put16(int v) {
    ensure(2);
    buf[size] = (byte) v;
    buf[size + 1] = (byte) (v >>> 8);
    size += 2;
  }

  private static void check(String field, String type, long v, long min, long max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          String.format("field '%s' (%s) must be %d..%d, got %d", field, type, min, max, v));
    }
  }
}
