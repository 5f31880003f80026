package io.gattscope.ble.bluez;

import io.gattscope.ble.BondInfo;
import io.gattscope.ble.Futures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.freedesktop.dbus.DBusPath;

/**
 * The bonds of one adapter: its paired {@code Device1} objects. Deleting a bond removes the device
 * from BlueZ ({@code Adapter1.RemoveDevice}); BlueZ publishes no key size, MITM flag or key set.
 */
final class BluezBonds {
  private final BluezBus bus;
  private final String adapterPath;
  private final Duration timeout;

  BluezBonds(BluezBus bus, String adapterPath, Duration timeout) {
    this.bus = bus;
    this.adapterPath = adapterPath;
    this.timeout = timeout;
  }

  /** The object paths of the paired devices, in path order. */
  List<String> pairedPaths() {
    return bus.tree().paths(adapterPath + "/", BluezApi.DEVICE).stream()
        .filter(
            p ->
                bus.tree()
                    .properties(p, BluezApi.DEVICE)
                    .map(m -> Values.flag(m, "Paired"))
                    .orElse(false))
        .toList();
  }

  /** The paired devices numbered from 0; key size, MITM and keys are 0 and false (unknown). */
  List<BondInfo> list() {
    List<BondInfo> out = new ArrayList<>();
    for (int i = 0; i < pairedPaths().size(); i++) {
      out.add(new BondInfo(i, 0, false, 0));
    }
    return out;
  }

  /** Removes one device and its bond; blocking up to the call timeout. */
  void remove(String path) {
    CompletableFuture<Void> f =
        bus.call(
            bus.remote(adapterPath, BluezApi.Adapter1.class), "RemoveDevice", new DBusPath(path));
    try {
      Futures.await(f, timeout, "RemoveDevice " + path);
    } catch (RuntimeException e) {
      throw BluezErrors.map(e, "removing the bond of " + path, BluezErrors.Kind.OTHER, 0);
    }
  }
}
