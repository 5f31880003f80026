package io.gattscope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Connects and prints the link's received signal strength. */
@Command(name = "rssi", description = "Connect and print the link's RSSI in dBm.")
final class RssiCommand extends BaseCommand {
  @Mixin DeviceOptions device;

  @Override
  int execute() {
    int rssi;
    try (Session session = connect(device)) {
      rssi = session.device().rssi();
    }
    if (json()) {
      printJson(Json.object().put("address", device.address.toString()).put("rssi", rssi));
    } else {
      out().println(rssi + " dBm");
    }
    return 0;
  }
}
