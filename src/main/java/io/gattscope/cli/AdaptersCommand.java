package io.gattscope.cli;

import io.gattscope.ble.AdapterDescriptor;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** Lists the adapters that can be opened now. */
@Command(
    name = "adapters",
    description = "List the adapters available: BGAPI dongles, BlueZ adapters, the simulator.")
final class AdaptersCommand extends BaseCommand {

  @Override
  int execute() {
    List<AdapterDescriptor> all = root.backends().available();
    if (all.isEmpty()) {
      err().println("No adapters found; known kinds: " + root.backends().kinds());
      return 0;
    }
    // the simulator is never the default: it is used only when asked for with -a sim
    String preferred =
        all.stream().filter(a -> !a.simulated()).findFirst().map(AdapterDescriptor::id).orElse("");
    for (AdapterDescriptor a : all) {
      boolean isDefault = a.id().equals(preferred);
      if (json()) {
        printJson(
            Json.object()
                .put("id", a.id())
                .put("kind", a.kind())
                .put("name", a.displayName())
                .put("simulated", a.simulated())
                .put("default", isDefault));
      } else {
        out()
            .printf(
                Locale.ROOT,
                "%-28s %-9s %s%s%n",
                a.id(),
                a.kind(),
                a.displayName(),
                isDefault ? "  (default)" : "");
      }
    }
    return 0;
  }
}
