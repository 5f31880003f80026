package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bluez.Error.DoesNotExist;
import org.bluez.Error.Failed;
import org.bluez.Error.NotSupported;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.Variant;

/** {@code Adapter1}: records discovery calls and holds devices. */
public final class FakeAdapter extends FakeObject implements BluezApi.Adapter1 {
  private final List<String> calls = new ArrayList<>();
  private volatile Map<String, Object> filter = Map.of();

  FakeAdapter(FakeBluez bluez, String path) {
    super(bluez, path);
  }

  /** Adds a device as discovery finds it (InterfacesAdded with Device1). */
  public FakeDevice addDevice(String mac, Map<String, Variant<?>> props) throws DBusException {
    FakeDevice d = new FakeDevice(bluez, path() + "/dev_" + mac.replace(':', '_'));
    Map<String, Variant<?>> all = new LinkedHashMap<>();
    all.put("Address", new Variant<>(mac));
    all.put("AddressType", new Variant<>("public"));
    all.put("Alias", new Variant<>(mac.replace(':', '-')));
    all.put("Connected", new Variant<>(false));
    all.put("Paired", new Variant<>(false));
    all.put("ServicesResolved", new Variant<>(false));
    all.put("Adapter", new Variant<>(new DBusPath(path())));
    all.putAll(props);
    d.with(BluezApi.DEVICE, all);
    bluez.add(d);
    return d;
  }

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public Map<String, Object> filter() {
    return filter;
  }

  @Override
  public void StartDiscovery() {
    synchronized (this) {
      calls.add("StartDiscovery");
    }
    set(BluezApi.ADAPTER, "Discovering", new Variant<>(true));
  }

  @Override
  public void StopDiscovery() {
    synchronized (this) {
      calls.add("StopDiscovery");
    }
    set(BluezApi.ADAPTER, "Discovering", new Variant<>(false));
  }

  @Override
  public void SetDiscoveryFilter(Map<String, Variant<?>> filter) {
    Map<String, Object> plain = new LinkedHashMap<>();
    filter.forEach((k, v) -> plain.put(k, v.getValue()));
    this.filter = plain;
    synchronized (this) {
      calls.add("SetDiscoveryFilter");
    }
  }

  @Override
  public void RemoveDevice(DBusPath device) {
    FakeObject o = bluez.object(device.getPath());
    if (o == null) {
      throw new DoesNotExist("no device " + device.getPath());
    }
    synchronized (this) {
      calls.add("RemoveDevice " + device.getPath());
    }
    try {
      bluez.remove(o);
    } catch (DBusException e) {
      throw new Failed(e.getMessage());
    }
  }

  @Override
  public DBusPath ConnectDevice(Map<String, Variant<?>> properties) {
    throw new NotSupported("ConnectDevice is experimental");
  }
}
