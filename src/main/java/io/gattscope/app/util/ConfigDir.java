package io.gattscope.app.util;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where GattScope keeps its configuration: {@code $XDG_CONFIG_HOME/gattscope} (default {@code
 * ~/.config/gattscope}) on Linux, {@code ~/Library/Application Support/GattScope} on macOS and
 * {@code %APPDATA%\GattScope} on Windows.
 */
public final class ConfigDir {
  private ConfigDir() {}

  /** The directory for this user and platform. */
  public static Path user() {
    return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }

  /** The directory for the given environment, OS name and home (tests pass their own). */
  static Path of(Map<String, String> env, String osName, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win") && env.get("APPDATA") != null) {
      return Path.of(env.get("APPDATA"), "GattScope");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "GattScope");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(home, ".config");
    return base.resolve("gattscope");
  }
}
