package io.gattscope.app.view.chart;

import java.util.Arrays;

/**
 * Per pulse: the interval since the previous pulse's start and the FX thread's work from the start
 * of the pulse (the first animation timer) to the end of its layout, where ChartFX draws; FX thread
 * only.
 */
final class PulseTimes {
  private final long[] intervals;
  private final long[] work;
  private int count;
  private long start;
  private long lastStart;
  private long interval;

  PulseTimes(int capacity) {
    intervals = new long[capacity];
    work = new long[capacity];
  }

  /** At the start of a pulse. */
  void begin() {
    long now = System.nanoTime();
    interval = lastStart == 0 ? 0 : now - lastStart;
    lastStart = now;
    start = now;
  }

  /** After the pulse's layout. */
  void end() {
    if (start != 0 && interval != 0 && count < intervals.length) {
      intervals[count] = interval;
      work[count] = System.nanoTime() - start;
      count++;
    }
    start = 0;
  }

  /** Forgets every pulse so far. */
  void reset() {
    count = 0;
    lastStart = 0;
    start = 0;
  }

  /** Sorted intervals and sorted work times, in nanoseconds. */
  long[][] sorted() {
    long[] i = Arrays.copyOf(intervals, count);
    long[] w = Arrays.copyOf(work, count);
    Arrays.sort(i);
    Arrays.sort(w);
    return new long[][] {i, w};
  }
}
