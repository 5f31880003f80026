package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.WriteType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Writes one characteristic; values longer than MTU - 3 go out as a long write. */
@Command(
    name = "write",
    description = "Write a characteristic (values longer than MTU-3 use a long write).")
final class WriteCommand extends BaseCommand {
  /** The largest ATT MTU a connection can negotiate (Core Vol 3 Part F 3.2.8: 512 + 5). */
  static final int LARGEST_MTU = 517;

  @Mixin DeviceOptions device;

  @Mixin CharacteristicOptions gatt;

  @Parameters(paramLabel = "VALUE", description = "The value, in --format.")
  String valueText;

  @Option(
      names = "--no-response",
      description = "Write without response (a command; no confirmation from the device).")
  boolean noResponse;

  @Override
  int execute() {
    Vocabulary.ValueCodec codec = gatt.codec();
    byte[] value;
    try {
      value = codec.parse(valueText);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "VALUE: " + e.getMessage(), e);
    }
    WriteType type = noResponse ? WriteType.COMMAND : WriteType.REQUEST;
    // what no connection could carry is refused before connecting
    String early = GattArguments.writeProblem(value.length, type, LARGEST_MTU);
    if (!early.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "VALUE: " + early);
    }
    Session.Target target;
    boolean longWrite;
    try (Session session = connect(device)) {
      BleDevice d = session.device();
      target = session.target(gatt.characteristic);
      if (GattArguments.needsLongWrite(value.length, type, d.mtu())) {
        err()
            .println(
                "Value is longer than MTU-3 = " + (d.mtu() - 3) + " bytes; using a long write");
      }
      longWrite = GattCalls.write(d, target.ref(), value, type);
    }
    if (json()) {
      Json o =
          Json.object()
              .put("address", device.address.toString())
              .put("handle", target.valueHandle());
      target.characteristic().ifPresent(c -> characteristicJson(o, c.uuid()));
      o.put("bytes", value.length)
          .put("hex", Json.hex(value))
          .put("long", longWrite)
          .put("withResponse", !noResponse);
      printJson(o);
    } else {
      out().println("Wrote " + value.length + " byte(s) to " + target.label());
    }
    return 0;
  }
}
