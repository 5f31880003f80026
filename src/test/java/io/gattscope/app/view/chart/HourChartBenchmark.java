package io.gattscope.app.view.chart;

import static io.gattscope.app.view.chart.BenchSupport.exportPng;
import static io.gattscope.app.view.chart.BenchSupport.fxAndRenderCpuNanos;
import static io.gattscope.app.view.chart.BenchSupport.imuModel;
import static io.gattscope.app.view.chart.BenchSupport.onFx;
import static io.gattscope.app.view.chart.BenchSupport.percentileMillis;
import static io.gattscope.app.view.chart.BenchSupport.show;
import static io.gattscope.app.view.chart.BenchSupport.startFx;
import static io.gattscope.app.view.chart.BenchSupport.usedHeapAfterGc;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.ble.Subscription;
import io.gattscope.stream.ChannelFeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;

/**
 * The live chart with a 1 h window over an hour of history: feeds one hour of 6 channels at 2 kHz
 * through the chart's own listener as fast as it goes (arrival times advance 0.5 ms from an hour
 * ago to now, not in real time), so the feed's envelope store and ring buffer hold what an hour of
 * streaming leaves; shows it in a 1280×800 {@link LiveChartPane} with the 1 h window; then, per
 * repetition, streams the simulated IMU at 2 kHz through the BGAPI backend into it and measures
 * chart frames per second, frame interval and frame work (FX thread time from the start of a pulse
 * to the end of its layout, where ChartFX draws) p50/p99 and what the pipeline's own counters say
 * was lost; then pans a 10 s view across the hour, one step per frame (paused, as the Zoomer's
 * panner does, while the IMU keeps streaming), and measures the same frame times, plus the CPU time
 * the FX and render threads spent per frame (what the chart costs, which load changes far less than
 * wall-clock frame times). Prints the store's byte count and used heap after GC, one line per
 * repetition and the medians. Run by {@code ChartBenchmark --hour [--runs N] [--seconds N] [--png
 * base.png]}.
 */
final class HourChartBenchmark {
  private static final int CHANNELS = 6;
  private static final int RATE_HZ = 2_000;
  private static final long STEP_NANOS = 1_000_000_000L / RATE_HZ;
  private static final long HOUR_NANOS = TimeUnit.HOURS.toNanos(1);
  private static final double PAN_VIEW_SECONDS = 10;
  private static final int PAN_STEPS = 600;
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  private final PulseTimes times = new PulseTimes(1 << 16);
  private final SplittableRandom random = new SplittableRandom(14);
  private ChartViewModel model;
  private LiveChartPane pane;
  private Pan pan;
  private long prefilled;
  private long next;

  private HourChartBenchmark() {}

  /** Pre-fills an hour, then runs {@code runs} repetitions of {@code live} streaming and a pan. */
  static void run(int runs, Duration live, Path png) throws Exception {
    startFx();
    try (SimulatedImu imu = new SimulatedImu()) {
      imu.setRateHz(0);
      new HourChartBenchmark().measure(imu, runs, live, png);
    } finally {
      Platform.exit();
    }
  }

  private void measure(SimulatedImu imu, int runs, Duration live, Path png) throws Exception {
    model = imuModel(imu);
    ChannelFeed feed = model.feedProperty().get();
    long heapBefore = usedHeapAfterGc();
    long fillStart = System.nanoTime();
    long fillEnd = prefill(fillStart);
    double fillSeconds = (fillEnd - fillStart) / 1e9;
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "pre-filled %,d samples × %d channels (%.2f h of sample time ending now) in %.1f s:"
            + " store %.1f MB, used heap after GC +%.1f MB (store, plus the %,d raw payloads the"
            + " chart keeps for re-decoding), %d samples not stored%n",
        prefilled,
        CHANNELS,
        prefilled * STEP_NANOS / (double) HOUR_NANOS,
        fillSeconds,
        feed.history().bytes() / 1e6,
        (heapAfter - heapBefore) / 1e6,
        feed.buffer().capacity(),
        feed.history().late());

    pane =
        onFx(
            () -> {
              model.windowProperty().set(Duration.ofHours(1));
              return show(model, "ChartBenchmark --hour", times, this::panStep);
            });
    Subscription sub = imu.subscribe(model.listener());
    // the history reaches the moment the live stream starts, so no pause gap opens between them
    catchUp();
    long generated0 = imu.generated();
    long received0 = feed.counter().totalNotifications();
    imu.setRateHz(RATE_HZ);

