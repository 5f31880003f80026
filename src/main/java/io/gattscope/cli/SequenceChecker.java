package io.gattscope.cli;

import io.gattscope.ble.NotificationListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts benchmark notifications whose first 4 bytes are a sequence number (uint32 little-endian
 * from 0): how many arrived, how many came after a higher number (reordered), and when the last one
 * arrived.
 */
final class SequenceChecker implements NotificationListener {
  private final long expected;
  private final CountDownLatch complete = new CountDownLatch(1);
  private long received;
  private long reordered;
  private long malformed;
  private long highest = -1;
  private long firstNanos;
  private long lastNanos;

  /**
   * @param expected how many notifications the sender sends (1 or more)
   */
  SequenceChecker(long expected) {
    if (expected < 1) {
      throw new IllegalArgumentException("expected count must be 1 or more, got " + expected);
    }
    this.expected = expected;
  }

  @Override
  public synchronized void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    if (value.length < 4) {
      malformed++;
      return;
    }
    long seq =
        (value[0] & 0xFFL)
            | (value[1] & 0xFFL) << 8
            | (value[2] & 0xFFL) << 16
            | (value[3] & 0xFFL) << 24;
    if (received == 0) {
      firstNanos = timestampNanos;
    }
    received++;
    lastNanos = timestampNanos;
    if (seq < highest) {
      reordered++;
    } else {
      highest = seq;
    }
    if (received >= expected) {
      complete.countDown();
    }
  }

  /**
   * Waits until every expected notification arrived; gives up (returning false) once nothing new
   * arrived for {@code quiet}, or after {@code max} in all.
   */
  boolean awaitAll(Duration quiet, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    long seen = received();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return complete.getCount() == 0;
      }
      if (complete.await(Math.min(left, quiet.toNanos()), TimeUnit.NANOSECONDS)) {
        return true;
      }
      long now = received();
      if (now == seen) {
        return false;
      }
      seen = now;
    }
  }

  synchronized long received() {
    return received;
  }

  synchronized long lost() {
    return Math.max(0, expected - received);
  }

  synchronized long reordered() {
    return reordered;
  }

  synchronized long malformed() {
    return malformed;
  }

  /** Host receive time of the first notification ({@link System#nanoTime()}), 0 before any. */
  synchronized long firstNanos() {
    return firstNanos;
  }

  /** Host receive time of the latest notification ({@link System#nanoTime()}), 0 before any. */
  synchronized long lastNanos() {
    return lastNanos;
  }
}
