package io.gattscope.ble.bluez.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/** One object of the fake BlueZ tree: a path, its interfaces and their properties. */
public class FakeObject implements Properties {
  protected final FakeBluez bluez;
  private final String path;
  private final Map<String, Map<String, Variant<?>>> interfaces = new LinkedHashMap<>();

  FakeObject(FakeBluez bluez, String path) {
    this.bluez = bluez;
    this.path = path;
  }

  public String path() {
    return path;
  }

  @Override
  public String getObjectPath() {
    return path;
  }

  synchronized FakeObject with(String iface, Map<String, Variant<?>> props) {
    interfaces.put(iface, new LinkedHashMap<>(props));
    return this;
  }

  synchronized Map<String, Map<String, Variant<?>>> snapshot() {
    Map<String, Map<String, Variant<?>>> copy = new LinkedHashMap<>();
    interfaces.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
    return copy;
  }

  /** Changes properties and emits PropertiesChanged like BlueZ. */
  public void set(String iface, Map<String, Variant<?>> changed) {
    synchronized (this) {
      interfaces.get(iface).putAll(changed);
    }
    try {
      bluez.connection().sendMessage(new PropertiesChanged(path, iface, changed, List.of()));
    } catch (DBusException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Changes one property. */
  public void set(String iface, String name, Variant<?> value) {
    set(iface, Map.of(name, value));
  }

  public synchronized Object get(String iface, String name) {
    Variant<?> v = interfaces.get(iface).get(name);
    return v == null ? null : v.getValue();
  }

  @SuppressWarnings("unchecked")
  @Override
  public synchronized <A> A Get(String iface, String name) {
    return (A) interfaces.get(iface).get(name).getValue();
  }

  @Override
  public <A> void Set(String iface, String name, A value) {
    set(iface, name, new Variant<>(value));
  }

  @Override
  public synchronized Map<String, Variant<?>> GetAll(String iface) {
    return new LinkedHashMap<>(interfaces.getOrDefault(iface, Map.of()));
  }
}
