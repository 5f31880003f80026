package io.gattscope.app.util;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs periodic work (coalescing flushes, RSSI polls, status updates) off the UI thread. */
@FunctionalInterface
public interface Ticker {

  /** Runs {@code task} every {@code period} until the returned handle is closed. */
  AutoCloseable every(Duration period, Runnable task);

  /** A ticker on one shared daemon thread; a failing task is logged and keeps running. */
  static Ticker daemon() {
    return Holder.INSTANCE;
  }

  /** The shared scheduler behind {@link #daemon()}. */
  final class Holder {
    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);
    private static final ScheduledExecutorService SCHEDULER =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gattscope-ticker");
              t.setDaemon(true);
              return t;
            });
    static final Ticker INSTANCE =
        (period, task) -> {
          long ms = Math.max(1, period.toMillis());
          ScheduledFuture<?> f =
              SCHEDULER.scheduleAtFixedRate(
                  () -> {
                    try {
                      task.run();
                    } catch (RuntimeException e) {
                      LOG.warn("periodic task failed", e);
                    }
                  },
                  ms,
                  ms,
                  TimeUnit.MILLISECONDS);
          return () -> f.cancel(false);
        };

    private Holder() {}
  }
}
