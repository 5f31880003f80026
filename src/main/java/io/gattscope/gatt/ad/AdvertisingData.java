package io.gattscope.gatt.ad;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The decoded AD structures of one advertising or scan-response packet, in the order received
 * (repeated types are all kept).
 *
 * @param structures every structure, including {@link Malformed} markers
 */
public record AdvertisingData(List<AdStructure> structures) {
  /**
   * Copies the list.
   *
   * @param structures every structure in the order received; not {@code null}
   * @throws NullPointerException if {@code structures} is or holds {@code null}
   */
  public AdvertisingData {
    structures = List.copyOf(structures);
  }

  /**
   * The structures of one kind, e.g. {@code ofType(ManufacturerData.class)}.
   *
   * @param <T> the structure type
   * @param kind the structure class to keep
   * @return the matching structures in the order received; empty if there are none
   */
  public <T extends AdStructure> List<T> ofType(Class<T> kind) {
    return structures.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * The complete local name if present, else the shortened one.
   *
   * @return the name, or empty if the packet carries no local name
   */
  public Optional<String> localName() {
    List<LocalName> names = ofType(LocalName.class);
    return names.stream()
        .filter(LocalName::complete)
        .findFirst()
        .or(() -> names.stream().findFirst())
        .map(LocalName::name);
  }

  /**
   * The flags, if sent.
   *
   * @return the first Flags structure, or empty
   */
  public Optional<Flags> flags() {
    return ofType(Flags.class).stream().findFirst();
  }

  /**
   * The TX power in dBm, if sent.
   *
   * @return the first TX Power Level in dBm (-128 to 127), or empty
   */
  public Optional<Integer> txPower() {
    return ofType(TxPower.class).stream().findFirst().map(TxPower::dbm);
  }

  /**
   * The appearance, if sent.
   *
   * @return the first Appearance structure, or empty
   */
  public Optional<Appearance> appearance() {
    return ofType(Appearance.class).stream().findFirst();
  }

  /**
   * All advertised (not solicited) service UUIDs, from every list.
   *
   * @return the UUIDs from complete and incomplete lists of every size, each once, in order
   *     received
   */
  public List<UUID> serviceUuids() {
    return ofType(ServiceUuids.class).stream()
        .filter(s -> !s.solicitation())
        .flatMap(s -> s.uuids().stream())
        .distinct()
        .toList();
  }

  /**
   * All manufacturer data structures.
   *
   * @return the manufacturer data in the order received; empty if none
   */
  public List<ManufacturerData> manufacturerData() {
    return ofType(ManufacturerData.class);
  }

  /**
   * All service data structures.
   *
   * @return the service data in the order received; empty if none
   */
  public List<ServiceData> serviceData() {
    return ofType(ServiceData.class);
  }

  /**
   * The iBeacon in Apple manufacturer data, if any.
   *
   * @return the first iBeacon found, or empty
   */
  public Optional<IBeacon> iBeacon() {
    return manufacturerData().stream()
        .flatMap(m -> m.decoded().stream())
        .filter(AppleContinuity.class::isInstance)
        .flatMap(a -> ((AppleContinuity) a).iBeacon().stream())
        .findFirst();
  }

  /**
   * The Eddystone frames in service data.
   *
   * @return the decoded Eddystone frames in the order received; empty if none
   */
  public List<Eddystone> eddystone() {
    return serviceData().stream()
        .flatMap(s -> s.decoded().stream())
        .filter(Eddystone.class::isInstance)
        .map(Eddystone.class::cast)
        .toList();
  }

  /**
   * True when some bytes could not be parsed.
   *
   * @return {@code true} if there is a {@link Malformed} marker among the structures
   */
  public boolean malformed() {
    return structures.stream().anyMatch(Malformed.class::isInstance);
  }

  /**
   * One summary line per structure.
   *
   * @return each structure's {@link AdStructure#summary()}, in order
   */
  public List<String> summaries() {
    return structures.stream().map(AdStructure::summary).toList();
  }

  @Override
  public String toString() {
    return structures.stream().map(AdStructure::summary).collect(Collectors.joining("\n"));
  }
}
