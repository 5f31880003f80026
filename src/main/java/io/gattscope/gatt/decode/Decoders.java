package io.gattscope.gatt.decode;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.PresentationFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The registry of SIG characteristic and descriptor decoders, looked up by UUID. */
public final class Decoders {
  /** Decoders made so far, and UUIDs known to have none, by UUID. */
  private static final Map<UUID, Optional<CharacteristicDecoder>> MADE = new ConcurrentHashMap<>();

  private Decoders() {}

  /**
   * The decoder for a characteristic or descriptor UUID, if there is one.
   *
   * @param uuid the full 128-bit UUID of the characteristic or descriptor
   * @return the registered decoder, or empty for a UUID with none
   */
  public static Optional<CharacteristicDecoder> forUuid(UUID uuid) {
    Optional<CharacteristicDecoder> d = MADE.get(uuid);
    return d != null ? d : MADE.computeIfAbsent(uuid, Decoders::make);
  }

  private static Optional<CharacteristicDecoder> make(UUID uuid) {
    OptionalLong s = Uuids.shortValue(uuid);
    return s.isPresent() && s.getAsLong() <= 0xFFFF
        ? Optional.ofNullable(of((int) s.getAsLong()))
        : Optional.empty();
  }

  /** The decoder of a 16-bit SIG UUID from the family that has one, or null. */
  private static CharacteristicDecoder of(int uuid16) {
    CharacteristicDecoder d = GattDecoders.of(uuid16);
    d = d != null ? d : SensorDecoders.of(uuid16);
    d = d != null ? d : FitnessDecoders.of(uuid16);
    return d != null ? d : HealthDecoders.of(uuid16);
  }

  /**
   * Decodes a value with the decoder for {@code uuid}; empty when there is no decoder.
   *
   * @param uuid the full 128-bit UUID of the characteristic or descriptor
   * @param value the value as read or notified; not {@code null}
   * @return the decoded fields, which may include error fields; empty if no decoder is registered
   */
  public static Optional<Decoded> decode(UUID uuid, byte[] value) {
    return forUuid(uuid).map(d -> d.decode(value));
  }

  /**
   * A decoder for a characteristic described by its Presentation Format descriptor: one field named
   * {@code name}, scaled by the exponent, with the unit symbol.
   *
   * @param uuid the characteristic's UUID, returned by the decoder's {@code uuid()}
   * @param name the characteristic's name, used as the decoder's name and the field's name
   * @param format the parsed Presentation Format descriptor of the characteristic
   * @return a new decoder; it is not registered
   */
  public static CharacteristicDecoder forPresentationFormat(
      UUID uuid, String name, PresentationFormat format) {
    return new PresentationFormatDecoder(uuid, name, format);
  }

  /**
   * Every registered decoder, in order of UUID.
   *
   * @return an unmodifiable copy, one decoder per UUID
   */
  public static Collection<CharacteristicDecoder> all() {
    List<CharacteristicDecoder> all = new ArrayList<>();
    for (int u = 0; u <= 0xFFFF; u++) {
      CharacteristicDecoder d = of(u);
      if (d != null) {
        all.add(MADE.computeIfAbsent(Uuids.fromShort(u), k -> Optional.of(d)).orElseThrow());
      }
    }
    return List.copyOf(all);
  }
}
