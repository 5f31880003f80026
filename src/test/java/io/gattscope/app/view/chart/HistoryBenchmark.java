package io.gattscope.app.view.chart;

import static io.gattscope.app.view.chart.BenchSupport.median;
import static io.gattscope.app.view.chart.BenchSupport.usedHeapAfterGc;

import io.gattscope.stream.EnvelopeStore;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The chart's hour of history without a window: fills an {@link EnvelopeStore} with one hour of 6
 * channels at 2 kHz as fast as it goes (sample times advance by 0.5 ms, not in real time), then
 * prints the store's memory, the append cost per sample and the time to fold the envelopes a
 * 1280-pixel frame draws, for the whole hour and for 10 s windows panned across it; medians of
 * several runs. Run by {@code ChartBenchmark --history [--runs N]}.
 */
final class HistoryBenchmark {
  private static final int CHANNELS = 6;
  private static final int RATE_HZ = 2_000;
  private static final long HOUR_NANOS = TimeUnit.HOURS.toNanos(1);
  private static final long STEP_NANOS = 1_000_000_000L / RATE_HZ;
  private static final int COLUMNS = 1_280;
  private static final int QUERIES = 200;

  private final long[] centre = new long[COLUMNS];
  private final double[] min = new double[COLUMNS];
  private final double[] max = new double[COLUMNS];
  private final SplittableRandom random = new SplittableRandom(14);

  private HistoryBenchmark() {}

  /** Runs {@code runs} fills and prints one line per run and the medians. */
  static void run(int runs) {
    HistoryBenchmark bench = new HistoryBenchmark();
    double[] bytes = new double[runs];
    double[] heap = new double[runs];
    double[] appendNs = new double[runs];
    double[] hourMs = new double[runs];
    double[] tenSecondsMs = new double[runs];
    double[] tenSecondsP99Ms = new double[runs];
    for (int r = 0; r < runs; r++) {
      long heapBefore = usedHeapAfterGc();
      long start = System.nanoTime();
      EnvelopeStore store = bench.fill();
      long samples = HOUR_NANOS / STEP_NANOS;
      appendNs[r] = (System.nanoTime() - start) / (double) samples;
      heap[r] = (usedHeapAfterGc() - heapBefore) / 1e6;
      bytes[r] = store.bytes() / 1e6;
      hourMs[r] = median(bench.frames(store, HOUR_NANOS));
      double[] ten = bench.frames(store, TimeUnit.SECONDS.toNanos(10));
      tenSecondsMs[r] = median(ten);
      tenSecondsP99Ms[r] = ten[(int) Math.ceil(0.99 * ten.length) - 1];
      if (store.late() != 0) {
        throw new IllegalStateException(store.late() + " samples were not stored");
      }
      System.out.printf(
          Locale.ROOT,
          "run %d: %,d samples × %d channels, store %.1f MB (heap +%.1f MB), append %.1f ns per"
              + " sample, 1 h frame %.2f ms, 10 s frame %.3f ms (p99 %.3f ms)%n",
          r + 1,
          samples,
          CHANNELS,
          bytes[r],
          heap[r],
          appendNs[r],
          hourMs[r],
          tenSecondsMs[r],
          tenSecondsP99Ms[r]);
    }
    System.out.printf(
        Locale.ROOT,
        "hour of history, medians of %d runs: store %.1f MB (heap +%.1f MB), append %.1f ns per"
            + " sample of %d channels, envelopes for a %d-px frame of 6 channels: 1 h window %.2f"
            + " ms, 10 s window panned across the hour %.3f ms (p99 %.3f ms)%n",
        runs,
        median(bytes),
        median(heap),
        median(appendNs),
        CHANNELS,
        COLUMNS,
        median(hourMs),
        median(tenSecondsMs),
        median(tenSecondsP99Ms));
  }

  /** One hour of a 5 Hz sine per channel with noise, a different amplitude per channel. */
  private EnvelopeStore fill() {
    EnvelopeStore store = new EnvelopeStore(CHANNELS, HOUR_NANOS);
    double[] values = new double[CHANNELS];
    for (long t = 0; t < HOUR_NANOS; t += STEP_NANOS) {
      double phase = Math.sin(2 * Math.PI * 5 * (t / 1e9));
      for (int c = 0; c < CHANNELS; c++) {
        values[c] = (c + 1) * phase + 0.05 * random.nextGaussian();
      }
      store.add(t, values);
    }
    return store;
  }

  /**
   * Times {@link #QUERIES} frames of {@code window}, each folding all channels into {@link
   * #COLUMNS} columns, the windows' ends spread across the hour; sorted milliseconds.
   */
  private double[] frames(EnvelopeStore store, long window) {
    double[] ms = new double[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      long end = window >= HOUR_NANOS ? HOUR_NANOS : window + random.nextLong(HOUR_NANOS - window);
      long start = System.nanoTime();
      int written = 0;
      for (int c = 0; c < CHANNELS; c++) {
        written += store.envelope(c, end - window, end, COLUMNS, centre, min, max);
      }
      ms[q] = (System.nanoTime() - start) / 1e6;
      if (written == 0) {
        throw new IllegalStateException("no envelope in a window ending at " + end);
      }
    }
    Arrays.sort(ms);
    return ms;
  }
}
