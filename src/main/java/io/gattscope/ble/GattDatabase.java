package io.gattscope.ble;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The discovered GATT tree of one peer, and lookups of characteristics in it. Immutable.
 *
 * @param services the primary services in handle order
 */
public record GattDatabase(List<GattService> services) {

  /**
   * Keeps an unmodifiable copy of the services.
   *
   * @param services the primary services in handle order; not null, no null elements
   */
  public GattDatabase {
    services = List.copyOf(services);
  }

  /**
   * Every characteristic in handle order.
   *
   * @return a new list of the characteristics of every service
   */
  public List<GattCharacteristic> characteristics() {
    List<GattCharacteristic> all = new ArrayList<>();
    services.forEach(s -> all.addAll(s.characteristics()));
    return all;
  }

  /**
   * The characteristic whose value or declaration handle is {@code handle}.
   *
   * @param handle an attribute handle, 0x0001 to 0xFFFF
   * @return the characteristic, or empty when no characteristic has that handle
   */
  public Optional<GattCharacteristic> byHandle(int handle) {
    return characteristics().stream()
        .filter(c -> c.valueHandle() == handle || c.declarationHandle() == handle)
        .findFirst();
  }

  /**
   * The service holding the handle, if any.
   *
   * @param handle an attribute handle, 0x0001 to 0xFFFF
   * @return the service whose handle range holds {@code handle}, or empty
   */
  public Optional<GattService> serviceOf(int handle) {
    return services.stream().filter(s -> s.contains(handle)).findFirst();
  }

  /**
   * The services of a type, in handle order.
   *
   * @param type the service UUID
   * @return the services with that UUID; empty when there is none
   */
  public List<GattService> services(UUID type) {
    return services.stream().filter(s -> s.uuid().equals(type)).toList();
  }

  /**
   * Finds the one characteristic a reference names.
   *
   * @param ref the characteristic by handle, UUID, or service, UUID and index
   * @return the single matching characteristic
   * @throws AttributeLookupException when none matches, or when a bare UUID matches several (the
   *     message names every candidate)
   */
  public GattCharacteristic resolve(CharacteristicRef ref) {
    List<GattCharacteristic> found = ref.matches(this);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new AttributeLookupException("no characteristic " + ref + " on this device", List.of());
    }
    String names =
        found.stream()
            .map(
                c ->
                    String.format(
                        "%s in service %s (value handle 0x%04X)",
                        Uuids.format(c.uuid()), Uuids.format(c.serviceUuid()), c.valueHandle()))
            .collect(Collectors.joining("; "));
    throw new AttributeLookupException(
        "characteristic "
            + ref
            + " is ambiguous, it is in "
            + found.size()
            + " places: "
            + names
            + ". Name the service (SERVICE/CHAR) or the handle.",
        found);
  }
}
