package io.gattscope.ble.gatttool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the gatttool backend runs its tools.
 *
 * @param adapter the HCI device, {@code hci0} to {@code hci99}
 * @param gatttool the gatttool executable: a name looked up on PATH or a path
 * @param hcitool the hcitool executable (for scanning): a name on PATH or a path
 * @param maxConnections how many connections (gatttool processes) may run at once (1 to 64)
 * @param lineBuffered whether to run the tools under {@code stdbuf -oL} when it exists, so their
 *     output arrives line by line through the pipe
 * @param scanDuplicates whether scans pass {@code --duplicates} (every packet, not the first only)
 * @param environment extra environment variables for the tools
 * @param sysfs the directory listing HCI devices, normally {@code /sys/class/bluetooth}
 * @param scanStartTimeout how long a scan may take to report that it started
 */
public record GatttoolSettings(
    String adapter,
    String gatttool,
    String hcitool,
    int maxConnections,
    boolean lineBuffered,
    boolean scanDuplicates,
    Map<String, String> environment,
    Path sysfs,
    Duration scanStartTimeout) {

  private static final Pattern ADAPTER = Pattern.compile("hci\\d{1,2}");

  public GatttoolSettings {
    if (adapter == null || !ADAPTER.matcher(adapter).matches()) {
      throw new IllegalArgumentException(
          "adapter must be an HCI device name like hci0, got '" + adapter + "'");
    }
    if (gatttool == null || gatttool.isBlank() || hcitool == null || hcitool.isBlank()) {
      throw new IllegalArgumentException("the gatttool and hcitool executables must be named");
    }
    if (maxConnections < 1 || maxConnections > 64) {
      throw new IllegalArgumentException(
          "maxConnections must lie in 1 .. 64, got " + maxConnections);
    }
    environment = Map.copyOf(environment);
  }

  /** gatttool and hcitool from PATH on the adapter, 7 connections, line-buffered output. */
  public static GatttoolSettings defaults(String adapter) {
    return new GatttoolSettings(
        adapter,
        "gatttool",
        "hcitool",
        7,
        true,
        false,
        Map.of(),
        Path.of("/sys/class/bluetooth"),
        Duration.ofSeconds(5));
  }

  /** The same settings with other tool executables. */
  public GatttoolSettings withTools(String gatttoolPath, String hcitoolPath) {
    return new GatttoolSettings(
        adapter,
        gatttoolPath,
        hcitoolPath,
        maxConnections,
        lineBuffered,
        scanDuplicates,
        environment,
        sysfs,
        scanStartTimeout);
  }

  /** The same settings with extra environment variables for the tools. */
  public GatttoolSettings withEnvironment(Map<String, String> env) {
    return new GatttoolSettings(
        adapter,
        gatttool,
        hcitool,
        maxConnections,
        lineBuffered,
        scanDuplicates,
        env,
        sysfs,
        scanStartTimeout);
  }

  /** The same settings with another connection limit. */
  public GatttoolSettings withMaxConnections(int max) {
    return new GatttoolSettings(
        adapter,
        gatttool,
        hcitool,
        max,
        lineBuffered,
        scanDuplicates,
        environment,
        sysfs,
        scanStartTimeout);
  }

  /** The same settings, scanning with or without {@code --duplicates}. */
  public GatttoolSettings withScanDuplicates(boolean duplicates) {
    return new GatttoolSettings(
        adapter,
        gatttool,
        hcitool,
        maxConnections,
        lineBuffered,
        duplicates,
        environment,
        sysfs,
        scanStartTimeout);
  }
}
