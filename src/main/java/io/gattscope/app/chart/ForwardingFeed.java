package io.gattscope.app.chart;

import io.gattscope.ble.NotificationListener;
import io.gattscope.stream.ChannelFeed;
import java.util.Optional;

/**
 * The listener a subscription keeps while the user switches layouts: forwards each notification to
 * the current {@link ChannelFeed}, and remembers the last payload (the listener owns it, so keeping
 * the reference costs nothing per notification; it is copied only when asked for).
 */
public final class ForwardingFeed implements NotificationListener {
  private volatile ChannelFeed target;
  private volatile byte[] last;

  public ForwardingFeed(ChannelFeed target) {
    this.target = target;
  }

  public void switchTo(ChannelFeed feed) {
    target = feed;
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    last = value;
    target.onNotification(valueHandle, value, timestampNanos);
  }

  /** A copy of the last payload received, or empty before the first notification. */
  public Optional<byte[]> lastPayload() {
    byte[] value = last;
    return value == null ? Optional.empty() : Optional.of(value.clone());
  }
}
