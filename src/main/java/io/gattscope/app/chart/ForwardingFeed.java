package io.gattscope.app.chart;

import io.gattscope.ble.NotificationListener;
import io.gattscope.stream.ChannelFeed;
import java.util.Optional;

/**
 * The listener a subscription keeps while the user switches layouts: forwards each notification to
 * the current {@link ChannelFeed} and keeps the newest raw payloads (as many as the feed's ring
 * buffer holds samples; the listener owns each payload, so keeping the reference costs no copy), so
 * a new layout re-decodes them instead of starting empty.
 */
public final class ForwardingFeed implements NotificationListener {
  private final byte[][] payloads;
  private final long[] arrivals;
  private final int[] handles;
  private ChannelFeed target;
  private long written;

  /** Forwards to {@code target}, keeping as many payloads as its ring buffer holds samples. */
  public ForwardingFeed(ChannelFeed target) {
    this.target = target;
    int capacity = target.buffer().capacity();
    payloads = new byte[capacity][];
    arrivals = new long[capacity];
    handles = new int[capacity];
  }

  /**
   * Re-decodes the kept payloads into {@code feed} (oldest first, at their arrival times), then
   * forwards every new notification to it.
   *
   * @return the number of payloads re-decoded
   */
  public synchronized int switchTo(ChannelFeed feed) {
    int capacity = payloads.length;
    long from = Math.max(0, written - capacity);
    for (long k = from; k < written; k++) {
      int slot = (int) (k % capacity);
      feed.onNotification(handles[slot], payloads[slot], arrivals[slot]);
    }
    target = feed;
    return (int) (written - from);
  }

  @Override
  public synchronized void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    int slot = (int) (written % payloads.length);
    payloads[slot] = value;
    arrivals[slot] = timestampNanos;
    handles[slot] = valueHandle;
    written++;
    target.onNotification(valueHandle, value, timestampNanos);
  }

  /** A copy of the last payload received, or empty before the first notification. */
  public synchronized Optional<byte[]> lastPayload() {
    if (written == 0) {
      return Optional.empty();
    }
    byte[] value = payloads[(int) ((written - 1) % payloads.length)];
    return Optional.ofNullable(value).map(byte[]::clone);
  }
}
