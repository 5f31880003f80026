package io.gattscope.ble.sim.gatt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntUnaryOperator;

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

  /**
   * Starts a new database at handle 0x0001.
   *
   * @return an empty builder
   */
  public static AttributeDatabaseBuilder builder() {
    return new AttributeDatabaseBuilder();
  }

  /**
   * The attribute at a handle.
   *
   * @param handle the attribute handle
   * @return the attribute, or empty if the handle is unused
   */
  public Optional<Attribute> get(int handle) {
    return Optional.ofNullable(byHandle.get(handle));
  }

  /**
   * The attributes with handles in {@code start..end} (inclusive), in handle order.
   *
   * @param start the first handle
   * @param end the last handle
   * @return a live view of the attributes in range; empty when start is after end
   */
  public Iterable<Attribute> range(int start, int end) {
    if (start > end) {
      return Collections.emptyList();
    }
    return byHandle.subMap(start, true, end, true).values();
  }

  /**
   * The service groups in handle order.
   *
   * @return an unmodifiable list of the primary and secondary service groups
   */
  public List<ServiceGroup> services() {
    return services;
  }

  /**
   * The CCCD handle of a characteristic value, if it has one.
   *
   * @param valueHandle the handle of a characteristic value
   * @return the handle of its CCCD, or empty if it has none
   */
  public Optional<Integer> cccdOf(int valueHandle) {
    return Optional.ofNullable(cccdByValueHandle.get(valueHandle));
  }

  /**
   * The characteristic value handle a CCCD belongs to, if {@code handle} is a CCCD.
   *
   * @param handle any attribute handle
   * @return the value handle whose CCCD sits at {@code handle}, or empty if it is not a CCCD
   */
  public Optional<Integer> valueHandleOfCccd(int handle) {
    for (Map.Entry<Integer, Integer> e : cccdByValueHandle.entrySet()) {
      if (e.getValue() == handle) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The property bits of the characteristic whose value sits at {@code valueHandle}, or 0.
   *
   * @param valueHandle the handle of a characteristic value
   * @return the properties byte (see {@link CharProps}), or 0 if no characteristic value sits there
   */
  public int propertiesOf(int valueHandle) {
    return propertiesByValueHandle.getOrDefault(valueHandle, 0);
  }

  /**
   * The highest handle in use.
   *
   * @return the highest handle, or 0 for an empty database
   */
  public int lastHandle() {
    return byHandle.isEmpty() ? 0 : byHandle.lastKey();
  }

  /**
   * All attributes in handle order.
   *
   * @return a new list of the attributes
   */
  public List<Attribute> attributes() {
    return new ArrayList<>(byHandle.values());
  }

  /**
   * The value handles of all characteristics with this UUID, in handle order.
   *
   * @param characteristicUuid the characteristic UUID to look for
   * @return the value handles; empty if none match
   */
  public List<Integer> valueHandlesOf(UUID characteristicUuid) {
    List<Integer> out = new ArrayList<>();
    for (Integer h : new TreeMap<>(propertiesByValueHandle).keySet()) {
      if (byHandle.get(h).type().equals(characteristicUuid)) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * A copy with the attributes of {@code extra} (a database built from handle 0x0001) placed at
   * handle {@code at}; every attribute from {@code at} on moves up by {@code extra.lastHandle()}.
   * Moved attributes share their values with this database's; characteristic declarations point at
   * the moved value handles.
   *
   * @param at the handle the inserted attributes start at
   * @param extra the attributes to insert, built from handle 0x0001
   * @return the new database; this one is unchanged
   * @throws IllegalArgumentException if {@code at} is not a service start or the end of the
   *     database, {@code extra} is empty, or the handles would pass 0xFFFF
   */
  public AttributeDatabase withInserted(int at, AttributeDatabase extra) {
    int k = extra.lastHandle();
    boolean boundary = at == lastHandle() + 1 || services.stream().anyMatch(g -> g.start() == at);
    if (!boundary || k == 0 || lastHandle() + k > 0xFFFF) {
      throw new IllegalArgumentException(
          String.format("cannot insert %d attributes at handle 0x%04X", k, at));
    }
    IntUnaryOperator move = h -> h >= at ? h + k : h;
    IntUnaryOperator place = h -> h + at - 1;
    List<Attribute> out = new ArrayList<>();
    List<ServiceGroup> groups = new ArrayList<>();
    Map<Integer, Integer> cccds = new TreeMap<>();
    Map<Integer, Integer> props = new TreeMap<>();
    copyInto(this, move, out, groups, cccds, props);
    copyInto(extra, place, out, groups, cccds, props);
    groups.sort(Comparator.comparingInt(ServiceGroup::start));
    return new AttributeDatabase(out, groups, cccds, props);
  }

  private static void copyInto(
      AttributeDatabase from,
      IntUnaryOperator move,
      List<Attribute> out,
      List<ServiceGroup> groups,
      Map<Integer, Integer> cccds,
      Map<Integer, Integer> props) {
    for (Attribute a : from.byHandle.values()) {
      out.add(relocate(a, move));
    }
    for (ServiceGroup g : from.services) {
      groups.add(
          new ServiceGroup(
              move.applyAsInt(g.start()), move.applyAsInt(g.end()), g.type(), g.uuid()));
    }
    from.cccdByValueHandle.forEach((v, c) -> cccds.put(move.applyAsInt(v), move.applyAsInt(c)));
    from.propertiesByValueHandle.forEach((v, p) -> props.put(move.applyAsInt(v), p));
  }

  private static Attribute relocate(Attribute a, IntUnaryOperator move) {
    int handle = move.applyAsInt(a.handle());
    if (a.type().equals(AttTypes.CHARACTERISTIC)) {
      byte[] decl = a.value();
      int value = move.applyAsInt((decl[1] & 0xFF) | (decl[2] & 0xFF) << 8);
      decl[1] = (byte) value;
      decl[2] = (byte) (value >>> 8);
      return new Attribute(handle, a.type(), a.permissions(), decl, null, null);
    }
    return handle == a.handle() ? a : a.movedTo(handle);
  }
}
