package io.gattscope.ble.bluez;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.IDisconnectCallback;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.CallbackHandler;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One private connection to the bus that carries {@code org.bluez}, the mirrored object tree, and
 * asynchronous method calls with timeouts. When {@code org.bluez} loses its owner (bluetoothd
 * stopped or crashed) or the connection to the bus breaks, every mirrored object is removed, so
 * adapters and devices report their loss, and {@link #lossReason()} says which it was.
 */
final class BluezBus implements AutoCloseable {
  static final String DEFAULT_SYSTEM_BUS = "unix:path=/var/run/dbus/system_bus_socket";
  private static final Logger LOG = LoggerFactory.getLogger(BluezBus.class);

  private final DBusConnection connection;
  private final String address;
  private final ObjectTree tree = new ObjectTree();
  private final List<AutoCloseable> handlers = new ArrayList<>();
  private final ScheduledExecutorService timer;
  private final AtomicReference<String> lossReason = new AtomicReference<>();

  private BluezBus(DBusConnection connection, String address) {
    this.connection = connection;
    this.address = address;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bluez-timeouts");
              t.setDaemon(true);
              return t;
            });
  }

  /** The address to use: the given one, else {@code DBUS_SYSTEM_BUS_ADDRESS}, else the default. */
  static String resolveAddress(String explicit) {
    if (explicit != null && !explicit.isBlank()) {
      return explicit.trim();
    }
    String env = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
    return env == null || env.isBlank() ? DEFAULT_SYSTEM_BUS : env.trim();
  }

  /**
   * Connects, checks that {@code org.bluez} is there, subscribes to its signals and loads the tree.
   *
   * @throws AdapterUnavailableException when the bus or BlueZ cannot be reached in time
   */
  static BluezBus open(String address, Duration timeout) {
    checkSocket(address);
    AtomicReference<BluezBus> opened = new AtomicReference<>();
    IDisconnectCallback dropped =
        new IDisconnectCallback() {
          @Override
          public void disconnectOnError(IOException e) {
            connectionLost(opened.get(), e);
          }

          @Override
          public void exceptionOnTerminate(IOException e) {
            connectionLost(opened.get(), e);
          }
        };
    CompletableFuture<DBusConnection> connecting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return DBusConnectionBuilder.forAddress(address)
                    .withShared(false)
                    .withDisconnectCallback(dropped)
                    .receivingThreadConfig()
                    .withSignalThreadCount(1)
                    .connectionConfig()
                    .build();
              } catch (DBusException e) {
                throw new AdapterUnavailableException(
                    "cannot connect to the D-Bus bus at " + address + ": " + e.getMessage(), e);
              }
            },
            BluezBus::daemonThread);
    DBusConnection c;
    try {
      c = connecting.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      connecting.thenAccept(BluezBus::quietClose);
      throw new AdapterUnavailableException(
          "the D-Bus bus at " + address + " did not answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterUnavailableException("interrupted while connecting to " + address);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof BleException b
          ? b
          : new AdapterUnavailableException("cannot connect to " + address, e.getCause());
    }
    BluezBus bus = new BluezBus(c, address);
    opened.set(bus);
    try {
      bus.start(timeout);
      return bus;
    } catch (RuntimeException e) {
      bus.close();
      throw e;
    }
  }

  private static void connectionLost(BluezBus bus, IOException e) {
    if (bus != null) {
      bus.lost("the D-Bus connection to " + bus.address + " was lost (" + e.getMessage() + ")");
    }
  }

  /**
   * BlueZ is out of reach: the first reason is kept and logged, and every mirrored object is
   * announced as removed.
   */
  private void lost(String reason) {
    if (lossReason.compareAndSet(null, reason)) {
      LOG.warn("{}", reason);
      tree.clear();
    }
  }

  /** Why BlueZ went out of reach, once it has: it left the bus, or the bus connection broke. */
  Optional<String> lossReason() {
    return Optional.ofNullable(lossReason.get());
  }

  private static void daemonThread(Runnable r) {
    Thread t = new Thread(r, "bluez-connect");
    t.setDaemon(true);
    t.start();
  }

  private static void checkSocket(String address) {
    if (!address.startsWith("unix:")) {
      throw new AdapterUnavailableException(
          "only unix: D-Bus addresses are supported, got '" + address + "'");
    }
    for (String part : address.substring(5).split(",")) {
      if (part.startsWith("path=") && !Files.exists(Path.of(part.substring(5)))) {
        throw new AdapterUnavailableException(
            "no D-Bus bus at "
                + part.substring(5)
                + " (is dbus running? set DBUS_SYSTEM_BUS_ADDRESS for another bus)");
      }
    }
  }

  private void start(Duration timeout) {
    try {
      DBus dbus =
          connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
      Boolean owned =
          await(
              this.<Boolean>call(dbus, "NameHasOwner", BluezApi.SERVICE), timeout, "NameHasOwner");
      if (!Boolean.TRUE.equals(owned)) {
        throw new AdapterUnavailableException(
            "BlueZ (org.bluez) is not running on the bus at " + address);
      }
      handlers.add(
          connection.addSigHandler(
              ObjectManager.InterfacesAdded.class,
              s ->
                  guard(
                      "InterfacesAdded",
                      () -> {
                        if (BluezTraffic.enabled()) {
                          BluezTraffic.signal(
                              "InterfacesAdded", s.getSignalSource().getPath(), s.getInterfaces());
                        }
                        tree.interfacesAdded(s.getSignalSource().getPath(), s.getInterfaces());
                      })));
      handlers.add(
          connection.addSigHandler(
              ObjectManager.InterfacesRemoved.class,
              s ->
                  guard(
                      "InterfacesRemoved",
                      () -> {
                        if (BluezTraffic.enabled()) {
                          BluezTraffic.signal(
                              "InterfacesRemoved",
                              s.getSignalSource().getPath(),
                              s.getInterfaces());
                        }
                        tree.interfacesRemoved(s.getSignalSource().getPath(), s.getInterfaces());
                      })));
      handlers.add(
          connection.addSigHandler(
              Properties.PropertiesChanged.class,
              s ->
                  guard(
                      "PropertiesChanged",
                      () -> {
                        if (BluezTraffic.enabled()) {
                          BluezTraffic.signal(
                              "PropertiesChanged",
                              s.getPath(),
                              s.getInterfaceName(),
                              s.getPropertiesChanged(),
                              s.getPropertiesRemoved());
                        }
                        tree.propertiesChanged(
                            s.getPath(),
                            s.getInterfaceName(),
                            s.getPropertiesChanged(),
                            s.getPropertiesRemoved());
                      })));
      handlers.add(
          connection.addSigHandler(
              DBus.NameOwnerChanged.class,
              s ->
                  guard(
                      "NameOwnerChanged",
                      () -> {
                        if (BluezApi.SERVICE.equals(s.name)
                            && (s.newOwner == null || s.newOwner.isEmpty())) {
                          lost("BlueZ (org.bluez) left the bus at " + address);
                        }
                      })));
      ObjectManager om = connection.getRemoteObject(BluezApi.SERVICE, "/", ObjectManager.class);
      Map<DBusPath, Map<String, Map<String, Variant<?>>>> managed =
          await(call(om, "GetManagedObjects"), timeout, "GetManagedObjects");
      tree.load(managed);
    } catch (DBusException e) {
      throw new AdapterUnavailableException("cannot use BlueZ on " + address + ": " + e, e);
    }
  }

  private static void guard(String what, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("ignoring a {} signal that could not be applied", what, e);
    }
  }

  private static <T> T await(CompletableFuture<T> f, Duration timeout, String what) {
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AdapterUnavailableException("BlueZ did not answer " + what + " in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdapterUnavailableException("interrupted while waiting for " + what);
    } catch (ExecutionException e) {
      throw BluezErrors.map(e.getCause(), what, BluezErrors.Kind.OTHER, 0);
    }
  }

  ObjectTree tree() {
    return tree;
  }

  DBusConnection connection() {
    return connection;
  }

  String address() {
    return address;
  }

  /** A proxy for a BlueZ object. */
  <I extends DBusInterface> I remote(String path, Class<I> type) {
    try {
      return connection.getRemoteObject(BluezApi.SERVICE, path, type);
    } catch (DBusException e) {
      throw new BleException("cannot reach " + path + " on BlueZ: " + e.getMessage(), e);
    }
  }

  /** Sends a method call without blocking; completes with the reply or the D-Bus error. */
  <T> CompletableFuture<T> call(DBusInterface proxy, String method, Object... args) {
    CompletableFuture<T> f = new CompletableFuture<>();
    if (BluezTraffic.enabled()) {
      BluezTraffic.call(proxy, method, args);
    }
    try {
      connection.callWithCallback(
          proxy,
          method,
          new CallbackHandler<T>() {
            @Override
            public void handle(T reply) {
              if (BluezTraffic.enabled()) {
                BluezTraffic.reply(proxy, method, reply);
              }
              f.complete(reply);
            }

            @Override
            public void handleError(DBusExecutionException e) {
              if (BluezTraffic.enabled()) {
                BluezTraffic.error(proxy, method, e);
              }
              f.completeExceptionally(e);
            }
          },
          args);
    } catch (RuntimeException e) {
      f.completeExceptionally(e);
    }
    return f;
  }

  /** Fails {@code f} with a {@link BleTimeoutException} unless it completes in time. */
  <T> CompletableFuture<T> within(CompletableFuture<T> f, Duration timeout, String awaited) {
    var task =
        timer.schedule(
            () -> f.completeExceptionally(new BleTimeoutException(awaited, timeout)),
            timeout.toNanos(),
            TimeUnit.NANOSECONDS);
    f.whenComplete((v, e) -> task.cancel(false));
    return f;
  }

  @Override
  public void close() {
    if (!connection.isConnected()) {
      // removing a signal handler asks the bus daemon (RemoveMatch); a dead connection would only
      // keep the caller waiting for an answer that cannot come
      handlers.clear();
    }
    for (AutoCloseable h : handlers) {
      try {
        h.close();
      } catch (Exception e) {
        LOG.debug("removing a signal handler failed", e);
      }
    }
    handlers.clear();
    timer.shutdownNow();
    quietClose(connection);
  }

  private static void quietClose(DBusConnection c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.debug("closing the D-Bus connection failed", e);
    }
  }
}
