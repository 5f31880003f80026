package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Uuids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scans and prints one line per device found; with a filter it stops at the first match unless
 * {@code --all}.
 */
@Command(
    name = "scan",
    description = {
      "Scan for advertising devices: address, address type, RSSI, name, company, services.",
      "With --name, --address or --service the scan ends at the first matching device"
          + " (--all: scan the whole --timeout and list every match)."
    })
final class ScanCommand extends BaseCommand {
  @Option(
      names = {"-t", "--timeout"},
      paramLabel = "S",
      defaultValue = "5",
      description = "Seconds to scan at most (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--name",
      paramLabel = "TEXT",
      description = "Only devices whose name contains TEXT (any case).")
  String name;

  @Option(
      names = "--address",
      paramLabel = "ADDR",
      converter = Converters.Address.class,
      description = "Only the device with this address.")
  BleAddress address;

  @Option(
      names = "--service",
      paramLabel = "UUID",
      description = "Only devices advertising this service (180d or a full UUID).")
  String service;

  @Option(
      names = "--all",
      description = "With a filter: scan the whole --timeout and list every match.")
  boolean all;

  @Option(names = "--passive", description = "Passive scan: send no scan requests.")
  boolean passive;

  @Override
  int execute() {
    ScanOptions options = ScanOptions.defaults(Cli.timeout(timeoutSeconds, "--timeout"));
    if (passive) {
      options = options.passive();
    }
    UUID serviceUuid = service == null ? null : Uuids.parse(service);
    boolean filtered = name != null || address != null || serviceUuid != null;
    List<ScanResult> results;
    try (BleBackend backend = openBackend()) {
      err()
          .printf(
              Locale.ROOT,
              "Scanning for %s s (%s)%s%n",
              trim(timeoutSeconds),
              passive ? "passive" : "active",
              filtered && !all ? ", until the first match" : "");
      results = backend.scan(options, r -> filtered && !all && matches(r, serviceUuid));
    }
    List<ScanResult> shown = new ArrayList<>();
    for (ScanResult r : results) {
      if (matches(r, serviceUuid)) {
        shown.add(r);
        if (filtered && !all) {
          break;
        }
      }
    }
    for (ScanResult r : shown) {
      print(r);
      if (out().checkError()) {
        return 0; // stdout closed (e.g. | head -1): the reader has what it wanted
      }
    }
    err().println(shown.size() + " device(s) found");
    return 0;
  }

  private boolean matches(ScanResult r, UUID serviceUuid) {
    if (address != null && !address.equals(r.address())) {
      return false;
    }
    if (name != null
        && !r.name().orElse("").toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return serviceUuid == null || Vocabulary.describe(r).serviceUuids().contains(serviceUuid);
  }

  private void print(ScanResult r) {
    Vocabulary.AdInfo ad = Vocabulary.describe(r);
    if (json()) {
      Json o =
          Json.object()
              .put("address", r.address().toString())
              .put("addressType", r.addressType().name().toLowerCase(Locale.ROOT))
              .put("rssi", r.rssi());
      r.name().ifPresent(n -> o.put("name", n));
      o.put("connectable", r.connectable()).put("packets", r.packets());
      ad.companyId().ifPresent(id -> o.put("companyId", id));
      ad.companyName().ifPresent(c -> o.put("company", c));
      List<Json> services = new ArrayList<>();
      for (UUID u : ad.serviceUuids()) {
        services.add(Vocabulary.uuidJson(u, Vocabulary.serviceName(u)));
      }
      o.putObjects("services", services);
      if (!ad.summary().isEmpty()) {
        o.put("summary", ad.summary());
      }
      o.put("advertisingData", Json.hex(r.advertisingData()));
      o.put("scanResponseData", Json.hex(r.scanResponseData()));
      printJson(o);
      return;
    }
    out().println(text(r));
  }

  /** The text line of one device: address, type, RSSI, name, company, services, the rest. */
  static String text(ScanResult r) {
    Vocabulary.AdInfo ad = Vocabulary.describe(r);
    String deviceName = r.name().orElse("");
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
    return line.toString().stripTrailing();
  }

  private static String trim(double seconds) {
    return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
  }
}
