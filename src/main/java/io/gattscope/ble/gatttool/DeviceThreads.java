package io.gattscope.ble.gatttool;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two threads of one connection: one runs listener callbacks in order, one completes the
 * operation futures; neither is the process reader thread. Both queues are bounded; when the
 * listener queue is full, values are dropped and counted rather than stalling the reader.
 */
final class DeviceThreads {
  private static final Logger LOG = LoggerFactory.getLogger(DeviceThreads.class);
  private static final int QUEUE = 8192;

  private final ThreadPoolExecutor events;
  private final ThreadPoolExecutor completions;
  private final AtomicLong dropped = new AtomicLong();

  DeviceThreads(String name) {
    events = single("gatttool-events-" + name);
    completions = single("gatttool-completions-" + name);
    events.setRejectedExecutionHandler(
        (r, e) -> {
          long n = dropped.incrementAndGet();
          if (n == 1 || n % 1000 == 0) {
            LOG.warn("{}: listener queue full or closed, {} callbacks dropped", name, n);
          }
        });
  }

  private static ThreadPoolExecutor single(String name) {
    return new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** Runs a listener callback in order on the event thread. */
  void events(Runnable r) {
    events.execute(
        () -> {
          try {
            r.run();
          } catch (RuntimeException e) {
            LOG.warn("a connection listener failed", e);
          }
        });
  }

  /** The executor that completes operation futures. */
  Executor completions() {
    return completions;
  }

  /** Lets the queued work finish, then stops both threads. */
  void shutdown() {
    events.shutdown();
    completions.shutdown();
  }
}
