package io.gattscope.app.console;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The console's numeric lines handed to a chart as if each were a notification of the text
 * characteristic; closing it stops the hand-over, not the console.
 */
final class PlotFeed implements Subscription {
  private final GattCharacteristic tx;
  private final SubscriptionType type;
  private final NotificationListener target;
  private final BooleanSupplier linkActive;
  private final Consumer<PlotFeed> onClose;
  private volatile boolean closed;
  private volatile long delivered;

  PlotFeed(
      GattCharacteristic tx,
      SubscriptionType type,
      NotificationListener target,
      BooleanSupplier linkActive,
      Consumer<PlotFeed> onClose) {
    this.tx = tx;
    this.type = type;
    this.target = target;
    this.linkActive = linkActive;
    this.onClose = onClose;
  }

  /** Hands one numeric line (its bytes without the line end) to the chart. */
  void deliver(byte[] line, long timestampNanos) {
    if (!closed) {
      delivered++;
      target.onNotification(tx.valueHandle(), line, timestampNanos);
    }
  }

  @Override
  public GattCharacteristic characteristic() {
    return tx;
  }

  @Override
  public SubscriptionType type() {
    return type;
  }

  @Override
  public boolean isActive() {
    return !closed && linkActive.getAsBoolean();
  }

  @Override
  public long delivered() {
    return delivered;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      onClose.accept(this);
    }
  }
}
