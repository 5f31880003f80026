package io.gattscope.ble.bgapi.codec;

import io.gattscope.ble.BleAddress;

/** Range checks for message record components, so an out-of-range value fails when created. */
final class Fields {
  private Fields() {}

  static void u8(String field, int v) {
    range(field, "uint8", v, 0, 0xFF);
  }

  static void i8(String field, int v) {
    range(field, "int8", v, -128, 127);
  }

  static void u16(String field, int v) {
    range(field, "uint16", v, 0, 0xFFFF);
  }

  static void i16(String field, int v) {
    range(field, "int16", v, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  static void u32(String field, long v) {
    range(field, "uint32", v, 0, 0xFFFF_FFFFL);
  }

  static void address(String field, BleAddress a) {
    if (a == null) {
      throw new IllegalArgumentException("field '" + field + "' (bd_addr) is missing");
    }
  }

  static void bytes(String field, ByteString b) {
    if (b == null) {
      throw new IllegalArgumentException("field '" + field + "' (uint8array) is missing");
    }
    if (b.length() > 0xFF) {
      throw new IllegalArgumentException(
          "field '" + field + "' (uint8array) holds at most 255 bytes, got " + b.length());
    }
  }

  private static void range(String field, String type, long v, long min, long max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(
          String.format("field '%s' (%s) must be %d..%d, got %d", field, type, min, max, v));
    }
  }
}
