package io.gattscope.app.chart;

import io.gattscope.ble.NotificationListener;
import io.gattscope.stream.ChannelFeed;

/**
 * The listener a subscription keeps while the user switches layouts: forwards each notification to
 * the current {@link ChannelFeed}.
 */
final class ForwardingFeed implements NotificationListener {
  private volatile ChannelFeed target;

  ForwardingFeed(ChannelFeed target) {
    this.target = target;
  }

  void switchTo(ChannelFeed feed) {
    target = feed;
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    target.onNotification(valueHandle, value, timestampNanos);
  }
}
