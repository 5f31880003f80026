package io.gattscope.ble.sim.world;

import io.gattscope.ble.Uuids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds advertising data: a sequence of AD structures (length, type, data), at most 31 bytes. */
public final class AdData {
  /** The most bytes a legacy advertising or scan response payload holds. */
  public static final int MAX_LENGTH = 31;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** An empty payload. */
  public static AdData create() {
    return new AdData();
  }

  /** Flags (type 0x01), e.g. 0x06 = LE General Discoverable, BR/EDR not supported. */
  public AdData flags(int flags) {
    return add(0x01, new byte[] {(byte) flags});
  }

  /** Complete local name (type 0x09). */
  public AdData name(String name) {
    return add(0x09, name.getBytes(StandardCharsets.UTF_8));
  }

  /** Complete list of 16-bit service UUIDs (type 0x03). */
  public AdData services16(int... uuids) {
    byte[] b = new byte[uuids.length * 2];
    for (int i = 0; i < uuids.length; i++) {
      b[2 * i] = (byte) uuids[i];
      b[2 * i + 1] = (byte) (uuids[i] >>> 8);
    }
    return add(0x03, b);
  }

  /** Complete list of 128-bit service UUIDs (type 0x07) with one UUID. */
  public AdData service128(UUID uuid) {
    return add(0x07, Uuids.toLittleEndian(uuid));
  }

  /** Tx power level (type 0x0A) in dBm (-127..127). */
  public AdData txPower(int dbm) {
    return add(0x0A, new byte[] {(byte) dbm});
  }

  /** Appearance (type 0x19), a 16-bit value. */
  public AdData appearance(int value) {
    return add(0x19, new byte[] {(byte) value, (byte) (value >>> 8)});
  }

  /** Manufacturer specific data (type 0xFF): company id (16 bits) then the data. */
  public AdData manufacturer(int companyId, byte[] data) {
    byte[] b = new byte[2 + data.length];
    b[0] = (byte) companyId;
    b[1] = (byte) (companyId >>> 8);
    System.arraycopy(data, 0, b, 2, data.length);
    return add(0xFF, b);
  }

  /** Service data for a 16-bit UUID (type 0x16). */
  public AdData serviceData16(int uuid, byte[] data) {
    byte[] b = new byte[2 + data.length];
    b[0] = (byte) uuid;
    b[1] = (byte) (uuid >>> 8);
    System.arraycopy(data, 0, b, 2, data.length);
    return add(0x16, b);
  }

  /** Any AD structure. */
  public AdData add(int type, byte[] data) {
    out.write(data.length + 1);
    out.write(type);
    out.writeBytes(data);
    return this;
  }

  /** The encoded payload; rejects more than 31 bytes. */
  public byte[] build() {
    byte[] b = out.toByteArray();
    if (b.length > MAX_LENGTH) {
      throw new IllegalStateException(
          "advertising data is " + b.length + " bytes, the limit is " + MAX_LENGTH);
    }
    return b;
  }
}
