package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * What the chart benchmarks share: starting JavaFX, the simulated IMU's chart model and a 1280×800
 * chart window timed per pulse, calls on the FX thread, heap after GC, percentiles and medians.
 */
final class BenchSupport {
  private BenchSupport() {}

  /** Starts the JavaFX platform and waits until it runs. */
  static void startFx() throws Exception {
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
  }

  /** The chart model of the simulated IMU's plain 6 × int16 layout. */
  static ChartViewModel imuModel(SimulatedImu imu) {
    return new ChartViewModel(
        "IMU (simulated)",
        PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT),
        null,
        null,
        new RateMeter(),
        imu::droppedCallbacks);
  }

  /**
   * Shows {@code model} in a 1280×800 chart window titled {@code title}, {@code times} timing its
   * pulses, and {@code atPulseStart} run first in every pulse; call on the FX thread.
   */
  static LiveChartPane show(
      ChartViewModel model, String title, PulseTimes times, Runnable atPulseStart) {
    // started before the pane's timer, so each pulse's time starts before the chart's work
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        times.begin();
        atPulseStart.run();
      }
    }.start();
    LiveChartPane pane = new LiveChartPane(model);
    Stage stage = new Stage();
    Scene scene = new Scene(pane, 1280, 800);
    scene.addPostLayoutPulseListener(times::end);
    stage.setScene(scene);
    stage.setTitle(title);
    stage.show();
    return pane;
  }

  /** Runs {@code action} on the FX thread and returns its result (a minute at most). */
  static <T> T onFx(Callable<T> action) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(action.call());
          } catch (Exception | Error e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(60, TimeUnit.SECONDS);
  }

  /** Writes a PNG of {@code pane} to {@code png} with {@code label} added to its name. */
  static Path exportPng(LiveChartPane pane, Path png, String label) throws Exception {
    String name = png.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    Path shot = png.resolveSibling(base + "-" + label + ".png");
    onFx(
        () -> {
          pane.exportPng(shot);
          return null;
        });
    return shot;
  }

  /**
   * CPU time so far of the FX thread and of the render thread (-1 if there is none), in ns: what
   * the chart costs, which the machine's load changes far less than the wall-clock frame times.
   */
  static long[] fxAndRenderCpuNanos() throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long fx = onFx(() -> Thread.currentThread().getId());
    long render =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer"))
            .mapToLong(Thread::getId)
            .findFirst()
            .orElse(-1);
    return new long[] {mx.getThreadCpuTime(fx), render < 0 ? -1 : mx.getThreadCpuTime(render)};
  }

  /** Used heap after three full collections, in bytes. */
  static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The value below which a fraction {@code p} of {@code sortedNanos} lies, in ms; NaN if none. */
  static double percentileMillis(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(p * sortedNanos.length))]
        / 1e6;
  }

  /** The median (the upper one of an even count) of {@code values}. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
