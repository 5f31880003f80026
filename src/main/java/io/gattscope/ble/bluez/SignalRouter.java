package io.gattscope.ble.bluez;

import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import java.util.Map;

/**
 * Routes mirrored changes to the backend's devices: {@code Connected} false or a removed {@code
 * Device1} ends a connection, {@code Paired} true reports encryption, {@code ServicesResolved}
 * turning false and true again while connected is a changed GATT table (BlueZ's answer to Service
 * Changed), a characteristic's new {@code Value} is a notification, and a removed {@code Adapter1}
 * is the adapter's loss. Runs on the D-Bus signal thread and only hands work on; it never blocks.
 */
final class SignalRouter implements ObjectTree.Listener {
  private final String adapterPath;
  private final Map<String, BluezDevice> devices;
  private final Runnable adapterRemoved;

  SignalRouter(String adapterPath, Map<String, BluezDevice> devices, Runnable adapterRemoved) {
    this.adapterPath = adapterPath;
    this.devices = devices;
    this.adapterRemoved = adapterRemoved;
  }

  @Override
  public void interfaceRemoved(String path, String iface) {
    if (BluezApi.ADAPTER.equals(iface) && path.equals(adapterPath)) {
      adapterRemoved.run();
    } else if (BluezApi.DEVICE.equals(iface)) {
      BluezDevice d = devices.remove(path);
      if (d != null) {
        d.linkLost(new DisconnectReason(0, "BlueZ removed the device"));
      }
    }
  }

  @Override
  public void propertiesChanged(String path, String iface, Map<String, Object> changed) {
    if (BluezApi.DEVICE.equals(iface)) {
      BluezDevice d = devices.get(path);
      if (d == null) {
        return;
      }
      if (Boolean.FALSE.equals(changed.get("Connected"))
          && d.state() != ConnectionState.CONNECTING) {
        devices.remove(path, d);
        d.linkLost(new DisconnectReason(0, "BlueZ reported the link down (Connected = false)"));
      } else if (Boolean.TRUE.equals(changed.get("Paired"))) {
        d.encrypted();
      }
      Object resolved = changed.get("ServicesResolved");
      if (Boolean.FALSE.equals(resolved) && !Boolean.FALSE.equals(changed.get("Connected"))) {
        d.servicesUnresolved();
      } else if (Boolean.TRUE.equals(resolved)) {
        d.servicesResolved();
      }
    } else if (BluezApi.GATT_CHARACTERISTIC.equals(iface) && changed.containsKey("Value")) {
      int cut = path.indexOf("/service");
      BluezDevice d = cut < 0 ? null : devices.get(path.substring(0, cut));
      if (d != null) {
        Values.asBytes(changed.get("Value"))
            .ifPresent(v -> d.valueChanged(path, v, System.nanoTime()));
      }
    }
  }
}
