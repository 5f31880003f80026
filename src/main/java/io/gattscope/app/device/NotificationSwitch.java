package io.gattscope.app.device;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The notify and indicate toggles of a characteristic: subscribes and unsubscribes, queues values
 * (bounded) off the UI thread and hands them to the history once per tick.
 */
public final class NotificationSwitch {
  /** Values kept between two ticks; older ones are dropped from the history (still counted). */
  static final int QUEUE_CAPACITY = 256;

  private record Pending(byte[] value, Instant time) {}

  private final AppContext ctx;
  private final ReadOnlyObjectProperty<BleDevice> device;
  private final CharacteristicViewModel owner;
  private final GattCharacteristic characteristic;
  private final BooleanProperty notify = new SimpleBooleanProperty(false);
  private final BooleanProperty indicate = new SimpleBooleanProperty(false);
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final AtomicLong received = new AtomicLong();
  private volatile Subscription subscription;
  private volatile BleDevice subscribedOn;
  private volatile NotificationSwitch sink = this;
  private boolean adjusting;

  NotificationSwitch(
      AppContext ctx, ReadOnlyObjectProperty<BleDevice> device, CharacteristicViewModel owner) {
    this.ctx = ctx;
    this.device = device;
    this.owner = owner;
    this.characteristic = owner.characteristic();
    notify.addListener((o, a, on) -> changed(SubscriptionType.NOTIFY, on));
    indicate.addListener((o, a, on) -> changed(SubscriptionType.INDICATE, on));
  }

  /** True when the characteristic notifies or indicates. */
  public boolean canNotify() {
    return characteristic.has(CharacteristicProperty.NOTIFY)
        || characteristic.has(CharacteristicProperty.INDICATE);
  }

  private void changed(SubscriptionType type, boolean on) {
    if (adjusting) {
      return;
    }
    BooleanProperty other = type == SubscriptionType.NOTIFY ? indicate : notify;
    if (on && other.get()) {
      set(other, false);
    }
    close();
    if (on) {
      BleDevice d = device.get();
      if (d == null) {
        set(type == SubscriptionType.NOTIFY ? notify : indicate, false);
        return;
      }
      subscribe(d, type);
    }
  }

  private void subscribe(BleDevice d, SubscriptionType type) {
    d.subscribeAsync(characteristic, type, (handle, value, nanos) -> deliver(value))
        .whenComplete(
            (s, e) ->
                ctx.ui()
                    .execute(
                        () -> {
                          if (e != null) {
                            owner.fail(
                                d, type == SubscriptionType.NOTIFY ? "Notify" : "Indicate", e);
                            set(type == SubscriptionType.NOTIFY ? notify : indicate, false);
                            return;
                          }
                          subscription = s;
                          subscribedOn = d;
                          active.set(true);
                          ctx.log().info(d.address().toString(), type + " on for " + owner.label());
                        }));
  }

  private void close() {
    Subscription s = subscription;
    subscription = null;
    active.set(false);
    if (s != null) {
      s.close();
      BleDevice d = device.get();
      ctx.log().info(d == null ? "" : d.address().toString(), "Unsubscribed from " + owner.label());
    }
  }

  private void set(BooleanProperty p, boolean v) {
    adjusting = true;
    try {
      p.set(v);
    } finally {
      adjusting = false;
    }
  }

  private void deliver(byte[] value) {
    NotificationSwitch s = sink;
    if (s == this) {
      onValue(value);
    } else {
      s.deliver(value);
    }
  }

  /**
   * After the table changed: {@code next} (the row of the same characteristic in the new tree)
   * takes over this switch's kept subscription, its values and its toggle; nothing is written to
   * the peer.
   */
  void handTo(NotificationSwitch next) {
    Subscription s = subscription;
    boolean wasIndicate = indicate.get();
    subscription = null;
    set(notify, false);
    set(indicate, false);
    active.set(false);
    next.subscription = s;
    next.subscribedOn = subscribedOn;
    next.set(wasIndicate ? next.indicate : next.notify, true);
    next.active.set(true);
    sink = next;
  }

  private void onValue(byte[] value) {
    received.incrementAndGet();
    synchronized (queue) {
      if (queue.size() >= QUEUE_CAPACITY) {
        queue.removeFirst();
      }
      queue.addLast(new Pending(value, ctx.clock().instant()));
    }
  }

  /**
   * After a reconnect: a subscription the device kept across the outage goes on; otherwise, when a
   * toggle is on, it subscribes again.
   */
  void restore(BleDevice d) {
    Subscription kept = subscription;
    if (kept != null && kept.isActive() && subscribedOn == d) {
      active.set(true);
      return;
    }
    subscription = null;
    active.set(false);
    if (notify.get()) {
      subscribe(d, SubscriptionType.NOTIFY);
    } else if (indicate.get()) {
      subscribe(d, SubscriptionType.INDICATE);
    }
  }

  /**
   * Where its characteristic is now after the table changed: the one its kept subscription follows,
   * or null when none is kept or the characteristic vanished.
   */
  GattCharacteristic movedTo() {
    Subscription s = subscription;
    return s != null && s.isActive() ? s.characteristic() : null;
  }

  /**
   * The link went down: no values now, the toggles keep the user's wish; a subscription the device
   * keeps for its reconnect is kept too.
   */
  void linkLost() {
    Subscription s = subscription;
    if (s == null || !s.isActive()) {
      subscription = null;
    }
    active.set(false);
  }

  void flush() {
    List<Pending> batch;
    synchronized (queue) {
      if (queue.isEmpty()) {
        return;
      }
      batch = new ArrayList<>(queue);
      queue.clear();
    }
    HistoryEntry.Kind kind =
        indicate.get() ? HistoryEntry.Kind.INDICATION : HistoryEntry.Kind.NOTIFICATION;
    ctx.ui()
        .execute(
            () -> {
              for (Pending p : batch) {
                owner.history(new HistoryEntry(p.time(), kind, p.value(), owner.text(p.value())));
              }
              owner.show(batch.get(batch.size() - 1).value());
            });
  }

  /** The notify toggle. */
  public BooleanProperty notifyProperty() {
    return notify;
  }

  /** The indicate toggle. */
  public BooleanProperty indicateProperty() {
    return indicate;
  }

  /** True while a subscription is open. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** Values received since the switch was made. */
  public long received() {
    return received.get();
  }
}
