package io.gattscope.ble.gatttool;

import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleException;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans through BlueZ's D-Bus discovery when {@code org.bluez} is reachable, which needs no
 * privileges and reports RSSI and advertising data that {@code hcitool lescan} does not. The BlueZ
 * backend is found through {@link ServiceLoader} like any other, so this backend does not import
 * it.
 */
final class BluezDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(BluezDiscovery.class);
  private static final String SYSTEM_BUS_SOCKET = "/run/dbus/system_bus_socket";

  private BluezDiscovery() {}

  /**
   * Starts a D-Bus scan on the adapter, or returns empty when there is no system bus or no BlueZ on
   * it (the caller then falls back to hcitool).
   */
  static Optional<Registration> tryStart(
      GatttoolSettings settings, ScanOptions options, Consumer<Advertisement> listener) {
    String address =
        settings
            .environment()
            .getOrDefault("DBUS_SYSTEM_BUS_ADDRESS", System.getenv("DBUS_SYSTEM_BUS_ADDRESS"));
    if (address == null && !Files.exists(Path.of(SYSTEM_BUS_SOCKET))) {
      return Optional.empty();
    }
    Optional<BackendProvider> provider =
        ServiceLoader.load(BackendProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.kind().equals("bluez"))
            .findFirst();
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> environment =
        address == null ? Map.of() : Map.of("DBUS_SYSTEM_BUS_ADDRESS", address);
    BleBackend bluez =
        provider.get().create(settings.adapter(), environment, Duration.ofSeconds(2));
    try {
      bluez.start();
      Registration scan = bluez.startScan(options, listener);
      LOG.debug("scanning {} through BlueZ D-Bus discovery", settings.adapter());
      return Optional.of(
          Registration.once(
              () -> {
                try {
                  scan.close();
                } finally {
                  bluez.stop();
                }
              }));
    } catch (BleException e) {
      LOG.debug("BlueZ discovery unavailable ({}); using hcitool lescan", e.getMessage());
      bluez.stop();
      return Optional.empty();
    }
  }
}
