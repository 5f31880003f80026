package io.gattscope.ble.bluez;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds BlueZ adapters on the system bus ({@code DBUS_SYSTEM_BUS_ADDRESS} honoured) and opens them
 * by name: {@code bluez:hci0}, or {@code bluez} for the first adapter.
 */
public final class BluezBackendProvider implements BackendProvider {
  /** How long {@link #available()} may spend finding BlueZ. */
  static final Duration PROBE_TIMEOUT = Duration.ofMillis(800);

  static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(BluezBackendProvider.class);

  private final String busAddress;

  /** The provider for the system bus. */
  public BluezBackendProvider() {
    this(null);
  }

  /**
   * A provider for another bus (tests, unusual setups); null means the system bus.
   *
   * @param busAddress the D-Bus address to connect to, or null for the system bus
   */
  public BluezBackendProvider(String busAddress) {
    this.busAddress = busAddress;
  }

  @Override
  public String kind() {
    return "bluez";
  }

  /** The adapters BlueZ has now; empty when the bus or BlueZ is not reachable within ~1 s. */
  @Override
  public List<AdapterDescriptor> available() {
    CompletableFuture<List<AdapterDescriptor>> probe = new CompletableFuture<>();
    Thread t = new Thread(() -> probe.complete(probe()), "bluez-probe");
    t.setDaemon(true);
    t.start();
    try {
      return probe.get(PROBE_TIMEOUT.toMillis() + 200, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (ExecutionException | TimeoutException e) {
      LOG.debug("no BlueZ adapters in time: {}", e.toString());
      return List.of();
    }
  }

  private List<AdapterDescriptor> probe() {
    try (BluezBus bus = BluezBus.open(BluezBus.resolveAddress(busAddress), PROBE_TIMEOUT)) {
      List<AdapterDescriptor> out = new ArrayList<>();
      for (String path : bus.tree().paths("/org/bluez/", BluezApi.ADAPTER)) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Map<String, Object> p = bus.tree().properties(path, BluezApi.ADAPTER).orElse(Map.of());
        String label =
            "BlueZ "
                + name
                + Values.string(p, "Address").map(a -> " (" + a + ")").orElse("")
                + (Values.flag(p, "Powered") ? "" : " (off)");
        out.add(new AdapterDescriptor("bluez:" + name, label, "bluez", false));
      }
      return out;
    } catch (RuntimeException e) {
      LOG.debug("no BlueZ adapters: {}", e.getMessage());
      return List.of();
    }
  }

  @Override
  public BleBackend create(String argument) {
    String name = argument == null || argument.isBlank() ? firstAdapter() : argument.trim();
    return new BluezBackend(name, busAddress, CALL_TIMEOUT);
  }

  /**
   * The backend on the bus that {@code DBUS_SYSTEM_BUS_ADDRESS} in the environment names, if any.
   */
  @Override
  public BleBackend create(String argument, Map<String, String> environment, Duration callTimeout) {
    String bus = environment.getOrDefault("DBUS_SYSTEM_BUS_ADDRESS", busAddress);
    String name = argument == null || argument.isBlank() ? firstAdapter() : argument.trim();
    return new BluezBackend(name, bus, callTimeout);
  }

  private String firstAdapter() {
    List<AdapterDescriptor> all = available();
    if (all.isEmpty()) {
      throw new AdapterUnavailableException(
          "no BlueZ adapter found on "
              + BluezBus.resolveAddress(busAddress)
              + " (is bluetoothd running and an adapter present?)");
    }
    return all.get(0).id().substring("bluez:".length());
  }

  @Override
  public int priority() {
    return 20;
  }
}
