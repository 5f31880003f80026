package io.gattscope.cli;

import io.gattscope.ble.CharacteristicRef;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The characteristic a read, write or subscribe works on and the format of its values, shared by
 * the single commands and the shell's.
 */
final class CharacteristicOptions {
  @Parameters(
      paramLabel = "CHAR",
      converter = Converters.Characteristic.class,
      description = "2a37, a full UUID, SERVICE/CHAR, or a value handle such as 0x002a.")
  CharacteristicRef characteristic;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "hex",
      description =
          "The values' format: hex, utf8, uint8, uint16, sfloat, … (default: ${DEFAULT-VALUE}).")
  String format;

  Vocabulary.ValueCodec codec() {
    return Vocabulary.codec(format);
  }
}
