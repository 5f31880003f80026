package io.gattscope.ble.sim.gatt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The attributes of one simulated peripheral, ordered by handle, with the service groups and the
 * CCCD belonging to each characteristic value.
 */
public final class AttributeDatabase {
  private final TreeMap<Integer, Attribute> byHandle = new TreeMap<>();
  private final List<ServiceGroup> services;
  private final Map<Integer, Integer> cccdByValueHandle;
  private final Map<Integer, Integer> propertiesByValueHandle;

  /**
   * A service group: declaration handle through last handle.
   *
   * @param start declaration handle (1..0xFFFF)
   * @param end last handle of the group (start..0xFFFF)
   * @param type 0x2800 primary or 0x2801 secondary
   * @param uuid the service UUID
   */
  public record ServiceGroup(int start, int end, UUID type, UUID uuid) {}

  AttributeDatabase(
      List<Attribute> attributes,
      List<ServiceGroup> services,
      Map<Integer, Integer> cccdByValueHandle,
      Map<Integer, Integer> propertiesByValueHandle) {
    for (Attribute a : attributes) {
      byHandle.put(a.handle(), a);
    }
    this.services = List.copyOf(services);
    this.cccdByValueHandle = Map.copyOf(cccdByValueHandle);
    this.propertiesByValueHandle = Map.copyOf(propertiesByValueHandle);
  }

  /** Starts a new database at handle 0x0001. */
  public static AttributeDatabaseBuilder builder() {
    return new AttributeDatabaseBuilder();
  }

  /** The attribute at a handle. */
  public Optional<Attribute> get(int handle) {
    return Optional.ofNullable(byHandle.get(handle));
  }

  /** The attributes with handles in {@code start..end} (inclusive), in handle order. */
  public Iterable<Attribute> range(int start, int end) {
    if (start > end) {
      return Collections.emptyList();
    }
    return byHandle.subMap(start, true, end, true).values();
  }

  /** The service groups in handle order. */
  public List<ServiceGroup> services() {
    return services;
  }

  /** The CCCD handle of a characteristic value, if it has one. */
  public Optional<Integer> cccdOf(int valueHandle) {
    return Optional.ofNullable(cccdByValueHandle.get(valueHandle));
  }

  /** The characteristic value handle a CCCD belongs to, if {@code handle} is a CCCD. */
  public Optional<Integer> valueHandleOfCccd(int handle) {
    for (Map.Entry<Integer, Integer> e : cccdByValueHandle.entrySet()) {
      if (e.getValue() == handle) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The property bits of the characteristic whose value sits at {@code valueHandle}, or 0. */
  public int propertiesOf(int valueHandle) {
    return propertiesByValueHandle.getOrDefault(valueHandle, 0);
  }

  /** The highest handle in use. */
  public int lastHandle() {
    return byHandle.isEmpty() ? 0 : byHandle.lastKey();
  }

  /** All attributes in handle order. */
  public List<Attribute> attributes() {
    return new ArrayList<>(byHandle.values());
  }

  /** The value handles of all characteristics with this UUID, in handle order. */
  public List<Integer> valueHandlesOf(UUID characteristicUuid) {
    List<Integer> out = new ArrayList<>();
    for (Integer h : new TreeMap<>(propertiesByValueHandle).keySet()) {
      if (byHandle.get(h).type().equals(characteristicUuid)) {
        out.add(h);
      }
    }
    return out;
  }
}
