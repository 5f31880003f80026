package io.gattscope.ble.gatttool;

import io.gattscope.ble.AdapterUnavailableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts gatttool and hcitool with an argument list (never a shell, never sudo). */
final class ToolProcess {
  private ToolProcess() {}

  /**
   * Starts {@code executable args...}, stderr merged into stdout, under {@code stdbuf -oL} when the
   * settings ask for it and stdbuf exists.
   *
   * @throws AdapterUnavailableException when the tool is missing or cannot be started
   */
  static Process start(GatttoolSettings settings, String executable, List<String> args) {
    String exe =
        Executables.find(executable)
            .orElseThrow(
                () ->
                    new AdapterUnavailableException(
                        "'"
                            + executable
                            + "' was not found or is not executable"
                            + (executable.contains("/") ? "" : " on PATH")
                            + "; install BlueZ's legacy tools or configure the path"))
            .toString();
    List<String> command = new ArrayList<>();
    if (settings.lineBuffered()) {
      Executables.find("stdbuf")
          .ifPresent(
              s -> {
                command.add(s.toString());
                command.add("-oL");
              });
    }
    command.add(exe);
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(settings.environment());
    try {
      return pb.start();
    } catch (IOException e) {
      throw new AdapterUnavailableException("cannot start " + exe + ": " + e.getMessage(), e);
    }
  }
}
