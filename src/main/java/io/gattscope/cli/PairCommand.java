package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.PairingHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Pairs and bonds with a device, answering a passkey request from {@code --passkey}. */
@Command(name = "pair", description = "Pair and bond with a device.")
final class PairCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Option(
      names = "--passkey",
      paramLabel = "N",
      description = "The passkey (0..999999) to answer when the device asks for one.")
  Integer passkey;

  @Override
  int execute() {
    PairingHandler handler =
        passkey == null ? PairingHandler.justWorks() : PairingHandler.fixedPasskey(passkey);
    boolean bonded;
    try (Session session = connect(device)) {
      BleDevice d = session.device();
      err().println("Pairing with " + device.address);
      d.bond(handler);
      bonded = d.bonded();
    }
    if (json()) {
      printJson(Json.object().put("address", device.address.toString()).put("bonded", bonded));
    } else {
      out().println((bonded ? "Bonded with " : "Paired with ") + device.address);
    }
    return 0;
  }
}
