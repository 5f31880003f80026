package io.gattscope.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest {@value #CAPACITY} gaps of one stream, in sample time: where the device dropped
 * samples, the link was lost, or arrivals jumped. Thread-safe; gaps are rare, so it locks.
 */
public final class GapLog {
  /** Gaps kept; older ones are forgotten (their count stays in {@link #total()}). */
  public static final int CAPACITY = 4_096;

  /** Why there is a gap. */
  public enum Kind {
    /** The device's sequence counter jumped: samples it made never arrived. */
    DEVICE_DROPS,
    /** The link to the device was lost. */
    LINK_LOST,
    /** Arrivals stopped for longer than the stream's rhythm allows (no counter to tell more). */
    PAUSE
  }

  /**
   * One gap.
   *
   * @param fromNanos sample time of the last sample before the gap
   * @param toNanos sample time of the first sample after it, or {@code Long.MAX_VALUE} while open
   * @param kind why
   * @param samples samples known to be missing (device drops), else 0
   */
  public record Gap(long fromNanos, long toNanos, Kind kind, long samples) {}

  private final Gap[] ring = new Gap[CAPACITY];
  private long total;

  /**
   * Records a gap.
   *
   * @param gap the gap; when the log is full it replaces the oldest kept gap
   */
  public synchronized void add(Gap gap) {
    ring[(int) (total % CAPACITY)] = gap;
    total++;
  }

  /**
   * Closes the newest gap if it is still open (a link loss once samples flow again).
   *
   * @param toNanos sample time of the first sample after the gap; a time before the gap's start is
   *     raised to it
   * @return true when a gap was closed
   */
  public synchronized boolean close(long toNanos) {
    if (total > 0) {
      int i = (int) ((total - 1) % CAPACITY);
      Gap g = ring[i];
      if (g.toNanos() == Long.MAX_VALUE) {
        ring[i] = new Gap(g.fromNanos(), Math.max(g.fromNanos(), toNanos), g.kind(), g.samples());
        return true;
      }
    }
    return false;
  }

  /**
   * Gaps ever recorded.
   *
   * @return the number of gaps added since creation, including those no longer kept
   */
  public synchronized long total() {
    return total;
  }

  /**
   * The kept gaps that overlap {@code [fromNanos, toNanos]}, oldest first.
   *
   * @param fromNanos start of the window in sample time, nanoseconds
   * @param toNanos end of the window in sample time, nanoseconds, inclusive
   * @return a new list; an open gap overlaps every window that ends after its start
   */
  public synchronized List<Gap> between(long fromNanos, long toNanos) {
    List<Gap> out = new ArrayList<>();
    for (long k = Math.max(0, total - CAPACITY); k < total; k++) {
      Gap g = ring[(int) (k % CAPACITY)];
      if (g.toNanos() >= fromNanos && g.fromNanos() <= toNanos) {
        out.add(g);
      }
    }
    return out;
  }
}
