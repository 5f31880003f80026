package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads one characteristic and prints its value. */
@Command(name = "read", description = "Read a characteristic and print its value.")
final class ReadCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Parameters(
      index = "1",
      paramLabel = "CHAR",
      converter = Converters.Characteristic.class,
      description = "2a37, a full UUID, SERVICE/CHAR, or a value handle such as 0x002a.")
  CharacteristicRef characteristic;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "hex",
      description = "How to show the value: hex, utf8, uint8, … (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  int execute() {
    Vocabulary.ValueCodec codec = Vocabulary.codec(format);
    byte[] value;
    Session.Target target;
    try (Session session = connect(device)) {
      BleDevice d = session.device();
      target = session.target(characteristic);
      value = d.read(target.ref());
      if (io.gattscope.ble.GattArguments.mayContinue(value.length, d.mtu())) {
        err().println("Value fills the MTU; reading the rest with read blob");
        value = d.readLong(target.ref());
      }
    }
    String text = codec.format(value);
    byte[] read = value;
    Optional<String> decoded =
        target.characteristic().flatMap(c -> Vocabulary.decode(c.uuid(), read));
    if (json()) {
      Json o =
          Json.object()
              .put("address", device.address.toString())
              .put("handle", target.valueHandle());
      target.characteristic().ifPresent(c -> characteristicJson(o, c.uuid()));
      o.put("bytes", value.length).put("hex", Json.hex(value));
      if (!codec.name().equalsIgnoreCase("hex")) {
        o.put("format", codec.name()).put("value", text);
      }
      decoded.ifPresent(d -> o.put("decoded", d));
      printJson(o);
    } else {
      out().println(text);
      err().println("Read " + value.length + " byte(s) from " + target.label());
      decoded.ifPresent(d -> err().println("Decoded: " + d));
    }
    return 0;
  }
}
