package io.gattscope.cli;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.PairingHandler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Pairs and bonds with a device, answering a passkey request from {@code --passkey} and asking on
 * the terminal before confirming a passkey or a pairing without one.
 */
@Command(name = "pair", description = "Pair and bond with a device.")
final class PairCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Option(
      names = "--passkey",
      paramLabel = "N",
      description = "The passkey (0..999999) to answer when the device asks for one.")
  Integer passkey;

  @Option(
      names = {"-y", "--yes"},
      description =
          "Answer yes when the adapter asks to confirm a passkey or a pairing without one"
              + " (otherwise asked on the terminal; refused when stdin is not a terminal).")
  boolean yes;

  @Override
  int execute() {
    PairingHandler base =
        passkey == null ? PairingHandler.justWorks() : PairingHandler.fixedPasskey(passkey);
    boolean terminal = root.in == System.in && System.console() != null;
    PairingHandler handler =
        new TerminalPairingHandler(
            base,
            new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8)),
            err(),
            terminal,
            yes);
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
