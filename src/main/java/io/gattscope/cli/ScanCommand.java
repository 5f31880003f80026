package io.gattscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scans and prints one line per device found. */
@Command(
    name = "scan",
    description =
        "Scan for advertising devices: address, address type, RSSI, name, company, services.")
final class ScanCommand extends BaseCommand {
  @Option(
      names = {"-t", "--timeout"},
      paramLabel = "S",
      defaultValue = "5",
      description = "Seconds to scan (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--name",
      paramLabel = "TEXT",
      description = "Only devices whose name contains TEXT (any case).")
  String name;

  @Option(names = "--passive", description = "Passive scan: send no scan requests.")
  boolean passive;

  @Override
  int execute() {
    ScanOptions options = ScanOptions.defaults(Cli.seconds(timeoutSeconds, "--timeout"));
    if (passive) {
      options = options.passive();
    }
    List<ScanResult> results;
    try (BleBackend backend = openBackend()) {
      err()
          .printf(
              Locale.ROOT,
              "Scanning for %s s (%s)%n",
              trim(timeoutSeconds),
              passive ? "passive" : "active");
      results = backend.scan(options);
    }
    int shown = 0;
    for (ScanResult r : results) {
      String deviceName = r.name().orElse("");
      if (name != null
          && !deviceName.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      shown++;
      print(r, deviceName);
    }
    err().println(shown + " device(s) found");
    return 0;
  }

  private void print(ScanResult r, String deviceName) {
    Vocabulary.AdInfo ad = Vocabulary.describe(r);
    if (json()) {
      ObjectNode o =
          object()
              .put("address", r.address().toString())
              .put("addressType", r.addressType().name().toLowerCase(Locale.ROOT))
              .put("rssi", r.rssi())
              .put("name", deviceName)
              .put("connectable", r.connectable())
              .put("packets", r.packets());
      ad.company().ifPresent(c -> o.put("company", c));
      ad.services().forEach(s -> o.withArray("services").add(s));
      o.put("summary", ad.summary());
      o.put("advertisingData", Vocabulary.codec("hex").format(r.advertisingData()));
      o.put("scanResponseData", Vocabulary.codec("hex").format(r.scanResponseData()));
      printJson(o);
      return;
    }
    StringBuilder line = new StringBuilder();
    line.append(
        String.format(
            Locale.ROOT,
            "%s  %-6s %4d dBm  %-20s",
            r.address(),
            r.addressType().name().toLowerCase(Locale.ROOT),
            r.rssi(),
            deviceName.isEmpty() ? "(no name)" : deviceName));
    ad.company().ifPresent(c -> line.append("  company: ").append(c));
    if (!ad.services().isEmpty()) {
      line.append("  services: ").append(String.join(", ", ad.services()));
    }
    if (!ad.summary().isEmpty()) {
      line.append("  ").append(ad.summary());
    }
    out().println(line.toString().stripTrailing());
  }

  private static String trim(double seconds) {
    return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
  }
}
