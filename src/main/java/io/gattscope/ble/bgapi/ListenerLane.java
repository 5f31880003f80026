package io.gattscope.ble.bgapi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's user callbacks on its own thread, in order, from a bounded queue. When the
 * queue is full the producer waits a short, bounded time (backpressure that rides out a descheduled
 * listener thread, the way USB flow control would); a listener that stays stuck longer loses tasks,
 * counted and logged, so the I/O thread never waits on user code for long and memory stays bounded.
 */
final class ListenerLane {
  private static final Logger LOG = LoggerFactory.getLogger(ListenerLane.class);
  private static final Runnable STOP = () -> {};
  private static final long MAX_WAIT_MILLIS = 250;

  private final BlockingQueue<Runnable> queue;
  private final Thread thread;
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean stopping;

  ListenerLane(String name, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues a task; returns false (and counts it) when the lane stays full or is stopped. */
  boolean offer(Runnable task) {
    if (stopping || !(queue.offer(task) || offerPatiently(task))) {
      long n = dropped.incrementAndGet();
      if (!stopping && (n & (n - 1)) == 0) {
        LOG.warn("{}: listeners are too slow, {} callbacks dropped so far", thread.getName(), n);
      }
      return false;
    }
    return true;
  }

  private boolean offerPatiently(Runnable task) {
    if (isLaneThread()) {
      return false;
    }
    try {
      return queue.offer(task, MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** How many tasks were dropped because the lane was full. */
  long dropped() {
    return dropped.get();
  }

  /** Runs what is queued, then ends the thread. */
  void shutdown() {
    stopping = true;
    while (!queue.offer(STOP)) {
      queue.poll();
    }
  }

  /** Waits for the thread to end (for tests and orderly stop). */
  boolean awaitTermination(long millis) throws InterruptedException {
    thread.join(millis);
    return !thread.isAlive();
  }

  /** True when called from this lane's thread. */
  boolean isLaneThread() {
    return Thread.currentThread() == thread;
  }

  private void run() {
    List<Runnable> batch = new ArrayList<>(256);
    while (true) {
      try {
        Runnable first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 255);
        for (Runnable r : batch) {
          if (r == STOP) {
            return;
          }
          try {
            r.run();
          } catch (RuntimeException | Error e) {
            LOG.error("{}: a listener threw; delivery goes on", thread.getName(), e);
          }
        }
        batch.clear();
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
