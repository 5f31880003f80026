package io.gattscope.ble.bluez;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;

/**
 * A local copy of BlueZ's object tree: path → interface → property → plain value. It is filled from
 * one {@code GetManagedObjects} and kept current by the {@code InterfacesAdded}, {@code
 * InterfacesRemoved} and {@code PropertiesChanged} signals; nothing is polled. Listeners and
 * waiters run on the thread that applied the change (a D-Bus signal thread) and must not block.
 */
final class ObjectTree {

  /** Hears changes after they are applied. */
  interface Listener {
    default void interfaceAdded(String path, String iface, Map<String, Object> props) {}

    default void interfaceRemoved(String path, String iface) {}

    default void propertiesChanged(String path, String iface, Map<String, Object> changed) {}
  }

  private record Waiter(
      String path, String iface, Predicate<Map<String, Object>> done, CompletableFuture<Void> f) {}

  private final TreeMap<String, Map<String, Map<String, Object>>> objects = new TreeMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final List<Waiter> waiters = new CopyOnWriteArrayList<>();

  /** Replaces the whole tree with a {@code GetManagedObjects} answer. */
  void load(Map<DBusPath, Map<String, Map<String, Variant<?>>>> managed) {
    synchronized (objects) {
      objects.clear();
      managed.forEach(
          (path, ifaces) -> {
            Map<String, Map<String, Object>> byIface = new LinkedHashMap<>();
            ifaces.forEach((i, props) -> byIface.put(i, Values.plainProperties(props)));
            objects.put(path.getPath(), byIface);
          });
    }
  }

  void addListener(Listener l) {
    listeners.add(l);
  }

  void removeListener(Listener l) {
    listeners.remove(l);
  }

  /** Applies {@code InterfacesAdded}. */
  void interfacesAdded(String path, Map<String, Map<String, Variant<?>>> ifaces) {
    Map<String, Map<String, Object>> added = new LinkedHashMap<>();
    ifaces.forEach((i, props) -> added.put(i, Values.plainProperties(props)));
    synchronized (objects) {
      Map<String, Map<String, Object>> byIface =
          objects.computeIfAbsent(path, p -> new LinkedHashMap<>());
      added.forEach((i, props) -> byIface.put(i, new LinkedHashMap<>(props)));
    }
    added.forEach((i, props) -> listeners.forEach(l -> l.interfaceAdded(path, i, props)));
    checkWaiters(path);
  }

  /** Applies {@code InterfacesRemoved}. */
  void interfacesRemoved(String path, List<String> ifaces) {
    synchronized (objects) {
      Map<String, Map<String, Object>> byIface = objects.get(path);
      if (byIface != null) {
        ifaces.forEach(byIface::remove);
        if (byIface.isEmpty()) {
          objects.remove(path);
        }
      }
    }
    ifaces.forEach(i -> listeners.forEach(l -> l.interfaceRemoved(path, i)));
    checkWaiters(path);
  }

  /** Applies {@code PropertiesChanged}; changes to unknown objects are ignored. */
  void propertiesChanged(
      String path, String iface, Map<String, Variant<?>> changed, List<String> invalidated) {
    Map<String, Object> plain = Values.plainProperties(changed);
    synchronized (objects) {
      Map<String, Map<String, Object>> byIface = objects.get(path);
      if (byIface == null || !byIface.containsKey(iface)) {
        return;
      }
      Map<String, Object> props = byIface.get(iface);
      props.putAll(plain);
      invalidated.forEach(props::remove);
    }
    listeners.forEach(l -> l.propertiesChanged(path, iface, plain));
    checkWaiters(path);
  }

  /** BlueZ left the bus: every object is announced as removed, as if BlueZ had said so. */
  void clear() {
    Map<String, List<String>> all = new LinkedHashMap<>();
    synchronized (objects) {
      objects.forEach((path, ifaces) -> all.put(path, new ArrayList<>(ifaces.keySet())));
    }
    all.forEach(this::interfacesRemoved);
  }

  /** A copy of one interface's properties, if the object has that interface now. */
  Optional<Map<String, Object>> properties(String path, String iface) {
    synchronized (objects) {
      Map<String, Map<String, Object>> byIface = objects.get(path);
      Map<String, Object> props = byIface == null ? null : byIface.get(iface);
      return props == null ? Optional.empty() : Optional.of(new LinkedHashMap<>(props));
    }
  }

  /** The paths at or below {@code prefix} (in path order) that have the interface. */
  List<String> paths(String prefix, String iface) {
    List<String> out = new ArrayList<>();
    synchronized (objects) {
      for (var e : objects.tailMap(prefix, true).entrySet()) {
        if (!e.getKey().startsWith(prefix)) {
          break;
        }
        if (e.getValue().containsKey(iface)) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }

  /**
   * Completes once the interface's properties (an empty map when the interface is gone) satisfy
   * {@code done}; checked now and after every change to that path.
   */
  CompletableFuture<Void> await(String path, String iface, Predicate<Map<String, Object>> done) {
    Waiter w = new Waiter(path, iface, done, new CompletableFuture<>());
    waiters.add(w);
    w.f().whenComplete((v, e) -> waiters.remove(w));
    check(w);
    return w.f();
  }

  private void checkWaiters(String path) {
    for (Waiter w : waiters) {
      if (w.path().equals(path)) {
        check(w);
      }
    }
  }

  private void check(Waiter w) {
    try {
      if (w.done().test(properties(w.path(), w.iface()).orElse(Map.of()))) {
        w.f().complete(null);
      }
    } catch (RuntimeException e) {
      w.f().completeExceptionally(e);
    }
  }
}
