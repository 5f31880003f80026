package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.bin.EmbeddedDBusDaemon;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.types.Variant;

/**
 * A fake {@code org.bluez} on a private in-JVM bus: the object manager at {@code /}, the agent
 * manager at {@code /org/bluez}, adapters, devices and GATT objects written in Java, emitting the
 * signals BlueZ emits.
 */
public final class FakeBluez implements AutoCloseable {
  private final Path dir;
  private final String address;
  private final EmbeddedDBusDaemon daemon;
  private final DBusConnection connection;
  private final Map<String, FakeObject> objects = new LinkedHashMap<>();
  private final List<String> journal = new CopyOnWriteArrayList<>();
  final FakeAgentManager agentManager;

  private FakeBluez(Path dir, String address, EmbeddedDBusDaemon daemon, DBusConnection c) {
    this.dir = dir;
    this.address = address;
    this.daemon = daemon;
    this.connection = c;
    this.agentManager = new FakeAgentManager(this);
  }

  /**
   * Starts a private bus and claims {@code org.bluez} on it. On a loaded machine the embedded
   * daemon now and then never opens its socket or resets the first login, so up to three daemons
   * are tried.
   */
  public static FakeBluez start() throws Exception {
    Exception last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      Path dir = Files.createTempDirectory("fakebluez");
      String guid = UUID.randomUUID().toString().replace("-", "");
      String address = "unix:path=" + dir.resolve("bus.sock") + ",guid=" + guid;
      EmbeddedDBusDaemon daemon = new EmbeddedDBusDaemon(address + ",listen=true");
      try {
        daemon.startInBackgroundAndWait(3000);
        DBusConnection c = connect(address);
        FakeBluez f = new FakeBluez(dir, address, daemon, c);
        c.exportObject("/", new Root(f));
        c.exportObject("/org/bluez", f.agentManager);
        c.requestBusName(BluezApi.SERVICE);
        return f;
      } catch (DBusException | IllegalStateException | NullPointerException e) {
        last = e;
        daemon.close();
        deleteDir(dir);
      }
    }
    throw last;
  }

  /**
   * Connects to the fresh daemon, retrying for up to two seconds while its socket appears. A daemon
   * that drops the first login makes dbus-java fail with a NullPointerException (its transport is
   * gone before it reads the configuration), so that is retried too.
   */
  private static DBusConnection connect(String address) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (true) {
      try {
        return DBusConnectionBuilder.forAddress(address).withShared(false).build();
      } catch (DBusException | NullPointerException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  /**
   * GATT traffic in the order the fake saw it: {@code "ReadValue arrived <path>"}, {@code
   * "ReadValue answered <path>"}, {@code "WriteValue <path>"}, {@code "StopNotify <path>"}, {@code
   * "Disconnect <path>"}.
   */
  public List<String> journal() {
    return List.copyOf(journal);
  }

  void record(String event) {
    journal.add(event);
  }

  public String address() {
    return address;
  }

  DBusConnection connection() {
    return connection;
  }

  /** Adds an adapter at {@code /org/bluez/<name>}. */
  public FakeAdapter addAdapter(String name, String mac) throws DBusException {
    FakeAdapter a = new FakeAdapter(this, "/org/bluez/" + name);
    a.with(
        BluezApi.ADAPTER,
        Map.of(
            "Address", new Variant<>(mac),
            "Alias", new Variant<>("fake-" + name),
            "Powered", new Variant<>(true),
            "Discovering", new Variant<>(false)));
    add(a);
    return a;
  }

  /** Exports an object and announces it with InterfacesAdded. */
  void add(FakeObject o) throws DBusException {
    synchronized (objects) {
      objects.put(o.path(), o);
    }
    connection.exportObject(o.path(), o);
    connection.sendMessage(
        new ObjectManager.InterfacesAdded("/", new DBusPath(o.path()), o.snapshot()));
  }

  /** Unexports an object and announces it with InterfacesRemoved. */
  public void remove(FakeObject o) throws DBusException {
    List<String> ifaces = new ArrayList<>(o.snapshot().keySet());
    synchronized (objects) {
      objects.remove(o.path());
    }
    connection.unExportObject(o.path());
    connection.sendMessage(
        new ObjectManager.InterfacesRemoved("/", new DBusPath(o.path()), ifaces));
  }

  /**
   * Gives up the name {@code org.bluez}, as a stopped bluetoothd would. The embedded daemon's own
   * NameOwnerChanged comes without arguments, which dbus-java cannot decode, so the fake also sends
   * the signal dbus-daemon would send: {@code org.bluez}, old owner, no new owner.
   */
  public void releaseName() throws DBusException {
    String owner = connection.getUniqueName();
    connection.releaseBusName(BluezApi.SERVICE);
    connection.sendMessage(
        new DBus.NameOwnerChanged("/org/freedesktop/DBus", BluezApi.SERVICE, owner, ""));
  }

  /** Stops the bus daemon, dropping every connection to it, as a crashed dbus-daemon would. */
  public void stopBus() throws IOException {
    daemon.close();
  }

  /** What was called on the agent manager, in order. */
  public List<String> agentCalls() {
    return agentManager.calls();
  }

  /** The capability of the last registered agent. */
  public String agentCapability() {
    return agentManager.capability();
  }

  FakeObject object(String path) {
    synchronized (objects) {
      return objects.get(path);
    }
  }

  Map<DBusPath, Map<String, Map<String, Variant<?>>>> managed() {
    Map<DBusPath, Map<String, Map<String, Variant<?>>>> out = new LinkedHashMap<>();
    synchronized (objects) {
      objects.values().forEach(o -> out.put(new DBusPath(o.path()), o.snapshot()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    connection.disconnect();
    daemon.close();
    deleteDir(dir);
  }

  private static void deleteDir(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  /** The object manager at {@code /}. */
  private record Root(FakeBluez bluez) implements ObjectManager {
    @Override
    public Map<DBusPath, Map<String, Map<String, Variant<?>>>> GetManagedObjects() {
      return bluez.managed();
    }

    @Override
    public String getObjectPath() {
      return "/";
    }
  }
}
