package io.gattscope.ble.bluez;

import io.gattscope.ble.BaseSubscription;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.freedesktop.dbus.utils.ReflectionFileDescriptorHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions of one device. Values come from {@code PropertiesChanged} on a characteristic's
 * {@code Value} after {@code StartNotify}, or, for notifications on a bus that passes file
 * descriptors, from the socket {@code AcquireNotify} returns; when the bus cannot pass descriptors
 * (dbus-java's native-unixsocket transport) or BlueZ refuses, {@code StartNotify} is used. {@code
 * StopNotify} (or closing the socket) runs when the last subscription of a characteristic closes.
 */
final class NotifyManager {
  private static final Logger LOG = LoggerFactory.getLogger(NotifyManager.class);

  private final BluezBus bus;
  private final OperationQueue queue;
  private final Executor events;
  private final Duration timeout;
  private final Map<String, List<Sub>> byPath = new HashMap<>();
  private final Map<String, NotifySocketReader> sockets = new HashMap<>();

  NotifyManager(BluezBus bus, OperationQueue queue, Executor events, Duration timeout) {
    this.bus = bus;
    this.queue = queue;
    this.events = events;
    this.timeout = timeout;
  }

  /** Subscribes; the first subscription of a characteristic turns notifications on at BlueZ. */
  CompletableFuture<Subscription> subscribe(
      GattCharacteristic c, String path, SubscriptionType type, NotificationListener listener) {
    Sub sub = new Sub(c, path, type, listener);
    boolean first;
    synchronized (this) {
      List<Sub> subs = byPath.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
      first = subs.isEmpty();
      subs.add(sub);
    }
    if (!first) {
      return CompletableFuture.completedFuture(sub);
    }
    return queue
        .submit("subscription to " + path, timeout, () -> enable(path, type))
        .handle(
            (v, e) -> {
              if (e != null) {
                sub.deactivate();
                closed(sub, false);
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
              }
              return (Subscription) sub;
            });
  }

  private CompletableFuture<Void> enable(String path, SubscriptionType type) {
    var chr = bus.remote(path, BluezApi.GattCharacteristic1.class);
    if (type == SubscriptionType.NOTIFY && bus.connection().isFileDescriptorSupported()) {
      return bus.<BluezApi.AcquiredSocket>call(chr, "AcquireNotify", Map.of())
          .thenApply(s -> startReader(path, s))
          .exceptionallyCompose(
              e -> {
                LOG.debug("AcquireNotify on {} failed ({}), using StartNotify", path, e.toString());
                return startNotify(chr, path);
              });
    }
    return startNotify(chr, path);
  }

  private CompletableFuture<Void> startNotify(BluezApi.GattCharacteristic1 chr, String path) {
    return bus.<Void>call(chr, "StartNotify")
        .exceptionallyCompose(
            e ->
                CompletableFuture.failedFuture(
                    BluezErrors.map(e, "StartNotify on " + path, BluezErrors.Kind.OTHER, 0)));
  }

  private Void startReader(String path, BluezApi.AcquiredSocket socket) {
    Optional<FileDescriptor> fd =
        ReflectionFileDescriptorHelper.getInstance()
            .flatMap(h -> h.createFileDescriptor(socket.fd().getIntFileDescriptor()));
    if (fd.isEmpty()) {
      throw new IllegalStateException("cannot open the descriptor AcquireNotify returned");
    }
    NotifySocketReader reader =
        new NotifySocketReader(
            new FileInputStream(fd.get()),
            socket.mtu().intValue(),
            "bluez-notify " + path,
            (v, t) -> deliver(path, v, t));
    synchronized (this) {
      sockets.put(path, reader);
    }
    reader.start();
    return null;
  }

