package io.gattscope.cli;

import io.gattscope.ble.Backends;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The notification benchmark through the command line: {@code gattscope subscribe --count N} runs
 * in this JVM against the simulator over a serial link, with its stdout going to /dev/null as with
 * {@code subscribe > /dev/null}; the rate is of the lines written.
 */
final class CliNotifyBench {
  private CliNotifyBench() {}

  /** Runs one burst of {@code count} notifications through {@code gattscope subscribe}. */
  static NotifyBench.Run serial(String devicePath, String hostPath, int count, int payloadSize)
      throws InterruptedException {
    SimulatorConfig config = SimulatorConfig.defaults();
    try (Simulator sim = Simulator.serveSerial(devicePath, config);
        LineCounter sink = new LineCounter(count)) {
      int handle = HeartRateMonitor.HEART_RATE_MEASUREMENT;
      sim.setNotificationRate(HeartRateMonitor.ADDRESS, handle, 0);
      PrintStream out =
          new PrintStream(new BufferedOutputStream(sink, 1 << 16), false, StandardCharsets.UTF_8);
      Watcher err = new Watcher("Subscribed to");
      String[] args = {
        "-a",
        "bgapi:" + hostPath,
        "subscribe",
        HeartRateMonitor.ADDRESS.toString(),
        String.format(Locale.ROOT, "0x%04x", handle),
        "--count",
        Integer.toString(count),
        "--duration",
        Long.toString(NotifyBench.DRAIN_TIMEOUT.toSeconds())
      };
      CompletableFuture<Integer> cli =
          CompletableFuture.supplyAsync(
              () ->
                  Cli.run(
                      args,
                      out,
                      new PrintStream(err, true, StandardCharsets.UTF_8),
                      new Backends()));
      CompletableFuture.anyOf(err.seen, cli).orTimeout(30, TimeUnit.SECONDS).join();
      if (cli.isDone()) {
        throw new IllegalStateException(
            "gattscope subscribe ended before subscribing, exit code " + cli.join());
      }
      long heapBefore = Stats.usedHeapAfterGc();
      long start = System.nanoTime();
      var sent = sim.blast(sim.connections().get(0), handle, count, payloadSize).join();
      int code = cli.orTimeout(NotifyBench.DRAIN_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS).join();
      if (code != 0) {
        throw new IllegalStateException("gattscope subscribe ended with exit code " + code);
      }
      long lines = sink.lines();
      long end = sink.lastNanos();
      return new NotifyBench.Run(
          sent.count(),
          lines,
          Math.max(0, sent.count() - lines),
          0,
          end == 0 ? 0 : end - start,
          heapBefore,
          Stats.usedHeapAfterGc());
    }
  }

  /** /dev/null that counts lines and notes when the last expected one was written. */
  static final class LineCounter extends OutputStream {
    private final OutputStream devNull;
    private final long expected;
    private long lines;
    private volatile long lastNanos;
    private volatile long seenLines;

    LineCounter(long expected) {
      this.expected = expected;
      try {
        this.devNull = new FileOutputStream("/dev/null");
      } catch (IOException e) {
        throw new IllegalStateException("cannot open /dev/null: " + e.getMessage(), e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      devNull.write(b, off, len);
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
      seenLines = lines;
      if (lines <= expected) {
        lastNanos = System.nanoTime();
      }
    }

    long lines() {
      return seenLines;
    }

    long lastNanos() {
      return lastNanos;
    }

    @Override
    public void close() {
      try {
        devNull.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Stderr that completes a future once a marker text was printed. */
  static final class Watcher extends OutputStream {
    final CompletableFuture<Void> seen = new CompletableFuture<>();
    private final String marker;
    private final StringBuilder text = new StringBuilder();

    Watcher(String marker) {
      this.marker = marker;
    }

    @Override
    public synchronized void write(int b) {
      text.append((char) b);
      if (b == '\n') {
        if (text.indexOf(marker) >= 0) {
          seen.complete(null);
        }
        text.setLength(0);
      }
    }
  }
}
