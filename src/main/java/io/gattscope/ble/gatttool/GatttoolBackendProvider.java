package io.gattscope.ble.gatttool;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Offers {@code gatttool:hciN} for each HCI adapter when a gatttool executable is on PATH. */
public final class GatttoolBackendProvider implements BackendProvider {
  private static final Pattern HCI = Pattern.compile("hci\\d{1,2}");
  private final GatttoolSettings template;

  /** Looks for gatttool on PATH and adapters under /sys/class/bluetooth. */
  public GatttoolBackendProvider() {
    this(GatttoolSettings.defaults("hci0"));
  }

  /**
   * Uses the template's tools and sysfs directory (for tests); the adapter comes per id.
   *
   * @param template settings whose tools, limits and sysfs directory every backend gets, with the
   *     adapter of the id asked for
   */
  public GatttoolBackendProvider(GatttoolSettings template) {
    this.template = template;
  }

  @Override
  public String kind() {
    return "gatttool";
  }

  @Override
  public List<AdapterDescriptor> available() {
    if (Executables.find(template.gatttool()).isEmpty() || !Files.isDirectory(template.sysfs())) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(template.sysfs())) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> HCI.matcher(n).matches())
          .sorted()
          .map(n -> new AdapterDescriptor("gatttool:" + n, "gatttool on " + n, kind(), false))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  @Override
  public BleBackend create(String argument) {
    String adapter = argument == null || argument.isBlank() ? "hci0" : argument.strip();
    if (!HCI.matcher(adapter).matches()) {
      throw new IllegalArgumentException(
          "gatttool adapters are HCI device names like hci0, got '" + argument + "'");
    }
    if (!Files.isDirectory(template.sysfs().resolve(adapter))) {
      throw new AdapterUnavailableException(
          "no Bluetooth adapter "
              + adapter
              + " ("
              + template.sysfs().resolve(adapter)
              + " does not exist)");
    }
    GatttoolSettings s =
        new GatttoolSettings(
            adapter,
            template.gatttool(),
            template.hcitool(),
            template.maxConnections(),
            template.lineBuffered(),
            template.scanDuplicates(),
            template.environment(),
            template.sysfs(),
            template.scanStartTimeout());
    return new GatttoolBackend(s);
  }

  @Override
  public int priority() {
    return 30;
  }
}
