package io.gattscope.app.chart;

import io.gattscope.ble.NotificationListener;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The listener a chart subscribes with while it still learns its channels: reports the first value,
 * holds the values that arrive until the chart takes over (at most {@link #MAX_HELD}, the rest
 * counted as lost), then hands them over in order and forwards every later one.
 */
public final class FirstValueRelay implements NotificationListener {
  /** Values held before the hand-over; more are counted in {@link #lost()}. */
  static final int MAX_HELD = 4096;

  private record Held(int handle, byte[] value, long nanos) {}

  private final CompletableFuture<byte[]> first = new CompletableFuture<>();
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private final AtomicLong lost = new AtomicLong();
  private volatile NotificationListener target;

  /**
   * Completes with the first value received. Completion runs dependants on the notifying thread, so
   * callers chain with an {@code ...Async} stage.
   */
  public CompletableFuture<byte[]> first() {
    return first;
  }

  /** Values that arrived while the chart was being built and did not fit {@link #MAX_HELD}. */
  public long lost() {
    return lost.get();
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    NotificationListener to = target;
    if (to == null) {
      synchronized (this) {
        to = target;
        if (to == null) {
          if (held.size() < MAX_HELD) {
            held.add(new Held(valueHandle, value, timestampNanos));
          } else {
            lost.incrementAndGet();
          }
        }
      }
    }
    if (to != null) {
      to.onNotification(valueHandle, value, timestampNanos);
    } else {
      first.complete(value);
    }
  }

  /**
   * Delivers the held values to {@code listener} in arrival order, then forwards every later value
   * to it. Notifications wait meanwhile, so the listener is never called by two threads at once.
   */
  public synchronized void handOver(NotificationListener listener) {
    for (Held h : held) {
      listener.onNotification(h.handle(), h.value(), h.nanos());
    }
    held.clear();
    target = listener;
  }
}
