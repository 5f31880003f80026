package io.gattscope.gatt.ad;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Service data (types 0x16, 0x20, 0x21): a service UUID and its data.
 *
 * @param type the AD type (0x16 for 16-bit, 0x20 for 32-bit, 0x21 for 128-bit UUIDs)
 * @param uuid the service UUID
 * @param data the bytes after the UUID
 * @param decoded a decoded payload (Eddystone for 0xFEAA), if understood
 */
public record ServiceData(int type, UUID uuid, byte[] data, Optional<DecodedPayload> decoded)
    implements AdStructure {

  static ServiceData of(int type, UUID uuid, byte[] data) {
    Optional<DecodedPayload> decoded =
        Uuids.is(uuid, Eddystone.SERVICE_UUID)
            ? Eddystone.decode(data).map(DecodedPayload.class::cast)
            : Optional.empty();
    return new ServiceData(type, uuid, data, decoded);
  }

  @Override
  public String summary() {
    String body =
        decoded
            .map(DecodedPayload::summary)
            .orElse(data.length == 0 ? "(empty)" : Hex.format(data));
    return "Service data: " + Names.service(uuid) + " " + body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceData s
        && s.type == type
        && s.uuid.equals(uuid)
        && Arrays.equals(s.data, data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, uuid, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "ServiceData[" + summary() + "]";
  }
}
