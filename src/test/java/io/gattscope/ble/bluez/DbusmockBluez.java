package io.gattscope.ble.bluez;

import io.gattscope.testsupport.Waits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private {@code dbus-daemon} with python-dbusmock's {@code bluez5} template on it: an
 * independent BlueZ stand-in written from BlueZ's API documents (adapters, devices, pairing, no
 * GATT objects).
 */
final class DbusmockBluez implements AutoCloseable {
  /** The template's control interface at {@code /}. */
  @DBusInterfaceName("org.bluez.Mock")
  interface BluezMock extends DBusInterface {
    String AddAdapter(String deviceName, String systemName);

    String AddDevice(String adapterDeviceName, String deviceAddress, String alias);

    void RemoveAdapter(String deviceName);
  }

  /** dbusmock's generic control interface on every mocked object. */
  @DBusInterfaceName("org.freedesktop.DBus.Mock")
  interface Mock extends DBusInterface {
    void UpdateProperties(String iface, Map<String, Variant<?>> properties);
  }

  static final String PYTHON = "/usr/bin/python3";

  private final Path dir;
  private final Process daemon;
  private final Process mock;
  private final String address;
  private final DBusConnection control;

  private DbusmockBluez(Path dir, Process daemon, Process mock, String address, DBusConnection c) {
    this.dir = dir;
    this.daemon = daemon;
    this.mock = mock;
    this.address = address;
    this.control = c;
  }

  /**
   * Skips the calling test when dbus-daemon or python3-dbusmock is missing, or fails it when the
   * environment variable CI is "true".
   */
  static void requireTools() {
    String missing = null;
    if (!Files.isExecutable(Path.of("/usr/bin/dbus-daemon"))) {
      missing = "dbus-daemon (apt-get install dbus)";
    } else if (!hasDbusmock()) {
      missing = "python3-dbusmock (apt-get install python3-dbusmock)";
    }
    if (missing != null) {
      String message = "BlueZ interop test needs " + missing;
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(message + "; CI=true, so a missing tool is a failure");
      }
      Assumptions.abort(message);
    }
  }

  private static boolean hasDbusmock() {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      return false;
    }
    try {
      Process p =
          new ProcessBuilder(PYTHON, "-c", "import dbusmock").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static DbusmockBluez start() throws Exception {
    Path dir = Files.createTempDirectory("dbusmock");
    Process daemon =
        new ProcessBuilder(
                "/usr/bin/dbus-daemon",
                "--session",
                "--nofork",
                "--print-address=1",
                "--address=unix:path=" + dir.resolve("bus.sock"))
            .redirectError(dir.resolve("daemon.log").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
    String address =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .get(10, TimeUnit.SECONDS);
    if (address == null || !address.startsWith("unix:")) {
      daemon.destroy();
      throw new IllegalStateException("dbus-daemon printed no address: " + address);
    }
    ProcessBuilder pb =
        new ProcessBuilder(PYTHON, "-m", "dbusmock", "--session", "--template", "bluez5")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("dbusmock.log").toFile());
    pb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
    Process mock = pb.start();
    DBusConnection c = DBusConnectionBuilder.forAddress(address).withShared(false).build();
    DbusmockBluez m = new DbusmockBluez(dir, daemon, mock, address, c);
    try {
      m.awaitBluez(Duration.ofSeconds(15));
    } catch (Exception e) {
      m.close();
      throw e;
    }
    return m;
  }

  private void awaitBluez(Duration timeout) throws Exception {
    DBus dbus =
        control.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
    try {
      Waits.waitFor(
          timeout,
          "dbusmock claiming org.bluez",
          () -> {
            if (!mock.isAlive()) {
              throw new AssertionError("dbusmock ended");
            }
            return dbus.NameHasOwner("org.bluez");
          });
    } catch (AssertionError e) {
      throw new IllegalStateException(
          e.getMessage() + ": " + Files.readString(dir.resolve("dbusmock.log")), e);
    }
  }

  String address() {
    return address;
  }

  BluezMock bluez() throws Exception {
    return control.getRemoteObject("org.bluez", "/", BluezMock.class);
  }

  void updateProperties(String path, String iface, Map<String, Variant<?>> props) throws Exception {
    control.getRemoteObject("org.bluez", path, Mock.class).UpdateProperties(iface, props);
  }

  /** Ends the dbusmock process (the bus stays): org.bluez loses its owner like a crashed daemon. */
  void stopBluez() throws InterruptedException {
    mock.destroy();
    mock.waitFor(5, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    control.disconnect();
    mock.destroy();
    daemon.destroy();
    try {
      mock.waitFor(5, TimeUnit.SECONDS);
      daemon.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }
}
