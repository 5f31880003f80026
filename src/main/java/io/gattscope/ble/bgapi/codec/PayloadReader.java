package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads little-endian BGAPI fields from a payload in order; every read names the field and offset
 * in the {@link MalformedMessageException} it throws when the payload is too short.
 */
public final class PayloadReader {
  private final byte[] data;
  private final int end;
  private int pos;

  /**
   * Reads the whole array.
   *
   * @param payload the payload to read; not copied
   */
  public PayloadReader(byte[] payload) {
    this(payload, 0, payload.length);
  }

  /**
   * Reads {@code len} bytes of {@code payload} starting at {@code off}.
   *
   * @param payload the array holding the payload; not copied
   * @param off the index of the payload's first byte
   * @param len the payload length in bytes
   * @throws IndexOutOfBoundsException if off and len do not lie within the array
   */
  public PayloadReader(byte[] payload, int off, int len) {
    Objects.checkFromIndexSize(off, len, payload.length);
    this.data = payload;
    this.pos = off;
    this.end = off + len;
  }

  /**
   * Bytes not read yet.
   *
   * @return the bytes between the read position and the end
   */
  public int remaining() {
    return end - pos;
  }

  /**
   * Unsigned 8-bit integer (0 to 255).
   *
   * @return the value, 0 to 255
   * @throws MalformedMessageException if too few bytes remain
   */
  public int u8() {
    return u8("uint8");
  }

  /**
   * Unsigned 8-bit integer (0 to 255) of the named field.
   *
   * @param field the field name that error messages use
   * @return the value, 0 to 255
   * @throws MalformedMessageException if too few bytes remain
   */
  public int u8(String field) {
    need(1, field, "uint8");
    return data[pos++] & 0xFF;
  }

  /**
   * Signed 8-bit integer (-128 to 127).
   *
   * @return the value, -128 to 127
   * @throws MalformedMessageException if too few bytes remain
   */
  public int i8() {
    return i8("int8");
  }

  /**
   * Signed 8-bit integer (-128 to 127) of the named field.
   *
   * @param field the field name that error messages use
   * @return the value, -128 to 127
   * @throws MalformedMessageException if too few bytes remain
   */
  public int i8(String field) {
    need(1, field, "int8");
    return data[pos++];
  }

  /**
   * Unsigned 16-bit little-endian integer (0 to 65535).
   *
   * @return the value, 0 to 65535
   * @throws MalformedMessageException if too few bytes remain
   */
  public int u16() {
    return u16("uint16");
  }

  /**
   * Unsigned 16-bit little-endian integer (0 to 65535) of the named field.
   *
   * @param field the field name that error messages use
   * @return the value, 0 to 65535
   * @throws MalformedMessageException if too few bytes remain
   */
  public int u16(String field) {
    need(2, field, "uint16");
    int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
    pos += 2;
    return v;
  }

  /**
   * Signed 16-bit little-endian integer (-32768 to 32767).
   *
   * @return the value, -32768 to 32767
   * @throws MalformedMessageException if too few bytes remain
   */
  public int i16() {
    return i16("int16");
  }

  /**
   * Signed 16-bit little-endian integer (-32768 to 32767) of the named field.
   *
   * @param field the field name that error messages use
   * @return the value, -32768 to 32767
   * @throws MalformedMessageException if too few bytes remain
   */
  public int i16(String field) {
    return (short) u16Checked(field, "int16");
  }

  /**
   * Unsigned 32-bit little-endian integer (0 to 2^32 - 1).
   *
   * @return the value, 0 to 2^32 - 1
   * @throws MalformedMessageException if too few bytes remain
   */
  public long u32() {
    return u32("uint32");
  }

  /**
   * Unsigned 32-bit little-endian integer (0 to 2^32 - 1) of the named field.
   *
   * @param field the field name that error messages use
   * @return the value, 0 to 2^32 - 1
   * @throws MalformedMessageException if too few bytes remain
   */
  public long u32(String field) {
    need(4, field, "uint32");
    long v =
        (data[pos] & 0xFFL)
            | (data[pos + 1] & 0xFFL) << 8
            | (data[pos + 2] & 0xFFL) << 16
            | (data[pos + 3] & 0xFFL) << 24;
    pos += 4;
    return v;
  }

  /**
   * A 6-byte Bluetooth address, least significant byte first.
   *
   * @return the address
   * @throws MalformedMessageException if too few bytes remain
   */
  public BleAddress address() {
    return address("bd_addr");
  }

  /**
   * A 6-byte Bluetooth address, least significant byte first, of the named field.
   *
   * @param field the field name that error messages use
   * @return the address
   * @throws MalformedMessageException if too few bytes remain
   */
  public BleAddress address(String field) {
    need(6, field, "bd_addr");
    BleAddress a = BleAddress.fromLittleEndian(data, pos);
    pos += 6;
    return a;
  }

  /**
   * A uint8array: one length byte, then that many bytes (returned as a copy).
   *
   * @return a copy of the array's bytes
   * @throws MalformedMessageException if fewer bytes remain than the length byte declares
   */
  public byte[] bytes() {
    return bytes("uint8array");
  }

  /**
   * A uint8array of the named field as an immutable byte string.
   *
   * @param field the field name that error messages use
   * @return the array's bytes
   * @throws MalformedMessageException if fewer bytes remain than the length byte declares
   */
  public ByteString byteString(String field) {
    return ByteString.wrap(bytes(field));
  }

  /**
   * A uint8array of the named field: one length byte, then that many bytes (a copy).
   *
   * @param field the field name that error messages use
   * @return a copy of the array's bytes
   * @throws MalformedMessageException if fewer bytes remain than the length byte declares
   */
  public byte[] bytes(String field) {
    need(1, field, "uint8array length");
    int len = data[pos] & 0xFF;
    if (end - pos - 1 < len) {
      throw new MalformedMessageException(
          String.format(
              "field '%s' (uint8array) at offset %d declares %d bytes but only %d remain",
              field, pos, len, end - pos - 1));
    }
    byte[] out = Arrays.copyOfRange(data, pos + 1, pos + 1 + len);
    pos += 1 + len;
    return out;
  }

  /**
   * Throws unless every byte was read.
   *
   * @param message the name of the message, for the exception text
   * @throws MalformedMessageException if bytes are left after the last field
   */
  public void expectEnd(String message) {
    if (pos != end) {
      throw new MalformedMessageException(
          String.format(
              "%s: %d unexpected trailing byte(s) at offset %d", message, end - pos, pos));
    }
  }

  private int u16Checked(String field, String type) {
    need(2, field, type);
    int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
    pos += 2;
    return v;
  }

  private void need(int n, String field, String type) {
    if (end - pos < n) {
      throw new MalformedMessageException(
          String.format(
              "field '%s' (%s, %d byte(s)) at offset %d: only %d byte(s) remain",
              field, type, n, pos, end - pos));
    }
  }
}
