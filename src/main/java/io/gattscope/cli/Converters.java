package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.CharacteristicRef;
import picocli.CommandLine.ITypeConverter;

/** Picocli converters whose failures become usage errors naming what is wrong. */
final class Converters {
  private Converters() {}

  /** Parses {@code AA:BB:CC:DD:EE:FF}. */
  static final class Address implements ITypeConverter<BleAddress> {
    @Override
    public BleAddress convert(String value) {
      return BleAddress.parse(value);
    }
  }

  /** Parses a characteristic reference: short or full UUID, SERVICE/CHAR, or a handle. */
  static final class Characteristic implements ITypeConverter<CharacteristicRef> {
    @Override
    public CharacteristicRef convert(String value) {
      return CharacteristicRef.parse(value);
    }
  }
}
