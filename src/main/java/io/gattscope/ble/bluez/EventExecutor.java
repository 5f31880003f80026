package io.gattscope.ble.bluez;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-thread executor with a bounded queue (4096 tasks) on which one device's listeners and
 * future completions run in order; tasks beyond the bound are dropped with a warning (a listener
 * that cannot keep up loses notifications, the D-Bus threads never wait for it). After shutdown a
 * task runs on the caller's thread, so late future completions are never lost. Dropped notification
 * deliveries (tasks made by {@link #notification}) are counted apart.
 */
final class EventExecutor {
  static final int CAPACITY = 4096;
  private static final Logger LOG = LoggerFactory.getLogger(EventExecutor.class);

  private EventExecutor() {}

  /** Marks a notification delivery, so a drop of it is counted as a dropped notification. */
  private record NotificationTask(Runnable body) implements Runnable {
    @Override
    public void run() {
      body.run();
    }
  }

  /** A notification delivery: when the queue is full and it is dropped, it is counted. */
  static Runnable notification(Runnable delivery) {
    return new NotificationTask(delivery);
  }

  /** A new executor whose thread is named after {@code name}. */
  static ExecutorService create(String name) {
    return create(name, new AtomicLong());
  }

  /**
   * A new executor whose thread is named after {@code name}; {@code droppedNotifications} counts
   * the {@link #notification} tasks it drops because its queue is full.
   */
  static ExecutorService create(String name, AtomicLong droppedNotifications) {
    ThreadPoolExecutor ex =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(CAPACITY),
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            },
            (r, e) -> {
              if (e.isShutdown()) {
                r.run();
              } else {
                if (r instanceof NotificationTask) {
                  droppedNotifications.incrementAndGet();
                }
                LOG.warn("{}: listener queue full ({} tasks), dropping an event", name, CAPACITY);
              }
            });
    return ex;
  }

  /** Runs a listener call, logging what it throws so the thread survives. */
  static Runnable logging(String what, Runnable r) {
    return () -> {
      try {
        r.run();
      } catch (RuntimeException e) {
        LOG.warn("{} threw", what, e);
      }
    };
  }
}
