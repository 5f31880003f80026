package io.gattscope.gatt.ad;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A list of service UUIDs: advertised (complete or incomplete) or solicited, of 16, 32 or 128 bits.
 *
 * @param type the AD type (0x02 to 0x07, 0x14, 0x15 or 0x1F)
 * @param uuids the UUIDs in the order sent
 */
public record ServiceUuids(int type, List<UUID> uuids) implements AdStructure {
  /**
   * Copies the list.
   *
   * @param type the AD type (0x02 to 0x07, 0x14, 0x15 or 0x1F)
   * @param uuids the UUIDs in the order sent; not {@code null}
   * @throws NullPointerException if {@code uuids} is or holds {@code null}
   */
  public ServiceUuids {
    uuids = List.copyOf(uuids);
  }

  /**
   * True for the "complete list" types.
   *
   * @return {@code true} for types 0x03, 0x05 and 0x07, where the device claims to list all its
   *     services of that size
   */
  public boolean complete() {
    return type == AdType.COMPLETE_UUID16
        || type == AdType.COMPLETE_UUID32
        || type == AdType.COMPLETE_UUID128;
  }

  /**
   * True for the service solicitation types.
   *
   * @return {@code true} for types 0x14, 0x15 and 0x1F, where the device asks for a central
   *     offering these services
   */
  public boolean solicitation() {
    return type == AdType.SOLICITATION_UUID16
        || type == AdType.SOLICITATION_UUID32
        || type == AdType.SOLICITATION_UUID128;
  }

  /**
   * UUID size on the wire in bytes (2, 4 or 16).
   *
   * @return 2 for 16-bit, 4 for 32-bit and 16 for 128-bit list types
   */
  public int uuidSize() {
    return uuidSize(type);
  }

  static int uuidSize(int type) {
    return switch (type) {
      case AdType.INCOMPLETE_UUID16, AdType.COMPLETE_UUID16, AdType.SOLICITATION_UUID16 -> 2;
      case AdType.INCOMPLETE_UUID32, AdType.COMPLETE_UUID32, AdType.SOLICITATION_UUID32 -> 4;
      default -> 16;
    };
  }

  @Override
  public String summary() {
    String list = uuids.stream().map(Names::service).collect(Collectors.joining(", "));
    return AdType.name(type) + ": " + (list.isEmpty() ? "none" : list);
  }
}
