package io.gattscope.ble;

import io.gattscope.bytes.HexText;
import java.util.List;
import java.util.UUID;

/** Names a characteristic: by value handle, by bare UUID, or by service UUID, UUID and index. */
public sealed interface CharacteristicRef {

  /**
   * The characteristics of a database this reference names (more than one means ambiguous).
   *
   * @param database a discovered database
   * @return the matching characteristics in handle order; empty when none match
   */
  List<GattCharacteristic> matches(GattDatabase database);

  /**
   * A reference by value handle (1 to 0xFFFF).
   *
   * @param handle the characteristic's value handle, 1 to 0xFFFF
   * @return a reference that is read and written without discovery
   * @throws IllegalArgumentException when the handle is out of range
   */
  static CharacteristicRef handle(int handle) {
    return new ByHandle(handle);
  }

  /**
   * A reference by bare characteristic UUID; ambiguous when several services hold it.
   *
   * @param uuid the characteristic's UUID
   * @return a reference matching every characteristic with that UUID
   */
  static CharacteristicRef uuid(UUID uuid) {
    return new ByUuid(uuid);
  }

  /**
   * The first characteristic of the type inside the first service of the type.
   *
   * @param service the service's UUID
   * @param characteristic the characteristic's UUID
   * @return a reference matching at most one characteristic
   */
  static CharacteristicRef of(UUID service, UUID characteristic) {
    return new ByService(service, characteristic, 0);
  }

  /**
   * Parses {@code 2a37}, a full UUID, {@code SERVICE/CHAR}, {@code SERVICE/CHAR#N} or a handle
   * {@code 0x002a}.
   *
   * @param text the reference as typed; surrounding spaces allowed
   * @return a reference by handle, by UUID or by service, UUID and index
   * @throws IllegalArgumentException naming what is wrong
   */
  static CharacteristicRef parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no characteristic given");
    }
    String s = text.trim();
    int slash = s.indexOf('/');
    if (slash >= 0) {
      String rest = s.substring(slash + 1);
      int index = 0;
      int hash = rest.indexOf('#');
      if (hash >= 0) {
        try {
          index = Integer.parseInt(rest.substring(hash + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + text + "': the index after # must be a number");
        }
        rest = rest.substring(0, hash);
      }
      return new ByService(Uuids.parse(s.substring(0, slash)), Uuids.parse(rest), index);
    }
    if ((s.startsWith("0x") || s.startsWith("0X")) && s.length() <= 6 && s.length() > 2) {
      try {
        return new ByHandle(Integer.parseInt(s.substring(2), 16));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a handle: expected 0x0001 to 0xFFFF");
      }
    }
    return new ByUuid(Uuids.parse(s));
  }

  /**
   * By value handle.
   *
   * @param handle the characteristic's value handle, 1 to 0xFFFF
   */
  record ByHandle(int handle) implements CharacteristicRef {
    /**
     * Checks the handle's range.
     *
     * @param handle the characteristic's value handle, 1 to 0xFFFF
     * @throws IllegalArgumentException when the handle is out of range
     */
    public ByHandle {
      if (handle < 1 || handle > 0xFFFF) {
        throw new IllegalArgumentException("handle " + handle + " is out of range 0x0001..0xFFFF");
      }
    }

    @Override
    public List<GattCharacteristic> matches(GattDatabase database) {
      return database.byHandle(handle).stream().toList();
    }

    @Override
    public String toString() {
      return "handle " + HexText.u16(handle);
    }
  }

  /**
   * By bare UUID.
   *
   * @param uuid the characteristic's UUID
   */
  record ByUuid(UUID uuid) implements CharacteristicRef {
    @Override
    public List<GattCharacteristic> matches(GattDatabase database) {
      return database.characteristics().stream().filter(c -> c.uuid().equals(uuid)).toList();
    }

    @Override
    public String toString() {
      return Uuids.format(uuid);
    }
  }

  /**
   * By service UUID, characteristic UUID and index among equal characteristics (from 0).
   *
   * @param service the service's UUID; every service with it is searched, in handle order
   * @param characteristic the characteristic's UUID
   * @param index which of the characteristics with that UUID, from 0
   */
  record ByService(UUID service, UUID characteristic, int index) implements CharacteristicRef {
    /**
     * Checks the index.
     *
     * @param service the service's UUID
     * @param characteristic the characteristic's UUID
     * @param index which of the characteristics with that UUID, from 0
     * @throws IllegalArgumentException when the index is negative
     */
    public ByService {
      if (index < 0) {
        throw new IllegalArgumentException("index must be 0 or more, got " + index);
      }
    }

    @Override
    public List<GattCharacteristic> matches(GattDatabase database) {
      List<GattCharacteristic> all =
          database.services(service).stream()
              .flatMap(s -> s.characteristics().stream())
              .filter(c -> c.uuid().equals(characteristic))
              .toList();
      return index < all.size() ? List.of(all.get(index)) : List.of();
    }

    @Override
    public String toString() {
      return Uuids.format(service)
          + "/"
          + Uuids.format(characteristic)
          + (index > 0 ? "#" + index : "");
    }
  }
}
