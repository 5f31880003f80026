package io.gattscope.cli;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BondInfo;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the adapter's stored bonds, or deletes one or all of them. */
@Command(
    name = "bonds",
    description = "List the adapter's bonds, or delete one (--clear ADDR) or all (--clear-all).")
final class BondsCommand extends BaseCommand {
  @ArgGroup(exclusive = true)
  Clear clear;

  /** Which bonds to delete. */
  static final class Clear {
    @Option(
        names = "--clear",
        paramLabel = "ADDR",
        converter = Converters.Address.class,
        description = "Delete the bond with this device.")
    BleAddress address;

    @Option(
        names = {"--clear-all", "--all"},
        description = "Delete every bond.")
    boolean all;
  }

  @Override
  int execute() {
    try (BleBackend backend = openBackend()) {
      if (clear != null && clear.all) {
        backend.clearAllBonds();
        report("cleared", "all");
        return 0;
      }
      if (clear != null) {
        backend.clearBond(clear.address);
        report("cleared", clear.address.toString());
        return 0;
      }
      List<BondInfo> bonds = backend.bonds();
      for (BondInfo b : bonds) {
        if (json()) {
          printJson(
              Json.object()
                  .put("handle", b.handle())
                  .put("keySize", b.keySize())
                  .put("mitm", b.mitm())
                  .put("keys", b.keys()));
        } else {
          out()
              .printf(
                  Locale.ROOT,
                  "bond %d  key size %d  %s  keys 0x%02X%n",
                  b.handle(),
                  b.keySize(),
                  b.mitm() ? "MITM-protected" : "no MITM protection",
                  b.keys());
        }
      }
      err().println(bonds.size() + " bond(s)");
    }
    return 0;
  }

  private void report(String action, String which) {
    if (json()) {
      printJson(Json.object().put(action, which));
    } else {
      out().println("Cleared " + ("all".equals(which) ? "all bonds" : "the bond with " + which));
    }
  }
}
