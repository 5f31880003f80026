package io.gattscope.app.view.chart;

import static io.gattscope.app.view.chart.BenchSupport.exportPng;
import static io.gattscope.app.view.chart.BenchSupport.imuModel;
import static io.gattscope.app.view.chart.BenchSupport.onFx;
import static io.gattscope.app.view.chart.BenchSupport.percentileMillis;
import static io.gattscope.app.view.chart.BenchSupport.show;
import static io.gattscope.app.view.chart.BenchSupport.startFx;
import static io.gattscope.app.view.chart.BenchSupport.usedHeapAfterGc;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.ble.Subscription;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures the live chart end to end: the simulated IMU at 2 kHz × 6 channels through the BGAPI
 * backend into the ring buffer and a 1280×800 chart window, once with a 10 s and once with a 10 min
 * window. Prints lost notifications, fps, frame interval p50/p99, notification-to-buffer latency
 * p99 and heap, and saves a PNG of the chart after each run.
 *
 * <p>With {@code --max-rate} it instead steps the IMU through rising rates with a 10 s window and
 * reports the highest rate the whole pipeline holds with nothing lost and at least 30 fps.
 *
 * <p>With {@code --history [--runs N]} it instead measures the hour of history alone, without a
 * window (see {@link HistoryBenchmark}; 5 runs unless given).
 *
 * <p>With {@code --hour [--runs N] [--seconds N]} it instead shows a 1 h window pre-filled with an
 * hour of history and measures it live and panned (see {@link HourChartBenchmark}; 3 runs of 20 s
 * live unless given).
 *
 * <p>Usage: {@code ChartBenchmark [--seconds N | --quick] [--max-rate] [--png chart.png]} (default
 * 60 s per run, quick = 10 s); run under Xvfb or Monocle, e.g. {@code xvfb-run -a -s "-screen 0
 * 1280x800x24" java -Dprism.order=sw -cp "target/classes:target/test-classes:target/lib/*"
 * io.gattscope.app.view.chart.ChartBenchmark --quick --png target/chart.png}.
 */
public final class ChartBenchmark {
  private static final int RATE_HZ = 2_000;
  private static final int[] STEP_RATES_HZ = {2_000, 5_000, 10_000, 20_000, 35_000, 50_000, 65_000};
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  private final PulseTimes frames = new PulseTimes(1 << 16);
  private final LatencyProbe latency = new LatencyProbe();
  private LiveChartPane pane;

  private ChartBenchmark() {}

  public static void main(String[] args) throws Exception {
    long seconds = -1;
    boolean maxRate = false;
    boolean history = false;
    boolean hour = false;
    int runs = -1;
    Path png = Path.of("chart-benchmark.png");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> seconds = 10;
        case "--seconds" -> seconds = Long.parseLong(args[++i]);
        case "--png" -> png = Path.of(args[++i]);
        case "--max-rate" -> maxRate = true;
        case "--history" -> history = true;
        case "--hour" -> hour = true;
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (runs == 0 || runs < -1 || (runs > 0 && !history && !hour)) {
      throw new IllegalArgumentException("--runs needs --history or --hour and a count >= 1");
    }
    if (history) {
      HistoryBenchmark.run(runs > 0 ? runs : 5);
      System.exit(0);
    }
    if (hour) {
      HourChartBenchmark.run(
          runs > 0 ? runs : 3, Duration.ofSeconds(seconds > 0 ? seconds : 20), png);
      System.exit(0);
    }
    new ChartBenchmark().run(Duration.ofSeconds(seconds > 0 ? seconds : 60), png, maxRate);
    System.exit(0);
  }

  private void run(Duration length, Path png, boolean maxRate) throws Exception {
    startFx();
    try (SimulatedImu imu = new SimulatedImu()) {
      imu.setRateHz(0);
      ChartViewModel model = imuModel(imu);
      pane = onFx(() -> show(model, "ChartBenchmark", frames, () -> {}));
      latency.target = model.listener();
      Subscription sub = imu.subscribe(latency);
      System.out.printf(
          Locale.ROOT,
          "%-8s %7s %8s %10s %8s %7s %9s %9s %11s %9s %9s%n",
          "window",
          "rate Hz",
          "seconds",
          "generated",
          "lost",
          "fps",
          "p50 ms",
          "p99 ms",
          "lat p99 ms",
          "heap MB",
          "Δheap MB");
      if (maxRate) {
        stepRates(imu, model, length, png);
      } else {
        for (Duration window : new Duration[] {Duration.ofSeconds(10), Duration.ofMinutes(10)}) {
          setWindow(model, window);
          runOnce(imu, window, RATE_HZ, length, png);
        }
      }
      sub.close();
      onFx(
          () -> {
            pane.dispose();
            return null;
          });
    } finally {
      clock.shutdownNow();
      Platform.exit();
    }
  }

  private static void setWindow(ChartViewModel model, Duration window) throws Exception {
    onFx(
        () -> {
          model.windowProperty().set(window);
          return null;
        });
  }

  private void stepRates(SimulatedImu imu, ChartViewModel model, Duration length, Path png)
      throws Exception {
    Duration window = Duration.ofSeconds(10);
    setWindow(model, window);
    int held = 0;
    for (int rate : STEP_RATES_HZ) {
      if (!runOnce(imu, window, rate, length, png)) {
        break;
      }
      held = rate;
    }
    System.out.println(
        held == 0
            ? "the pipeline did not hold " + STEP_RATES_HZ[0] + " Hz without loss"
            : "highest rate held with 0 lost and >= 30 fps: " + held + " Hz");
  }

  /** One measured run; true when nothing was lost and the chart kept at least 30 fps. */
  private boolean runOnce(SimulatedImu imu, Duration window, int rateHz, Duration length, Path png)
      throws Exception {
    long gen0 = imu.generated();
    long got0 = latency.received.get();
    imu.setRateHz(rateHz);
    after(WARM_UP);
    long heapWarm = usedHeapAfterGc();
    onFx(
        () -> {
          frames.reset();
          return null;
        });
    latency.reset();
    long t0 = System.nanoTime();
    after(length);
    long[] intervals = onFx(frames::sorted)[0];
    long elapsed = System.nanoTime() - t0;
    double fps = intervals.length * 1e9 / elapsed;
    double latP99 = latency.percentileMillis(0.99);
    long heapEnd = usedHeapAfterGc();
    imu.setRateHz(0);
    after(Duration.ofMillis(500));
    long generated = imu.generated() - gen0;
    long lost = generated - (latency.received.get() - got0);
    String label = window.toSeconds() < 60 ? window.toSeconds() + "s" : window.toMinutes() + "min";
    Path shot = exportPng(pane, png, rateHz == RATE_HZ ? label : label + "-" + rateHz + "hz");
    System.out.printf(
        Locale.ROOT,
        "%-8s %7d %8d %10d %8d %7.1f %9.1f %9.1f %11.2f %9.1f %9.1f%n",
        label,
        rateHz,
        length.toSeconds(),
        generated,
        lost,
        fps,
        percentileMillis(intervals, 0.50),
        percentileMillis(intervals, 0.99),
        latP99,
        heapEnd / 1e6,
        (heapEnd - heapWarm) / 1e6);
    System.out.println("  screenshot: " + shot.toAbsolutePath());
    return lost == 0 && fps >= 30;
  }

  private void after(Duration d) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    clock.schedule(() -> done.complete(null), d.toMillis(), TimeUnit.MILLISECONDS);
    done.get(d.toMillis() + 10_000, TimeUnit.MILLISECONDS);
  }
}
