package io.gattscope.ble.bgapi.codec;

import io.gattscope.bytes.HexText;
import java.util.Arrays;

/**
 * An immutable run of bytes with value equality, so message records holding byte arrays compare,
 * hash and print by content.
 */
public final class ByteString {
  /** The empty byte string. */
  public static final ByteString EMPTY = new ByteString(new byte[0]);

  private final byte[] bytes;

  private ByteString(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A byte string holding a copy of {@code bytes}.
   *
   * @param bytes the bytes to copy; must not be null
   * @return a byte string equal in content to {@code bytes}
   * @throws NullPointerException if {@code bytes} is null
   */
  public static ByteString of(byte... bytes) {
    return bytes.length == 0 ? EMPTY : new ByteString(bytes.clone());
  }

  /**
   * A byte string holding a copy of the bytes of a hex string such as {@code "0a1b"}.
   *
   * @param hex an even number of hex digits, no separators
   * @return the decoded bytes
   * @throws IllegalArgumentException if {@code hex} is not valid hex
   */
  public static ByteString ofHex(String hex) {
    return wrap(HexText.parseCompact(hex));
  }

  /** Takes ownership of an array nobody else holds, without copying it. */
  static ByteString wrap(byte[] owned) {
    return owned.length == 0 ? EMPTY : new ByteString(owned);
  }

  /**
   * The number of bytes.
   *
   * @return the length, 0 or more
   */
  public int length() {
    return bytes.length;
  }

  /**
   * Whether there are no bytes.
   *
   * @return true for the empty byte string
   */
  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /**
   * One byte as an unsigned value.
   *
   * @param index 0 to {@code length() - 1}
   * @return the byte at {@code index}, 0 to 255
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public int get(int index) {
    return bytes[index] & 0xFF;
  }

  /**
   * A fresh copy of the bytes, which the caller may change.
   *
   * @return a new array with the bytes
   */
  public byte[] toArray() {
    return bytes.clone();
  }

  /** Copies the bytes into {@code target} at {@code offset}. */
  void copyTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, bytes.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteString b && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The bytes as lower-case hex with no separators, e.g. {@code 0a1b}. */
  @Override
  public String toString() {
    return HexText.lower(bytes);
  }
}
