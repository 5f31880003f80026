package io.gattscope.ble.gatttool;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The open subscriptions of one connection: CCCD writes, and routing of notification lines. */
final class SubscriptionTable {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionTable.class);

  /** Writes a CCCD value with a write request. */
  interface CccdWriter {
    CompletableFuture<Void> write(int handle, byte[] value, String operation);
  }

  private final CopyOnWriteArrayList<GatttoolSubscription> subscriptions =
      new CopyOnWriteArrayList<>();
  private final CccdWriter writer;
  private final DeviceThreads threads;

  SubscriptionTable(CccdWriter writer, DeviceThreads threads) {
    this.writer = writer;
    this.threads = threads;
  }

  /** Registers first (values may follow the CCCD write at once), then enables the CCCD. */
  CompletableFuture<Subscription> subscribe(
      GatttoolDevice owner,
      GattCharacteristic characteristic,
      SubscriptionType type,
      NotificationListener listener) {
    int cccd = DeviceChecks.cccd(characteristic, type);
    Objects.requireNonNull(listener, "listener");
    var sub = new GatttoolSubscription(owner, characteristic, cccd, type, listener);
    subscriptions.add(sub);
    return write(sub, type.cccdValue(), "subscription to " + characteristic.uuid())
        .handle(
            (v, e) -> {
              if (e != null) {
                sub.deactivate();
                subscriptions.remove(sub);
                throw e instanceof CompletionException ce ? ce : new CompletionException(e);
              }
              return sub;
            });
  }

  private CompletableFuture<Void> write(GatttoolSubscription sub, int bits, String op) {
    byte[] v = {(byte) bits, (byte) (bits >> 8)};
    return writer.write(
        sub.cccdHandle(), v, op + " (CCCD " + HexValues.label(sub.cccdHandle()) + ")");
  }

  /** Removes a subscription and, when still connected, writes 0 to its CCCD (never throws). */
  void unsubscribe(GatttoolSubscription sub, boolean connected, Duration timeout) {
    subscriptions.remove(sub);
    if (!connected) {
      return;
    }
    try {
      write(sub, 0, "unsubscription").get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.info("disabling CCCD {} failed: {}", HexValues.label(sub.cccdHandle()), e.toString());
    }
  }

  /**
   * Clean shutdown: ends every subscription and writes 0 to each CCCD, one after the other;
   * completes when the last write is answered (failures are logged, never thrown).
   */
  CompletableFuture<Void> disableAll() {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (GatttoolSubscription s : subscriptions) {
      s.deactivate();
      subscriptions.remove(s);
      chain =
          chain.thenCompose(
              v ->
                  write(s, 0, "unsubscription at shutdown")
                      .exceptionally(
                          e -> {
                            LOG.warn(
                                "disabling CCCD {} at shutdown failed: {}",
                                HexValues.label(s.cccdHandle()),
                                e.toString());
                            return null;
                          }));
    }
    return chain;
  }

  /**
   * Writes every open subscription's CCCD again, one after the other; ones stopped after a move
   * (Service Changed) leave the table.
   */
  CompletableFuture<Void> resubscribeAll() {
    subscriptions.removeIf(s -> !s.isActive());
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (GatttoolSubscription s : subscriptions) {
      chain = chain.thenCompose(v -> write(s, s.type().cccdValue(), "resubscription"));
    }
    return chain;
  }

  /** Hands a notification to the subscriptions of its handle, on the event thread. */
  void dispatch(OutputLine.Notification n, long nanos) {
    for (GatttoolSubscription s : subscriptions) {
      if (s.characteristic().valueHandle() == n.handle()) {
        byte[] copy = n.value().clone();
        threads.notification(() -> s.deliver(n.handle(), copy, nanos));
      }
    }
  }

  /** Stops all delivery (the link is gone). */
  void deactivateAll() {
    subscriptions.forEach(GatttoolSubscription::deactivate);
  }
}
