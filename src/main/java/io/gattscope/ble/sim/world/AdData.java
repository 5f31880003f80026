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

  /**
   * An empty payload.
   *
   * @return a new builder holding no AD structure
   */
  public static AdData create() {
    return new AdData();
  }

  /**
   * Flags (type 0x01), e.g. 0x06 = LE General Discoverable, BR/EDR not supported.
   *
   * @param flags the flags byte; only the low 8 bits are kept
   * @return this builder
   */
  public AdData flags(int flags) {
    return add(0x01, new byte[] {(byte) flags});
  }

  /**
   * Complete local name (type 0x09).
   *
   * @param name the name, encoded as UTF-8
   * @return this builder
   */
  public AdData name(String name) {
    return add(0x09, name.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Complete list of 16-bit service UUIDs (type 0x03).
   *
   * @param uuids short SIG UUIDs, e.g. 0x180D, each written as 2 bytes little-endian
   * @return this builder
   */
  public AdData services16(int... uuids) {
    byte[] b = new byte[uuids.length * 2];
    for (int i = 0; i < uuids.length; i++) {
      b[2 * i] = (byte) uuids[i];
      b[2 * i + 1] = (byte) (uuids[i] >>> 8);
    }
    return add(0x03, b);
  }

  /**
   * Complete list of 128-bit service UUIDs (type 0x07) with one UUID.
   *
   * @param uuid the service UUID, written as 16 bytes little-endian (18 bytes of payload)
   * @return this builder
   */
  public AdData service128(UUID uuid) {
    return add(0x07, Uuids.toLittleEndian(uuid));
  }

  /**
   * Tx power level (type 0x0A) in dBm (-127..127).
   *
   * @param dbm the transmit power in dBm, written as one signed byte
   * @return this builder
   */
  public AdData txPower(int dbm) {
    return add(0x0A, new byte[] {(byte) dbm});
  }

  /**
   * Appearance (type 0x19), a 16-bit value.
   *
   * @param value the appearance code from the Assigned Numbers, e.g. 0x0341 for a heart rate belt
   * @return this builder
   */
  public AdData appearance(int value) {
    return add(0x19, new byte[] {(byte) value, (byte) (value >>> 8)});
  }

  /**
   * Manufacturer specific data (type 0xFF): company id (16 bits) then the data.
   *
   * @param companyId the Bluetooth SIG company identifier, written little-endian
   * @param data the maker's bytes after the company id
   * @return this builder
   */
  public AdData manufacturer(int companyId, byte[] data) {
    byte[] b = new byte[2 + data.length];
    b[0] = (byte) companyId;
    b[1] = (byte) (companyId >>> 8);
    System.arraycopy(data, 0, b, 2, data.length);
    return add(0xFF, b);
  }

  /**
   * Service data for a 16-bit UUID (type 0x16).
   *
   * @param uuid the short service UUID, written little-endian
   * @param data the service's bytes after the UUID
   * @return this builder
   */
  public AdData serviceData16(int uuid, byte[] data) {
    byte[] b = new byte[2 + data.length];
    b[0] = (byte) uuid;
    b[1] = (byte) (uuid >>> 8);
    System.arraycopy(data, 0, b, 2, data.length);
    return add(0x16, b);
  }

  /**
   * Any AD structure. The 31-byte limit is checked by {@link #build()}.
   *
   * @param type the AD type, 0x01 to 0xFF
   * @param data the structure's data, up to 29 bytes
   * @return this builder
   */
  public AdData add(int type, byte[] data) {
    out.write(data.length + 1);
    out.write(type);
    out.writeBytes(data);
    return this;
  }

  /**
   * The encoded payload; rejects more than 31 bytes.
   *
   * @return a new array of the AD structures in the order they were added
   * @throws IllegalStateException when they take more than {@link #MAX_LENGTH} bytes
   */
  public byte[] build() {
    byte[] b = out.toByteArray();
    if (b.length > MAX_LENGTH) {
      throw new IllegalStateException(
          "advertising data is " + b.length + " bytes, the limit is " + MAX_LENGTH);
    }
    return b;
  }
}
