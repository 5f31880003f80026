package io.gattscope.app.device;

import io.gattscope.app.chart.ChartActivityLog;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The device as a Plot sees it: every call goes to the real device, but subscribing and
 * unsubscribing (the CCCD writes) go to the log with the device and handle, and the plot's
 * notifications are counted for the status bar.
 */
final class PlotDevice extends ForwardingBleDevice implements ChartActivityLog {
  private final LogViewModel log;
  private final String label;
  private final AtomicLong received;

  /**
   * @param device the connected device
   * @param log where the CCCD writes are logged
   * @param label the characteristic as the log names it
   * @param received counts the plot's notifications
   */
  PlotDevice(BleDevice device, LogViewModel log, String label, AtomicLong received) {
    super(device);
    this.log = log;
    this.label = label;
    this.received = received;
  }

  @Override
  public CompletableFuture<Subscription> subscribeAsync(
      GattCharacteristic characteristic, SubscriptionType type, NotificationListener listener) {
    String who = address().toString();
    String cccd = cccdText(characteristic);
    log.info(who, "Plot: writing " + cccd + " (" + type + " on) for " + label);
    NotificationListener counting =
        (handle, value, nanos) -> {
          received.incrementAndGet();
          listener.onNotification(handle, value, nanos);
        };
    return delegate()
        .subscribeAsync(characteristic, type, counting)
        .thenApply(
            sub -> {
              log.info(who, "Plot: " + type + " on for " + label);
              return logged(sub, who, cccd);
            });
  }

  /** Logs a change the user made to the chart, with the device and the characteristic's handle. */
  @Override
  public void changed(String what) {
    log.info(address().toString(), "Chart of " + label + ": " + what);
  }

  private Subscription logged(Subscription sub, String who, String cccd) {
    AtomicBoolean closed = new AtomicBoolean();
    return new Subscription() {
      @Override
      public GattCharacteristic characteristic() {
        return sub.characteristic();
      }

      @Override
      public SubscriptionType type() {
        return sub.type();
      }

      @Override
      public boolean isActive() {
        return sub.isActive();
      }

      @Override
      public long delivered() {
        return sub.delivered();
      }

      @Override
      public void close() {
        boolean first = closed.compareAndSet(false, true);
        boolean wasActive = sub.isActive();
        sub.close();
        if (first) {
          log.info(
              who,
              "Plot: unsubscribed from "
                  + label
                  + (wasActive ? ", cleared " + cccd : " (the link was already gone)"));
        }
      }
    };
  }

  private static String cccdText(GattCharacteristic characteristic) {
    return characteristic
        .descriptor(GattDescriptor.CCCD)
        .map(d -> String.format(Locale.ROOT, "CCCD handle 0x%04X", d.handle()))
        .orElse("the CCCD");
  }
}
