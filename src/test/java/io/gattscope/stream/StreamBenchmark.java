package io.gattscope.stream;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Measures the hot path of live charts: layout decoding, ring buffer appends, and per-frame
 * decimation cost for a 10 s and a 10 min window at 2 kHz, plus heap use.
 *
 * <p>Run from the test class path (it is not shipped): {@code java -cp
 * "target/classes:target/test-classes:target/lib/*" io.gattscope.stream.StreamBenchmark [--runs N]
 * [--quick]}. {@code runs} (default 5) is how many timed runs each figure is the median of; {@code
 * --quick} shrinks every workload about 20-fold (a smoke run, numbers are noisier). Each decimation
 * frame simulates 60 fps: 33 new samples per channel go into the ring buffer, are copied out,
 * folded into a 1,000-column {@link MinMaxDecimator} and turned into a polyline. For contrast the
 * same frame is also computed non-incrementally (re-decimating the whole window), whose cost grows
 * with the window.
 */
public final class StreamBenchmark {
  private static final int RATE_HZ = 2_000;
  private static final int CHANNELS = 6;
  private static final int COLUMNS = 1_000;
  private static final int SAMPLES_PER_FRAME = RATE_HZ / 60;
  private static final long PERIOD_NANOS = 1_000_000_000L / RATE_HZ;

  private final int runs;
  private final int scale;
  private final PrintStream out;
  private double sink;

  StreamBenchmark(int runs, boolean quick, PrintStream out) {
    this.runs = runs;
    this.scale = quick ? 20 : 1;
    this.out = out;
  }

  /** Parses {@code [--runs N] [--quick]} and prints the report to stdout. */
  public static void main(String[] args) {
    int runs = 5;
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--quick" -> quick = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    run(runs, quick, System.out);
  }

