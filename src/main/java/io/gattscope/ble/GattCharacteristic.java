package io.gattscope.ble;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A characteristic found by discovery, with its descriptors.
 *
 * @param uuid the characteristic type
 * @param serviceUuid the type of the service that holds it
 * @param declarationHandle handle of the 0x2803 declaration
 * @param valueHandle handle of the value attribute
 * @param properties the properties byte of the declaration (0 to 0xFF)
 * @param descriptors descriptors in handle order
 */
public record GattCharacteristic(
    UUID uuid,
    UUID serviceUuid,
    int declarationHandle,
    int valueHandle,
    int properties,
    List<GattDescriptor> descriptors) {

  /**
   * Keeps an unmodifiable copy of the descriptors.
   *
   * @param uuid the characteristic type
   * @param serviceUuid the type of the service that holds it
   * @param declarationHandle handle of the 0x2803 declaration
   * @param valueHandle handle of the value attribute
   * @param properties the properties byte of the declaration (0 to 0xFF)
   * @param descriptors descriptors in handle order; not null
   */
  public GattCharacteristic {
    descriptors = List.copyOf(descriptors);
  }

  /**
   * The decoded property set.
   *
   * @return a new set of the properties in the declaration's properties byte
   */
  public Set<CharacteristicProperty> propertySet() {
    return CharacteristicProperty.fromBits(properties);
  }

  /**
   * True when the declaration has the property.
   *
   * @param property the property to look for
   * @return whether its bit is set in the properties byte
   */
  public boolean has(CharacteristicProperty property) {
    return (properties & property.mask()) != 0;
  }

  /**
   * The first descriptor of the type, if any.
   *
   * @param type the descriptor UUID, e.g. {@link GattDescriptor#CCCD}
   * @return the descriptor with the lowest handle of that type, or empty
   */
  public Optional<GattDescriptor> descriptor(UUID type) {
    return descriptors.stream().filter(d -> d.uuid().equals(type)).findFirst();
  }

  /**
   * The Client Characteristic Configuration descriptor that discovery found, if any.
   *
   * @return the 0x2902 descriptor, or empty for a characteristic that cannot notify or indicate
   */
  public Optional<GattDescriptor> cccd() {
    return descriptor(GattDescriptor.CCCD);
  }
}
