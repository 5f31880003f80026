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

  public GattCharacteristic {
    descriptors = List.copyOf(descriptors);
  }

  /** The decoded property set. */
  public Set<CharacteristicProperty> propertySet() {
    return CharacteristicProperty.fromBits(properties);
  }

  /** True when the declaration has the property. */
  public boolean has(CharacteristicProperty property) {
    return (properties & property.mask()) != 0;
  }

  /** The first descriptor of the type, if any. */
  public Optional<GattDescriptor> descriptor(UUID type) {
    return descriptors.stream().filter(d -> d.uuid().equals(type)).findFirst();
  }

  /** The Client Characteristic Configuration descriptor that discovery found, if any. */
  public Optional<GattDescriptor> cccd() {
    return descriptor(GattDescriptor.CCCD);
  }
}
