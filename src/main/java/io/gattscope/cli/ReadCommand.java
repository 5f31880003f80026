package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Reads one characteristic and prints its value. */
@Command(name = "read", description = "Read a characteristic and print its value.")
final class ReadCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Mixin CharacteristicOptions gatt;

  @Override
  int execute() {
    Vocabulary.ValueCodec codec = gatt.codec();
    byte[] value;
    Session.Target target;
    Optional<PresentationValue> presentation = Optional.empty();
    try (Session session = connect(device)) {
      BleDevice d = session.device();
      // a bare UUID is read by type (no discovery) unless --json needs the descriptors
      Optional<Session.Read> quick =
          json() ? Optional.empty() : session.readByType(gatt.characteristic);
      if (quick.isPresent()) {
        target = quick.get().target();
        value = quick.get().value();
      } else {
        target = session.target(gatt.characteristic);
        value =
            GattCalls.read(
                d,
                target.ref(),
                () -> err().println("Value fills the MTU; reading the rest with read blob"));
      }
      if (json() && target.characteristic().isPresent()) {
        presentation =
            PresentationValue.read(d, target.characteristic().get(), session.callTimeout(), err());
      }
    }
    String text = codec.format(value);
    byte[] read = value;
    Optional<String> decoded = target.uuid().flatMap(u -> Vocabulary.decode(u, read));
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
      presentation.ifPresent(
          p ->
              p.number(read)
                  .ifPresent(
                      n -> {
                        o.raw("number", n);
                        if (!p.unit().isEmpty()) {
                          o.put("unit", p.unit());
                        }
                      }));
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
