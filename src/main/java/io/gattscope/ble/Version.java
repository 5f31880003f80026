package io.gattscope.ble;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, as the build stamped it. */
public final class Version {
  private static final String RESOURCE = "version.properties";

  private Version() {}

  /**
   * The version of this GattScope build, e.g. {@code 0.1.0-SNAPSHOT}.
   *
   * @return the jar manifest's Implementation-Version, else the version the build wrote into the
   *     class path resource {@code io/gattscope/ble/version.properties}, else {@code "unknown"}
   */
  public static String get() {
    String fromManifest = Version.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return "unknown";
  }
}
