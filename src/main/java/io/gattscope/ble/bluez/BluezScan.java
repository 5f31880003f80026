package io.gattscope.ble.bluez;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One discovery session: {@code SetDiscoveryFilter} (Transport "le", DuplicateData true so BlueZ
 * keeps reporting RSSI and data changes of known devices, RSSI threshold when set), then {@code
 * StartDiscovery}; every {@code Device1} that appears or whose advertising properties change
 * becomes an {@link Advertisement}. Closing it calls {@code StopDiscovery}.
 */
final class BluezScan implements AutoCloseable, ObjectTree.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(BluezScan.class);
  private static final Set<String> ADVERTISING =
      Set.of(
          "RSSI",
          "ManufacturerData",
          "ServiceData",
          "Name",
          "Alias",
          "UUIDs",
          "TxPower",
          "Appearance",
          "AdvertisingFlags");

  private final BluezBus bus;
  private final String adapterPath;
  private final Consumer<Advertisement> listener;
  private final ExecutorService events;
  private final Duration timeout;
  private final Runnable onClose;
  private volatile boolean open = true;

  BluezScan(
      BluezBus bus,
      String adapterPath,
      Consumer<Advertisement> listener,
      Duration timeout,
      Runnable onClose) {
    this.bus = bus;
    this.adapterPath = adapterPath;
    this.listener = listener;
    this.timeout = timeout;
    this.onClose = onClose;
    this.events = EventExecutor.create("bluez-scan " + adapterPath);
  }

  /** The discovery filter BlueZ gets. */
  static Map<String, Variant<?>> filter(Integer rssiThreshold) {
    Map<String, Variant<?>> f = new LinkedHashMap<>();
    f.put("Transport", new Variant<>("le"));
    f.put("DuplicateData", new Variant<>(Boolean.TRUE));
    if (rssiThreshold != null) {
      f.put("RSSI", new Variant<>(rssiThreshold.shortValue()));
    }
    return f;
  }

  /** Sets the filter and starts discovery; completes when BlueZ has started. */
  CompletableFuture<Void> start(Integer rssiThreshold) {
    var adapter = bus.remote(adapterPath, BluezApi.Adapter1.class);
    bus.tree().addListener(this);
    return bus.within(
        bus.<Void>call(adapter, "SetDiscoveryFilter", filter(rssiThreshold))
            .thenCompose(v -> bus.<Void>call(adapter, "StartDiscovery")),
        timeout,
        "StartDiscovery on " + adapterPath);
  }

  @Override
  public void interfaceAdded(String path, String iface, Map<String, Object> props) {
    if (BluezApi.DEVICE.equals(iface) && isOurs(path)) {
      report(path);
    }
  }

  @Override
  public void propertiesChanged(String path, String iface, Map<String, Object> changed) {
    if (BluezApi.DEVICE.equals(iface)
        && isOurs(path)
        && changed.keySet().stream().anyMatch(ADVERTISING::contains)) {
      report(path);
    }
  }

  private boolean isOurs(String path) {
    return open
        && path.startsWith(adapterPath + "/dev_")
        && path.indexOf('/', adapterPath.length() + 1) < 0;
  }

  private void report(String path) {
    long now = System.nanoTime();
    bus.tree()
        .properties(path, BluezApi.DEVICE)
        .flatMap(p -> toAdvertisement(p, now))
        .ifPresent(
            a ->
                events.execute(
                    EventExecutor.logging(
                        "scan listener",
                        () -> {
                          if (open) {
                            listener.accept(a);
                          }
                        })));
  }

  /** The advertisement for a device's properties; empty without a valid {@code Address}. */
  static Optional<Advertisement> toAdvertisement(Map<String, Object> p, long now) {
    BleAddress address;
    try {
      address = BleAddress.parse(Values.string(p, "Address").orElse(""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    AddressType type =
        "random".equals(p.get("AddressType")) ? AddressType.RANDOM : AddressType.PUBLIC;
    int rssi = Values.integer(p, "RSSI").orElse(-127);
    return Optional.of(
        new Advertisement(
            address,
            type,
            rssi,
            Advertisement.PacketType.CONNECTABLE,
            AdvertisementEncoder.encode(p),
            now));
  }

  /** Stops delivery and discovery; never throws. */
  @Override
  public void close() {
    if (!open) {
      return;
    }
    open = false;
    bus.tree().removeListener(this);
    events.shutdown();
    onClose.run();
    try {
      bus.within(
              bus.<Void>call(bus.remote(adapterPath, BluezApi.Adapter1.class), "StopDiscovery"),
              timeout,
              "StopDiscovery")
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.debug("StopDiscovery on {} failed: {}", adapterPath, e.toString());
    }
  }

  /** Ends the session without talking to BlueZ (the adapter is gone). */
  void abandon() {
    open = false;
    bus.tree().removeListener(this);
    events.shutdown();
    onClose.run();
  }
}