  /** A new {@code Value} of a characteristic arrived. */
  void deliver(String path, byte[] value, long timestampNanos) {
    List<Sub> subs;
    synchronized (this) {
      subs = byPath.get(path);
    }
    if (subs != null) {
      for (Sub s : subs) {
        events.execute(
            EventExecutor.notification(
                EventExecutor.logging(
                    "notification listener", () -> s.fire(value, timestampNanos))));
      }
    }
  }

  /** Turns every open subscription on again (after a reconnect or bond). */
  CompletableFuture<Void> resubscribeAll() {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    synchronized (this) {
      byPath.forEach(
          (path, subs) -> {
            if (!subs.isEmpty()) {
              SubscriptionType type = subs.get(0).type();
              all.add(queue.submit("resubscription to " + path, timeout, () -> enable(path, type)));
            }
          });
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
  }

  /**
   * BlueZ is resolving the services again (Service Changed): it removes the characteristic objects
   * and their notify sessions, so every subscription ends without talking to BlueZ; new ones may
   * follow on the new objects.
   */
  void servicesReplaced() {
    linkLost();
  }

  /**
   * Clean shutdown: every subscription ends and BlueZ is told at once (StopNotify, or closing the
   * notify socket, after which bluetoothd writes 00 00 to the CCCD), without queueing behind other
   * operations; completes when BlueZ has answered every StopNotify.
   */
  CompletableFuture<Void> stopAll() {
    List<Sub> all = new ArrayList<>();
    List<String> paths;
    Map<String, NotifySocketReader> open;
    synchronized (this) {
      paths = new ArrayList<>(byPath.keySet());
      byPath.values().forEach(all::addAll);
      byPath.clear();
      open = new HashMap<>(sockets);
      sockets.clear();
    }
    all.forEach(Sub::deactivate);
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    for (String path : paths) {
      NotifySocketReader socket = open.remove(path);
      if (socket != null) {
        socket.close();
        continue;
      }
      CompletableFuture<Void> call;
      try {
        call = bus.call(bus.remote(path, BluezApi.GattCharacteristic1.class), "StopNotify");
      } catch (RuntimeException e) {
        call = CompletableFuture.failedFuture(e);
      }
      calls.add(
          call.exceptionally(
              e -> {
                LOG.warn("StopNotify on {} at shutdown failed: {}", path, e.toString());
                return null;
              }));
    }
    open.values().forEach(NotifySocketReader::close);
    return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
  }

  /** The link is gone: every subscription ends without talking to BlueZ. */
  void linkLost() {
    List<Sub> all = new ArrayList<>();
    synchronized (this) {
      byPath.values().forEach(all::addAll);
      byPath.clear();
      sockets.values().forEach(NotifySocketReader::close);
      sockets.clear();
    }
    all.forEach(Sub::deactivate);
  }

  private void closed(Sub sub, boolean connected) {
    NotifySocketReader socket;
    synchronized (this) {
      List<Sub> subs = byPath.get(sub.path);
      if (subs == null || !subs.remove(sub) || !subs.isEmpty()) {
        return;
      }
      byPath.remove(sub.path);
      socket = sockets.remove(sub.path);
    }
    if (socket != null) {
      socket.close();
    } else if (connected) {
      queue
          .submit(
              "StopNotify on " + sub.path,
              timeout,
              () ->
                  bus.<Void>call(
                      bus.remote(sub.path, BluezApi.GattCharacteristic1.class), "StopNotify"))
          .whenComplete(
              (v, e) -> {
                if (e != null) {
                  LOG.debug("StopNotify on {} failed: {}", sub.path, e.toString());
                }
              });
    }
  }

  /** One subscription handle. */
  private final class Sub extends BaseSubscription {
    private final String path;

    Sub(GattCharacteristic c, String path, SubscriptionType type, NotificationListener l) {
      super(c, type, l);
      this.path = path;
    }

    void fire(byte[] value, long ts) {
      deliver(characteristic().valueHandle(), value.clone(), ts);
    }

    @Override
    protected void onClose() {
      closed(this, true);
    }
  }
}
