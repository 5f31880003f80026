package io.gattscope.gatt.decode;

import io.gattscope.gatt.format.PresentationFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The registry of SIG characteristic and descriptor decoders, looked up by UUID. */
public final class Decoders {
  private static final Map<UUID, CharacteristicDecoder> BY_UUID = new LinkedHashMap<>();

  static {
    Stream.of(GattDecoders.all(), SensorDecoders.all(), FitnessDecoders.all(), HealthDecoders.all())
        .flatMap(Collection::stream)
        .forEach(d -> BY_UUID.put(d.uuid(), d));
  }

  private Decoders() {}

  /**
   * The decoder for a characteristic or descriptor UUID, if there is one.
   *
   * @param uuid the full 128-bit UUID of the characteristic or descriptor
   * @return the registered decoder, or empty for a UUID with none
   */
  public static Optional<CharacteristicDecoder> forUuid(UUID uuid) {
    return Optional.ofNullable(BY_UUID.get(uuid));
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
   * Every registered decoder, in a stable order.
   *
   * @return an unmodifiable copy, one decoder per UUID
   */
  public static Collection<CharacteristicDecoder> all() {
    return List.copyOf(BY_UUID.values());
  }
}
