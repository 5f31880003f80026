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
 * listener queue is full, values are dropped and counted rather than stalling the reader
 * (notification deliveries apart, see {@link #droppedNotifications()}).
 */
final class DeviceThreads {
  private static final Logger LOG = LoggerFactory.getLogger(DeviceThreads.class);
  private static final int QUEUE = 8192;

  private final ThreadPoolExecutor events;
  private final ThreadPoolExecutor completions;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong droppedNotifications = new AtomicLong();

  /** Marks a notification delivery, so a drop of it is counted as a dropped notification. */
  private record NotificationTask(Runnable body) implements Runnable {
    @Override
    public void run() {
      body.run();
    }
  }

  DeviceThreads(String name) {
    events = single("gatttool-events-" + name);
    completions = single("gatttool-completions-" + name);
    events.setRejectedExecutionHandler(
        (r, e) -> {
          if (r instanceof NotificationTask && !e.isShutdown()) {
            droppedNotifications.incrementAndGet();
          }
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
    events.execute(guarded(r));
  }

  /** Delivers a notification in order on the event thread (counted when dropped). */
  void notification(Runnable delivery) {
    events.execute(new NotificationTask(guarded(delivery)));
  }

  /**
   * Notification deliveries dropped because the listener queue (8192 tasks, shared with connection
   * events) stayed full; drops after shutdown are not counted.
   */
  long droppedNotifications() {
    return droppedNotifications.get();
  }

  private static Runnable guarded(Runnable r) {
    return () -> {
      try {
        r.run();
      } catch (RuntimeException e) {
        LOG.warn("a connection listener failed", e);
      }
    };
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
