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

  /** An empty writer with the given initial capacity in bytes. */
  public PayloadWriter(int initialCapacity) {
    if (initialCapacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, got " + initialCapacity);
    }
    buf = new byte[Math.max(initialCapacity, 8)];
  }

  /** Number of bytes written so far. */
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
   */
  public byte[] array() {
    return buf;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  /** Appends an unsigned byte (0 to 255). */
  public PayloadWriter u8(int v) {
    return u8("uint8", v);
  }

  /** Appends an unsigned byte (0 to 255) of the named field. */
  public PayloadWriter u8(String field, int v) {
    check(field, "uint8", v, 0, 0xFF);
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  /** Appends a signed byte (-128 to 127). */
  public PayloadWriter i8(int v) {
    return i8("int8", v);
  }

  /** Appends a signed byte (-128 to 127) of the named field. */
  public PayloadWriter i8(String field, int v) {
    check(field, "int8", v, -128, 127);
    ensure(1);
    buf[size++] = (byte) v;
    return this;
  }

  /** Appends an unsigned 16-bit little-endian integer (0 to 65535). */
  public PayloadWriter u16(int v) {
    return u16("uint16", v);
  }

  /** Appends an unsigned 16-bit little-endian integer (0 to 65535) of the named field. */
  public PayloadWriter u16(String field, int v) {
    check(field, "uint16", v, 0, 0xFFFF);
    put16(v);
    return this;
  }

  /** Appends a signed 16-bit little-endian integer (-32768 to 32767). */
  public PayloadWriter i16(int v) {
    return i16("int16", v);
  }

  /** Appends a signed 16-bit little-endian integer (-32768 to 32767) of the named field. */
  public PayloadWriter i16(String field, int v) {
    check(field, "int16", v, Short.MIN_VALUE, Short.MAX_VALUE);
    put16(v);
    return this;
  }

  /** Appends an unsigned 32-bit little-endian integer (0 to 2^32 - 1). */
  public PayloadWriter u32(long v) {
    return u32("uint32", v);
  }

  /** Appends an unsigned 32-bit little-endian integer (0 to 2^32 - 1) of the named field. */
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

  /** Appends a 6-byte Bluetooth address, least significant byte first. */
  public PayloadWriter address(BleAddress a) {
    return address("bd_addr", a);
  }

  /** Appends a 6-byte Bluetooth address of the named field, least significant byte first. */
  public PayloadWriter address(String field, BleAddress a) {
    if (a == null) {
      throw new IllegalArgumentException("field '" + field + "' (bd_addr) is missing");
    }
    ensure(6);
    a.toLittleEndian(buf, size);
    size += 6;
    return this;
  }

  /** Appends a uint8array: a length byte (0 to 255), then the bytes. */
  public PayloadWriter bytes(byte[] b) {
    return bytes("uint8array", b);
  }

  /** Appends a uint8array of the named field: a length byte (0 to 255), then the bytes. */
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

  /** Appends a uint8array of the named field: a length byte (0 to 255), then the bytes. */
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

  /** Appends bytes as they are, with no length prefix. */
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