  /**
   * Runs every measurement and prints the report.
   *
   * @param runs how many timed runs each figure is the median of, at least 1
   * @param quick whether to shrink every workload about 20-fold
   * @param out where the report goes
   */
  public static void run(int runs, boolean quick, PrintStream out) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, got " + runs);
    }
    new StreamBenchmark(runs, quick, out).runAll();
  }

  void runAll() {
    out.printf(Locale.ROOT, "GattScope stream benchmark: median of %d runs%n", runs);
    decode();
    long heapBefore = usedHeap();
    SampleRingBuffer ring = append();
    long heapAfter = usedHeap();
    out.printf(
        Locale.ROOT,
        "heap used: %.1f MB before the ring buffer, %.1f MB after %,d appends"
            + " (ring keeps %,d x %d channels, %.1f MB by design)%n",
        heapBefore / 1e6,
        heapAfter / 1e6,
        ring.writeSequence(),
        ring.capacity(),
        ring.channelCount(),
        ring.capacity() * (8.0 + 8.0 * ring.channelCount()) / 1e6);
    double incremental10s = frame(10, true);
    double incremental10min = frame(600, true);
    double full10s = frame(10, false);
    double full10min = frame(600 / scale, false);
    out.printf(
        Locale.ROOT,
        "incremental frame cost ratio 10 min / 10 s: %.2f (window 60x longer)%n",
        incremental10min / incremental10s);
    out.printf(
        Locale.ROOT,
        "full re-decimation ratio %d s / 10 s: %.2f%n",
        600 / scale,
        full10min / full10s);
    out.printf(Locale.ROOT, "(checksum %s)%n", sink == 42 ? "!" : "ok");
  }

  private void decode() {
    PayloadLayout layout =
        PayloadLayout.parse(
            "ax:i16*0.001 g, ay:i16*0.001 g, az:i16*0.001 g,"
                + " gx:i16*0.01 dps, gy:i16*0.01 dps, gz:i16*0.01 dps");
    byte[][] payloads = new byte[16][12];
    for (int i = 0; i < payloads.length; i++) {
      for (int j = 0; j < 12; j++) {
        payloads[i][j] = (byte) (i * 31 + j * 7);
      }
    }
    double[] values = new double[CHANNELS];
    int n = 5_000_000 / scale;
    double nanos =
        median(
            () -> {
              long start = System.nanoTime();
              for (int i = 0; i < n; i++) {
                layout.decode(payloads[i & 15], values);
              }
              sink += values[5];
              return System.nanoTime() - start;
            });
    out.printf(
        Locale.ROOT,
        "layout decode (6 x int16, scaled): %.1f M payloads/s (%.1f ns each)%n",
        n / nanos * 1e3,
        nanos / n);
  }

  private SampleRingBuffer append() {
    SampleRingBuffer ring = new SampleRingBuffer(CHANNELS);
    double[] values = new double[CHANNELS];
    int n = 10_000_000 / scale;
    double nanos =
        median(
            () -> {
              long start = System.nanoTime();
              for (int i = 0; i < n; i++) {
                values[0] = i;
                ring.append(i * PERIOD_NANOS, values);
              }
              return System.nanoTime() - start;
            });
    sink += ring.writeSequence();
    out.printf(
        Locale.ROOT,
        "ring buffer append (6 channels): %.1f M samples/s (%.1f ns each)%n",
        n / nanos * 1e3,
        nanos / n);
    return ring;
  }

  /** Median microseconds per frame for a window of {@code seconds}. */
  private double frame(int seconds, boolean incremental) {
    int windowSamples = seconds * RATE_HZ;
    SampleRingBuffer ring = new SampleRingBuffer(1, windowSamples + 4 * SAMPLES_PER_FRAME);
    SampleSnapshot snapshot = new SampleSnapshot(ring.capacity(), 1);
    long window = seconds * 1_000_000_000L;
    MinMaxDecimator decimator = new MinMaxDecimator(COLUMNS, window, 0);
    double[] value = new double[1];
    double[] x = new double[2 * COLUMNS];
    double[] y = new double[2 * COLUMNS];
    long[] seq = {0};
    for (int i = 0; i < windowSamples; i++) {
      value[0] = Math.sin(i * 0.01) + (i % 17) * 0.01;
      ring.append(i * PERIOD_NANOS, value);
    }
    seq[0] = pull(ring, snapshot, decimator, 0);
    int frames = Math.max(20, (incremental ? 6_000 : 60) / scale);
    double nanos =
        median(
            () -> {
              long start = System.nanoTime();
              for (int f = 0; f < frames; f++) {
                long s = ring.writeSequence();
                for (int i = 0; i < SAMPLES_PER_FRAME; i++) {
                  value[0] = Math.sin((s + i) * 0.01);
                  ring.append((s + i) * PERIOD_NANOS, value);
                }
                if (incremental) {
                  seq[0] = pull(ring, snapshot, decimator, seq[0]);
                } else {
                  decimator.reset();
                  long from = Math.max(0, ring.writeSequence() - windowSamples);
                  seq[0] = pull(ring, snapshot, decimator, from);
                }
                sink += y[decimator.polyline(x, y) - 1];
              }
              return System.nanoTime() - start;
            });
    double micros = nanos / frames / 1e3;
    out.printf(
        Locale.ROOT,
        "decimation frame, %s, %s window (%,d samples): %.1f us/frame%n",
        incremental ? "incremental" : "full",
        seconds >= 60 ? seconds / 60 + " min" : seconds + " s",
        windowSamples,
        micros);
    return micros;
  }

  private static long pull(
      SampleRingBuffer ring, SampleSnapshot snapshot, MinMaxDecimator decimator, long from) {
    long seq = from;
    while (ring.copySince(seq, snapshot) > 0) {
      decimator.add(snapshot.timestamps(), snapshot.channel(0), 0, snapshot.count());
      seq = snapshot.nextSequence();
    }
    return seq;
  }

  private double median(LongSupplier timedRun) {
    timedRun.getAsLong();
    timedRun.getAsLong();
    long[] times = new long[runs];
    for (int r = 0; r < runs; r++) {
      times[r] = timedRun.getAsLong();
    }
    Arrays.sort(times);
    return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2.0;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
