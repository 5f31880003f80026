package io.gattscope.gatt.ad;

import java.util.Optional;
import java.util.UUID;

/**
 * An Apple iBeacon (manufacturer data of company 0x004C, type 0x02, length 0x15).
 *
 * @param uuid the proximity UUID (16 bytes, big endian on the wire)
 * @param major the major number (0 to 65535)
 * @param minor the minor number (0 to 65535)
 * @param measuredPower the RSSI at 1 m in dBm (-128 to 127)
 */
public record IBeacon(UUID uuid, int major, int minor, int measuredPower)
    implements DecodedPayload {

  /** Decodes the 21 bytes after the 0x02 0x15 header; empty when there are fewer. */
  static Optional<IBeacon> decode(byte[] b, int off, int len) {
    if (len < 21) {
      return Optional.empty();
    }
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = msb << 8 | (b[off + i] & 0xFF);
      lsb = lsb << 8 | (b[off + 8 + i] & 0xFF);
    }
    return Optional.of(
        new IBeacon(
            new UUID(msb, lsb), Names.u16be(b, off + 16), Names.u16be(b, off + 18), b[off + 20]));
  }

  @Override
  public String summary() {
    return "iBeacon: UUID "
        + uuid
        + ", major "
        + major
        + ", minor "
        + minor
        + ", measured power "
        + measuredPower
        + " dBm";
  }
}