    Run[] results = new Run[runs];
    for (int r = 0; r < runs; r++) {
      results[r] = repetition(feed, live, r == 0 ? png : null);
      System.out.println(results[r].line("run " + (r + 1)));
    }
    imu.setRateHz(0);
    Thread.sleep(500);
    long generated = imu.generated() - generated0;
    long received = feed.counter().totalNotifications() - received0;
    sub.close();
    onFx(
        () -> {
          pane.dispose();
          return null;
        });
    Run median = Run.median(results);
    System.out.println(median.line("median of " + runs));
    System.out.printf(
        Locale.ROOT,
        "live notifications over all runs: %,d generated by the simulator, %,d reached the chart's"
            + " feed (%,d missing)%n",
        generated,
        received,
        generated - received);
    boolean met =
        median.fps >= 30
            && median.liveIntervalP99 <= 50
            && median.panIntervalP99 <= 50
            && median.storeMb <= 64
            && Arrays.stream(results).allMatch(x -> x.lost == 0)
            && generated == received;
    System.out.println(
        "targets (>= 30 fps, frame p99 <= 50 ms live and panning, history <= 64 MB, 0 lost): "
            + (met ? "met" : "NOT met"));
  }

  /**
   * Feeds one hour of 2 kHz samples ending at {@code end} through the chart's listener, then keeps
   * feeding until the arrival times catch up with the clock; returns when it finished.
   */
  private long prefill(long end) {
    next = end - HOUR_NANOS;
    while (next < end) {
      feedSample();
    }
    return catchUp();
  }

  /** Feeds samples until their arrival times reach the clock (just before the IMU streams). */
  private long catchUp() {
    long now;
    while (next < (now = System.nanoTime())) {
      feedSample();
    }
    return now;
  }

  /** One sample of the simulated IMU's motion (same wobble and noise) as a fresh payload. */
  private void feedSample() {
    double w = 2 * Math.PI * 0.7;
    double s = prefilled / (double) RATE_HZ;
    short[] v = {
      (short) (180 * Math.sin(w * s) + random.nextInt(-8, 9)),
      (short) (120 * Math.cos(w * s * 0.6) + random.nextInt(-8, 9)),
      (short) (1000 + 60 * Math.sin(w * s * 1.3) + random.nextInt(-8, 9)),
      (short) (450 * Math.cos(w * s) + random.nextInt(-20, 21)),
      (short) (-300 * Math.sin(w * s * 0.6) + random.nextInt(-20, 21)),
      (short) (80 * Math.sin(w * s * 0.2) + random.nextInt(-20, 21))
    };
    byte[] payload = new byte[2 * CHANNELS];
    for (int i = 0; i < CHANNELS; i++) {
      payload[2 * i] = (byte) v[i];
      payload[2 * i + 1] = (byte) (v[i] >>> 8);
    }
    model.listener().onNotification(1, payload, next);
    next += STEP_NANOS;
    prefilled++;
  }

  private void panStep() {
    if (pan != null) {
      pan.step();
    }
  }

  /** Live at 2 kHz with the 1 h window following, then a pan across the hour. */
  private Run repetition(ChannelFeed feed, Duration live, Path png) throws Exception {
    onFx(
        () -> {
          pane.followLive();
          return null;
        });
    Thread.sleep(WARM_UP.toMillis());
    Counters before = counters(feed);
    long frames0 = onFx(pane::frames);
    resetTimes();
    long[] cpu0 = fxAndRenderCpuNanos();
    long t0 = System.nanoTime();
    Thread.sleep(live.toMillis());
    long[][] liveTimes = onFx(times::sorted);
    long elapsed = System.nanoTime() - t0;
    long[] cpu1 = fxAndRenderCpuNanos();
    long frames = onFx(pane::frames) - frames0;
    if (png != null) {
      Path shot = exportPng(pane, png, "hour");
      System.out.println("  screenshot of the live 1 h window: " + shot.toAbsolutePath());
    }
    double heapMb = usedHeapAfterGc() / 1e6;

    CompletableFuture<Integer> panned = new CompletableFuture<>();
    resetTimes();
    long[] cpu2 = fxAndRenderCpuNanos();
    long p0 = System.nanoTime();
    onFx(
        () -> {
          double oldest = (feed.history().oldestNanos() - model.originNanos()) / 1e9;
          double newest = (System.nanoTime() - model.originNanos()) / 1e9;
          pan = new Pan(oldest + 1, newest - PAN_VIEW_SECONDS, panned);
          return null;
        });
    int steps = panned.get(5, TimeUnit.MINUTES);
    long panElapsed = System.nanoTime() - p0;
    long[] cpu3 = fxAndRenderCpuNanos();
    long[][] panTimes = onFx(times::sorted);
    if (png != null) {
      Path shot = exportPng(pane, png, "hour-panned");
      System.out.println("  screenshot of the last panned 10 s view: " + shot.toAbsolutePath());
    }
    Thread.sleep(600); // the pane refreshes the model's drop count every 500 ms
    Counters after = counters(feed);
    Run run = new Run();
    run.fps = frames * 1e9 / elapsed;
    run.liveIntervalP50 = percentileMillis(liveTimes[0], 0.50);
    run.liveIntervalP99 = percentileMillis(liveTimes[0], 0.99);
    run.liveWorkP50 = percentileMillis(liveTimes[1], 0.50);
    run.liveWorkP99 = percentileMillis(liveTimes[1], 0.99);
    run.panFps = steps * 1e9 / panElapsed;
    run.panIntervalP50 = percentileMillis(panTimes[0], 0.50);
    run.panIntervalP99 = percentileMillis(panTimes[0], 0.99);
    run.panWorkP50 = percentileMillis(panTimes[1], 0.50);
    run.panWorkP99 = percentileMillis(panTimes[1], 0.99);
    int pulses = Math.max(1, liveTimes[0].length);
    run.liveFxCpu = (cpu1[0] - cpu0[0]) / 1e6 / pulses;
    run.liveRenderCpu = (cpu1[1] - cpu0[1]) / 1e6 / pulses;
    run.panFxCpu = (cpu3[0] - cpu2[0]) / 1e6 / steps;
    run.panRenderCpu = (cpu3[1] - cpu2[1]) / 1e6 / steps;
    run.storeMb = feed.history().bytes() / 1e6;
    run.heapMb = heapMb;
    run.samples = after.received - before.received;
    run.lost =
        (after.dropped - before.dropped)
            + (after.late - before.late)
            + (after.shortPayloads - before.shortPayloads);
    return run;
  }

  private void resetTimes() throws Exception {
    onFx(
        () -> {
          times.reset();
          return null;
        });
  }

  private Counters counters(ChannelFeed feed) throws Exception {
    long dropped = onFx(() -> model.droppedProperty().get());
    return new Counters(
        dropped, feed.history().late(), feed.shortPayloads(), feed.counter().totalNotifications());
  }

  /** What the pipeline's own counters say: drops on the path, samples not stored, received. */
  private record Counters(long dropped, long late, long shortPayloads, long received) {}

  /** Moves the time axis one step per pulse from {@code from} to {@code to}, as a pan does. */
  private final class Pan {
    private final double from;
    private final double step;
    private final CompletableFuture<Integer> done;
    private int index;

    Pan(double from, double to, CompletableFuture<Integer> done) {
      this.from = from;
      this.step = (to - from) / (PAN_STEPS - 1);
      this.done = done;
    }

    /** On the FX thread, before the chart's own timer. */
    void step() {
      if (index == PAN_STEPS) {
        pan = null;
        done.complete(index);
        return;
      }
      double min = from + index * step;
      pane.chart().getXAxis().set(min, min + PAN_VIEW_SECONDS);
      index++;
    }
  }

  /** One repetition's figures (milliseconds, MB). */
  private static final class Run {
    double fps;
    double liveIntervalP50;
    double liveIntervalP99;
    double liveWorkP50;
    double liveWorkP99;
    double panFps;
    double panIntervalP50;
    double panIntervalP99;
    double panWorkP50;
    double panWorkP99;
    double liveFxCpu;
    double liveRenderCpu;
    double panFxCpu;
    double panRenderCpu;
    double storeMb;
    double heapMb;
    long samples;
    long lost;

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "%s: live 1 h window: %.1f fps, frame interval p50 %.1f / p99 %.1f ms, frame work p50"
              + " %.1f / p99 %.1f ms; pan (10 s view, %d steps): %.1f fps, interval p50 %.1f /"
              + " p99 %.1f ms, work p50 %.1f / p99 %.1f ms; store %.1f MB, JVM heap after GC %.1f"
              + " MB; %,d live samples, %d lost; CPU per frame, FX / render thread: live %.2f / %.2f"
              + " ms, pan %.2f / %.2f ms",
          label,
          fps,
          liveIntervalP50,
          liveIntervalP99,
          liveWorkP50,
          liveWorkP99,
          PAN_STEPS,
          panFps,
          panIntervalP50,
          panIntervalP99,
          panWorkP50,
          panWorkP99,
          storeMb,
          heapMb,
          samples,
          lost,
          liveFxCpu,
          liveRenderCpu,
          panFxCpu,
          panRenderCpu);
    }

    static Run median(Run[] runs) {
      Run m = new Run();
      m.fps = median(runs, r -> r.fps);
      m.liveIntervalP50 = median(runs, r -> r.liveIntervalP50);
      m.liveIntervalP99 = median(runs, r -> r.liveIntervalP99);
      m.liveWorkP50 = median(runs, r -> r.liveWorkP50);
      m.liveWorkP99 = median(runs, r -> r.liveWorkP99);
      m.panFps = median(runs, r -> r.panFps);
      m.panIntervalP50 = median(runs, r -> r.panIntervalP50);
      m.panIntervalP99 = median(runs, r -> r.panIntervalP99);
      m.panWorkP50 = median(runs, r -> r.panWorkP50);
      m.panWorkP99 = median(runs, r -> r.panWorkP99);
      m.liveFxCpu = median(runs, r -> r.liveFxCpu);
      m.liveRenderCpu = median(runs, r -> r.liveRenderCpu);
      m.panFxCpu = median(runs, r -> r.panFxCpu);
      m.panRenderCpu = median(runs, r -> r.panRenderCpu);
      m.storeMb = median(runs, r -> r.storeMb);
      m.heapMb = median(runs, r -> r.heapMb);
      m.samples = (long) median(runs, r -> r.samples);
      m.lost = (long) median(runs, r -> r.lost);
      return m;
    }

    private static double median(Run[] runs, ToDoubleFunction<Run> f) {
      return BenchSupport.median(Arrays.stream(runs).mapToDouble(f).toArray());
    }
  }
}
