package io.gattscope.ble.gatttool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Writes the small shell wrappers that start the fake tools as separate JVM processes. */
final class FakeTools {
  private FakeTools() {}

  /** Settings whose gatttool and hcitool are the fakes, with extra environment variables. */
  static GatttoolSettings settings(Path dir, Map<String, String> env) {
    Path gatttool = script(dir, "fake-gatttool", FakeGatttool.class);
    Path hcitool = script(dir, "fake-hcitool", FakeHcitool.class);
    return GatttoolSettings.defaults("hci0")
        .withTools(gatttool.toString(), hcitool.toString())
        .withEnvironment(env);
  }

  static Path script(Path dir, String name, Class<?> main) {
    try {
      Path classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Path file = dir.resolve(name);
      Files.writeString(
          file,
          "#!/bin/sh\nexec "
              + java
              + " -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
              + classes
              + " "
              + main.getName()
              + " \"$@\"\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
