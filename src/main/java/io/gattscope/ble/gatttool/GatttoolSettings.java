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

  /**
   * Checks the adapter name, the tool names and the connection limit, and copies the environment.
   *
   * @param adapter the HCI device, {@code hci0} to {@code hci99}
   * @param gatttool the gatttool executable: a name looked up on PATH or a path
   * @param hcitool the hcitool executable (for scanning): a name on PATH or a path
   * @param maxConnections how many connections (gatttool processes) may run at once (1 to 64)
   * @param lineBuffered whether to run the tools under {@code stdbuf -oL} when it exists
   * @param scanDuplicates whether scans pass {@code --duplicates}
   * @param environment extra environment variables for the tools; copied
   * @param sysfs the directory listing HCI devices, normally {@code /sys/class/bluetooth}
   * @param scanStartTimeout how long a scan may take to report that it started
   * @throws IllegalArgumentException if the adapter is not hci0 to hci99, a tool is not named, or
   *     the limit is outside 1 to 64
   * @throws NullPointerException if the environment is missing
   */
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

  /**
   * gatttool and hcitool from PATH on the adapter, 7 connections, line-buffered output.
   *
   * @param adapter the HCI device, {@code hci0} to {@code hci99}
   * @return the settings, without {@code --duplicates}, reading /sys/class/bluetooth and waiting up
   *     to 5 s for a scan to start
   * @throws IllegalArgumentException if the adapter is not hci0 to hci99
   */
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

  /**
   * The same settings with other tool executables.
   *
   * @param gatttoolPath the gatttool executable: a name on PATH or a path
   * @param hcitoolPath the hcitool executable: a name on PATH or a path
   * @return the copy; this one is unchanged
   * @throws IllegalArgumentException if a tool is not named
   */
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

  /**
   * The same settings with extra environment variables for the tools.
   *
   * @param env the variables, replacing any set before; copied
   * @return the copy; this one is unchanged
   */
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

  /**
   * The same settings with another connection limit.
   *
   * @param max how many gatttool processes may run at once (1 to 64)
   * @return the copy; this one is unchanged
   * @throws IllegalArgumentException if the limit is outside 1 to 64
   */
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

  /**
   * The same settings, scanning with or without {@code --duplicates}.
   *
   * @param duplicates true to report every advertising packet, false for the first of each device
   *     only
   * @return the copy; this one is unchanged
   */
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
