package io.gattscope.stream;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Notification and byte counts of one subscription (or of all of them) with rates over a sliding
 * one-second window; recording is lock-free, allocation-free and safe from any thread.
 *
 * <p>The window is ten 100 ms buckets. Each bucket is one {@code long} holding a 24-bit bucket tag
 * (the bucket's epoch) above a 40-bit count, updated with compare-and-set, so a bucket that rolls
 * over is reset and incremented in one atomic step. Rates cover the last ten complete buckets
 * (exactly one second ending at most 100 ms ago).
 */
public final class RateCounter {
  static final long BUCKET_NANOS = 100_000_000L;
  private static final int WINDOW_BUCKETS = 10;
  private static final int SLOTS = 16;
  private static final int COUNT_BITS = 40;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
  private static final long TAG_MASK = (1L << 24) - 1;

  private final String name;
  private final LongSupplier clock;
  private final RateCounter parent;
  private final AtomicLongArray notifications = new AtomicLongArray(SLOTS);
  private final AtomicLongArray bytes = new AtomicLongArray(SLOTS);
  private final AtomicLong totalNotifications = new AtomicLong();
  private final AtomicLong totalBytes = new AtomicLong();
  private final AtomicLong gaps = new AtomicLong();
  private final AtomicLong missing = new AtomicLong();

  RateCounter(String name, LongSupplier clock, RateCounter parent) {
    this.name = name;
    this.clock = clock;
    this.parent = parent;
  }

  /**
   * The name given when the counter was registered ("total" for the meter's total).
   *
   * @return the name, never {@code null}
   */
  public String name() {
    return name;
  }

  /**
   * Records one notification of {@code payloadBytes} bytes (also into the meter's total).
   *
   * @param payloadBytes 0 or more; negative values are counted as 0
   */
  public void record(int payloadBytes) {
    long epoch = Math.floorDiv(clock.getAsLong(), BUCKET_NANOS);
    recordAt(epoch, Math.max(0, payloadBytes));
  }

  private void recordAt(long epoch, int payloadBytes) {
    int slot = (int) (epoch & (SLOTS - 1));
    long tag = epoch & TAG_MASK;
    add(notifications, slot, tag, 1);
    add(bytes, slot, tag, payloadBytes);
    totalNotifications.incrementAndGet();
    totalBytes.addAndGet(payloadBytes);
    if (parent != null) {
      parent.recordAt(epoch, payloadBytes);
    }
  }

  /**
   * Records a gap reported by the caller (for example a jump in a sequence number inside the
   * payload) of {@code missingNotifications} lost notifications (also into the meter's total).
   *
   * @param missingNotifications how many notifications are missing; negative values are counted as
   *     0
   */
  public void recordGap(long missingNotifications) {
    gaps.incrementAndGet();
    missing.addAndGet(Math.max(0, missingNotifications));
    if (parent != null) {
      parent.recordGap(missingNotifications);
    }
  }

  private static void add(AtomicLongArray buckets, int slot, long tag, long delta) {
    while (true) {
      long current = buckets.get(slot);
      long next =
          (current >>> COUNT_BITS) == tag
              ? current + delta
              : (tag << COUNT_BITS) | (delta & COUNT_MASK);
      if (buckets.compareAndSet(slot, current, next)) {
        return;
      }
    }
  }

  /**
   * Notifications per second over the last complete second.
   *
   * @return the count in the one-second window ending at the last 100 ms bucket boundary
   */
  public double notificationsPerSecond() {
    return windowSum(notifications);
  }

  /**
   * Payload bytes per second over the last complete second.
   *
   * @return the payload bytes in the one-second window ending at the last 100 ms bucket boundary
   */
  public double bytesPerSecond() {
    return windowSum(bytes);
  }

  private long windowSum(AtomicLongArray buckets) {
    long epoch = Math.floorDiv(clock.getAsLong(), BUCKET_NANOS);
    long sum = 0;
    for (long e = epoch - WINDOW_BUCKETS; e < epoch; e++) {
      long value = buckets.get((int) (e & (SLOTS - 1)));
      if ((value >>> COUNT_BITS) == (e & TAG_MASK)) {
        sum += value & COUNT_MASK;
      }
    }
    return sum;
  }

  /**
   * Notifications recorded since creation.
   *
   * @return the count since creation
   */
  public long totalNotifications() {
    return totalNotifications.get();
  }

  /**
   * Payload bytes recorded since creation.
   *
   * @return the payload bytes since creation
   */
  public long totalBytes() {
    return totalBytes.get();
  }

  /**
   * Gaps reported through {@link #recordGap}.
   *
   * @return the number of {@link #recordGap} calls since creation
   */
  public long gaps() {
    return gaps.get();
  }

  /**
   * Notifications reported missing through {@link #recordGap}.
   *
   * @return the sum of the missing counts since creation
   */
  public long missingNotifications() {
    return missing.get();
  }
}
