package io.gattscope.gatt.decode;

import io.gattscope.gatt.format.PresentationFormat;
import io.gattscope.gatt.format.ValueFormatException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Decodes any characteristic that has a Presentation Format descriptor (0x2904) into one "Value"
 * field, scaled and with the unit symbol, so vendor characteristics can be charted too.
 */
final class PresentationFormatDecoder implements CharacteristicDecoder {
  private final UUID uuid;
  private final String name;
  private final PresentationFormat format;

  PresentationFormatDecoder(UUID uuid, String name, PresentationFormat format) {
    this.uuid = uuid;
    this.name = name;
    this.format = format;
  }

  @Override
  public UUID uuid() {
    return uuid;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Decoded decode(byte[] value) {
    byte[] v = value == null ? new byte[0] : value;
    try {
      String text = format.formatValue(v);
      var number = format.toDouble(v);
      return new Decoded(
          List.of(
              new Field(
                  name,
                  text,
                  number.isPresent() && !Double.isNaN(number.getAsDouble())
                      ? number
                      : OptionalDouble.empty(),
                  format.unitSymbol(),
                  false)));
    } catch (ValueFormatException e) {
      return new Decoded(List.of(Field.error(name, e.getMessage())));
    }
  }

  @Override
  public String toString() {
    return name + " (" + format.describe() + ")";
  }
}
