package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.CharacteristicRef;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters whose failures become usage errors naming what is wrong, in the user's words
 * (no Java class names).
 */
final class Converters {
  private Converters() {}

  /** Parses {@code AA:BB:CC:DD:EE:FF}. */
  static final class Address implements ITypeConverter<BleAddress> {
    @Override
    public BleAddress convert(String value) {
      try {
        return BleAddress.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses a characteristic reference: short or full UUID, SERVICE/CHAR, or a handle. */
  static final class Characteristic implements ITypeConverter<CharacteristicRef> {
    @Override
    public CharacteristicRef convert(String value) {
      try {
        return CharacteristicRef.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
