package io.gattscope.app.chart;

import io.gattscope.ble.Subscription;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes a chart's subscription off the FX thread, logging a failure instead of losing it. */
public final class Unsubscribe {
  private static final Logger LOG = LoggerFactory.getLogger(Unsubscribe.class);

  private Unsubscribe() {}

  /** Unsubscribes on a background thread; {@code title} names the chart in the log. */
  public static void later(Subscription subscription, String title) {
    CompletableFuture.runAsync(subscription::close)
        .exceptionally(
            t -> {
              LOG.warn("unsubscribing {} failed", title, t);
              return null;
            });
  }
}
