package io.gattscope.ble.bluez;

import io.gattscope.ble.Uuids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Re-encodes the advertising properties BlueZ parsed into a {@code Device1} object as AD structures
 * (Core Supplement Part A), so the same parser reads BlueZ and BGAPI advertisements. Each structure
 * is {@code length (1 byte) | type (1 byte) | data}; a structure whose data would exceed 254 bytes
 * is left out. The name is {@code Name}, else an {@code Alias} that is not just the address BlueZ
 * made up. The result holds everything BlueZ knows and may exceed 31 bytes.
 */
final class AdvertisementEncoder {
  static final int FLAGS = 0x01;
  static final int UUID16_COMPLETE = 0x03;
  static final int UUID128_COMPLETE = 0x07;
  static final int NAME_COMPLETE = 0x09;
  static final int TX_POWER = 0x0A;
  static final int SERVICE_DATA_16 = 0x16;
  static final int APPEARANCE = 0x19;
  static final int SERVICE_DATA_128 = 0x21;
  static final int MANUFACTURER_DATA = 0xFF;

  private AdvertisementEncoder() {}

  /** The AD structures for a device's properties, in the order BlueZ-independent parsers expect. */
  static byte[] encode(Map<String, Object> device) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Values.bytes(device, "AdvertisingFlags")
        .filter(b -> b.length > 0)
        .ifPresent(b -> structure(out, FLAGS, b));
    String dashed = Values.string(device, "Address").orElse("").replace(':', '-');
    Optional<String> name =
        Values.string(device, "Name")
            .or(() -> Values.string(device, "Alias").filter(a -> !a.equalsIgnoreCase(dashed)));
    name.ifPresent(n -> structure(out, NAME_COMPLETE, n.getBytes(StandardCharsets.UTF_8)));
    List<UUID> uuids = new ArrayList<>();
    for (String s : Values.strings(device, "UUIDs")) {
      try {
        uuids.add(UUID.fromString(s));
      } catch (IllegalArgumentException e) {
        // BlueZ only lists well-formed UUIDs; anything else is skipped
      }
    }
    uuidList(out, uuids, true);
    uuidList(out, uuids, false);
    Values.integer(device, "TxPower")
        .ifPresent(p -> structure(out, TX_POWER, new byte[] {p.byteValue()}));
    Values.integer(device, "Appearance")
        .ifPresent(a -> structure(out, APPEARANCE, new byte[] {(byte) (int) a, (byte) (a >>> 8)}));
    Values.dict(device, "ManufacturerData")
        .forEach(
            (k, v) -> {
              if (k instanceof Number company) {
                byte[] data = Values.asBytes(v).orElse(new byte[0]);
                byte[] body = new byte[2 + data.length];
                body[0] = (byte) company.intValue();
                body[1] = (byte) (company.intValue() >>> 8);
                System.arraycopy(data, 0, body, 2, data.length);
                structure(out, MANUFACTURER_DATA, body);
              }
            });
    Values.dict(device, "ServiceData")
        .forEach(
            (k, v) -> {
              if (k instanceof String s) {
                serviceData(out, s, Values.asBytes(v).orElse(new byte[0]));
              }
            });
    return out.toByteArray();
  }

  private static void serviceData(ByteArrayOutputStream out, String uuidText, byte[] data) {
    UUID uuid;
    try {
      uuid = UUID.fromString(uuidText);
    } catch (IllegalArgumentException e) {
      return;
    }
    byte[] id = Uuids.toLittleEndian(uuid);
    byte[] body = new byte[id.length + data.length];
    System.arraycopy(id, 0, body, 0, id.length);
    System.arraycopy(data, 0, body, id.length, data.length);
    structure(out, id.length == 2 ? SERVICE_DATA_16 : SERVICE_DATA_128, body);
  }

  private static void uuidList(ByteArrayOutputStream out, List<UUID> uuids, boolean sixteenBit) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (UUID u : uuids) {
      OptionalLong s = Uuids.shortValue(u);
      boolean isShort = s.isPresent() && s.getAsLong() <= 0xFFFF;
      if (isShort == sixteenBit) {
        body.writeBytes(Uuids.toLittleEndian(u));
      }
    }
    if (body.size() > 0) {
      structure(out, sixteenBit ? UUID16_COMPLETE : UUID128_COMPLETE, body.toByteArray());
    }
  }

  private static void structure(ByteArrayOutputStream out, int type, byte[] data) {
    if (data.length > 254) {
      return;
    }
    out.write(data.length + 1);
    out.write(type);
    out.writeBytes(data);
  }
}
