package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.CharacteristicRef;
import java.util.function.Function;
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
      return parsed(BleAddress::parse, value);
    }
  }

  /** Parses a characteristic reference: short or full UUID, SERVICE/CHAR, or a handle. */
  static final class Characteristic implements ITypeConverter<CharacteristicRef> {
    @Override
    public CharacteristicRef convert(String value) {
      return parsed(CharacteristicRef::parse, value);
    }
  }

  /** The parser's result; its complaint, as picocli's usage error with the complaint's words. */
  private static <T> T parsed(Function<String, T> parser, String value) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
