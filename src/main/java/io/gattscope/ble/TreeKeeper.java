package io.gattscope.ble;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a supervised device's GATT tree across links: restores it after a reconnect (discovering
 * again unless the Database Hash 0x2B2A is unchanged), and follows Service Changed 0x2A05
 * indications by discovering the indicated handle range again (the whole table where the backend
 * cannot discover a range) and re-binding the subscriptions that moved.
 */
final class TreeKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(TreeKeeper.class);
  static final UUID SERVICE_CHANGED = Uuids.fromShort(0x2A05);
  static final UUID DATABASE_HASH = Uuids.fromShort(0x2B2A);

  private final SupervisedDevice device;
  private volatile GattDatabase database;
  private volatile byte[] hash;
  private volatile Subscription serviceChanged;
  private volatile BleDevice watched;

  TreeKeeper(SupervisedDevice device) {
    this.device = device;
  }

  /** The tree from the latest discovery, or null. */
  GattDatabase database() {
    return database;
  }

  /** How to find {@code c} again after the table changes: service, UUID and position. */
  CharacteristicRef refOf(GattCharacteristic c) {
    GattDatabase db = database;
    int index = 0;
    if (db != null) {
      List<GattCharacteristic> same =
          db.services(c.serviceUuid()).stream()
              .flatMap(s -> s.characteristics().stream())
              .filter(x -> x.uuid().equals(c.uuid()))
              .toList();
      index = Math.max(0, same.indexOf(c));
    }
    return new CharacteristicRef.ByService(c.serviceUuid(), c.uuid(), index);
  }

  /** The link is gone: its Service Changed subscription with it. */
  void linkGone() {
    serviceChanged = null;
    watched = null;
  }

  /** A discovery on {@code link} finished: adopt the tree and watch Service Changed. */
  CompletableFuture<GattDatabase> discovered(BleDevice link, GattDatabase db) {
    return adopt(link, db).thenCompose(d -> watchServiceChanged(link, d).thenApply(x -> d));
  }

  /** After a reconnect: the cached tree if the peer's hash says it is unchanged, else a new one. */
  CompletableFuture<GattDatabase> restore(BleDevice link) {
    GattDatabase cached = database;
    Optional<GattDatabase> own = link.services();
    if (cached == null) {
      return CompletableFuture.completedFuture(own.orElse(null));
    }
    CompletableFuture<GattDatabase> f =
        own.isPresent()
            ? CompletableFuture.completedFuture(own.get())
            : hashUnchanged(link, cached)
                .thenCompose(
                    same ->
                        same ? CompletableFuture.completedFuture(cached) : link.discoverAsync());
    return f.thenCompose(db -> adopt(link, db));
  }

  private CompletableFuture<GattDatabase> adopt(BleDevice link, GattDatabase db) {
    GattDatabase old = database;
    database = db;
    if (old != null && !old.equals(db)) {
      LOG.info("{}: the GATT table changed", device.peer());
      device.emit(l -> l.onServicesChanged(device, db));
    }
    if (old != null && old.equals(db)) {
      return CompletableFuture.completedFuture(db);
    }
    return readHash(link, db);
  }

  /** Remembers the peer's Database Hash for {@code db} (none when it has no 0x2B2A). */
  private CompletableFuture<GattDatabase> readHash(BleDevice link, GattDatabase db) {
    Optional<GattCharacteristic> h = only(db, DATABASE_HASH);
    if (h.isEmpty()) {
      hash = null;
      return CompletableFuture.completedFuture(db);
    }
    return link.readHandleAsync(h.get().valueHandle())
        .handle(
            (v, t) -> {
              hash = t == null ? v : null;
              return db;
            });
  }

  private CompletableFuture<Boolean> hashUnchanged(BleDevice link, GattDatabase cached) {
    byte[] known = hash;
    Optional<GattCharacteristic> h = only(cached, DATABASE_HASH);
    if (known == null || h.isEmpty()) {
      return CompletableFuture.completedFuture(false);
    }
    return link.readHandleAsync(h.get().valueHandle())
        .handle((v, t) -> t == null && Arrays.equals(v, known));
  }

  /**
   * Subscribes to Service Changed indications on {@code link}, once per link, if the peer has it.
   */
  CompletableFuture<Void> watchServiceChanged(BleDevice link, GattDatabase db) {
    if (db == null || watched == link) {
      return CompletableFuture.completedFuture(null);
    }
    Optional<GattCharacteristic> sc =
        only(db, SERVICE_CHANGED)
            .filter(c -> c.has(CharacteristicProperty.INDICATE) && c.cccd().isPresent());
    if (sc.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    watched = link;
    return link.subscribeAsync(
            sc.get(), SubscriptionType.INDICATE, (h, v, t) -> onServiceChanged(link, v))
        .handle(
            (s, t) -> {
              if (t != null) {
                watched = null;
                LOG.warn(
                    "{}: cannot watch Service Changed: {}",
                    device.peer(),
                    Futures.unwrap(t).toString());
              } else {
                serviceChanged = s;
              }
              return null;
            });
  }

  /** The peer says handles {@code start..end} changed: discover again and re-bind. */
  private void onServiceChanged(BleDevice link, byte[] value) {
    int start = 1;
    int end = 0xFFFF;
    if (value.length >= 4) {
      start = (value[0] & 0xFF) | (value[1] & 0xFF) << 8;
      end = (value[2] & 0xFF) | (value[3] & 0xFF) << 8;
    }
    int from = start;
    int to = end;
    LOG.info(
        "{}: Service Changed 0x{}..0x{}; discovering that range again",
        device.peer(),
        Integer.toHexString(from),
        Integer.toHexString(to));
    discoverRange(link, from, to)
        .whenComplete(
            (db, t) -> {
              if (t != null) {
                LOG.warn(
                    "{}: discovery after Service Changed failed: {}",
                    device.peer(),
                    Futures.unwrap(t).toString());
              }
            })
        .thenCompose(db -> replaced(link, db, from, to));
  }

  private CompletableFuture<GattDatabase> discoverRange(BleDevice link, int from, int to) {
    GattDatabase known = database;
    if (known == null || from < 1 || from > to) {
      return link.discoverAsync();
    }
    return link.discoverRangeAsync(known, from, to);
  }

  /**
   * The link itself found the table changed (BlueZ resolves services again after Service Changed):
   * adopt {@code db} and re-bind every subscription.
   */
  CompletableFuture<GattDatabase> changedOnLink(BleDevice link, GattDatabase db) {
    LOG.info("{}: the backend resolved a changed GATT table", device.peer());
    return replaced(link, db, 1, 0xFFFF);
  }

  private CompletableFuture<GattDatabase> replaced(
      BleDevice link, GattDatabase db, int from, int to) {
    database = db;
    hash = null;
    Subscription old = serviceChanged;
    serviceChanged = null;
    watched = null;
    if (old instanceof BaseSubscription b) {
      b.deactivate();
    }
    return device
        .rebind(link, db, from, to, false)
        .thenCompose(x -> readHash(link, db))
        .whenComplete(
            (d, t) -> {
              if (t != null) {
                LOG.warn(
                    "{}: re-binding after the GATT table changed failed: {}",
                    device.peer(),
                    Futures.unwrap(t).toString());
              } else {
                device.emit(l -> l.onServicesChanged(device, d));
              }
            });
  }

  private static Optional<GattCharacteristic> only(GattDatabase db, UUID type) {
    return db.characteristics().stream().filter(c -> c.uuid().equals(type)).findFirst();
  }
}
