package io.gattscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmarks of the notification path. */
@Command(
    name = "bench",
    description = "Benchmarks.",
    subcommands = {BenchCommand.Notify.class, BenchStartCommand.class})
final class BenchCommand {

  /** Notifications from BGAPI bytes to a subscriber's listener through the simulator. */
  @Command(
      name = "notify",
      description =
          "Notifications from simulated BGAPI bytes to the subscriber's listener: rate, lost,"
              + " reordered, heap; medians of several runs.")
  static final class Notify extends BaseCommand {
    @Option(
        names = {"-n", "--count"},
        paramLabel = "N",
        defaultValue = "20000",
        description = "Notifications per run (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(
        names = "--payload",
        paramLabel = "BYTES",
        defaultValue = "20",
        description = "Bytes per notification, 4..20 (default: ${DEFAULT-VALUE}).")
    int payload;

    @Option(
        names = "--runs",
        paramLabel = "R",
        defaultValue = "5",
        description = "Runs; the medians are reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
        names = "--warmup",
        paramLabel = "W",
        defaultValue = "1",
        description =
            "Runs first, printed but left out of the medians, so that both paths are compiled"
                + " by the JIT before they are timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
        names = "--serial",
        description = "Run over a socat pty pair instead of the in-memory link.")
    boolean serial;

    @Option(
        names = "--cli",
        description =
            "With --serial: also run each burst through 'gattscope subscribe > /dev/null' and"
                + " print the CLI/library rate ratio.")
    boolean cli;

    @Override
    int execute() throws InterruptedException {
      if (count < 1 || runs < 1 || runs > 100) {
        throw new IllegalArgumentException(
            "--count must be 1 or more and --runs 1..100, got " + count + " and " + runs);
      }
      if (warmup < 0 || warmup > 10) {
        throw new IllegalArgumentException("--warmup must be 0..10, got " + warmup);
      }
      if (payload < 4 || payload > 20) {
        throw new IllegalArgumentException("--payload must be 4..20 bytes, got " + payload);
      }
      if (cli && !serial) {
        throw new IllegalArgumentException("--cli needs --serial (the CLI opens a serial port)");
      }
      List<NotifyBench.Run> results = new ArrayList<>();
      List<NotifyBench.Run> cliResults = new ArrayList<>();
      String link = serial ? "serial (socat pty pair)" : "in-memory";
      err()
          .printf(
              Locale.ROOT,
              "bench notify: %d x %d notifications of %d bytes over %s%n",
              runs,
              count,
              payload,
              link);
      for (int i = 1; i <= warmup; i++) {
        NotifyBench.Run r = serial ? serialRun() : NotifyBench.inMemory(count, payload);
        err()
            .printf(
                Locale.ROOT,
                "  warm-up %d (not counted): %d received of %d, %.0f/s%n",
                i,
                r.received(),
                r.sent(),
                r.perSecond());
        if (cli) {
          NotifyBench.Run c = cliRun();
          err()
              .printf(
                  Locale.ROOT,
                  "  warm-up %d through gattscope subscribe (not counted): %d lines of %d, %.0f/s%n",
                  i,
                  c.received(),
                  c.sent(),
                  c.perSecond());
        }
      }
      for (int i = 1; i <= runs; i++) {
        NotifyBench.Run r = serial ? serialRun() : NotifyBench.inMemory(count, payload);
        results.add(r);
        err()
            .printf(
                Locale.ROOT,
                "  run %d: %d received of %d, %d lost, %d reordered, %.0f/s, heap %d -> %d KiB%n",
                i,
                r.received(),
                r.sent(),
                r.lost(),
                r.reordered(),
                r.perSecond(),
                r.heapBefore() / 1024,
                r.heapAfter() / 1024);
        if (cli) {
          NotifyBench.Run c = cliRun();
          cliResults.add(c);
          err()
              .printf(
                  Locale.ROOT,
                  "  run %d through gattscope subscribe: %d lines of %d, %.0f/s%n",
                  i,
                  c.received(),
                  c.sent(),
                  c.perSecond());
        }
      }
      report(link, results);
      if (cli) {
        reportCli(results, cliResults);
      }
      return 0;
    }

    private NotifyBench.Run cliRun() throws InterruptedException {
      try (PtyPair pty = PtyPair.open()) {
        return CliNotifyBench.serial(pty.first(), pty.second(), count, payload);
      }
    }

    private void reportCli(List<NotifyBench.Run> library, List<NotifyBench.Run> cliRuns) {
      double lib = Stats.median(library.stream().map(NotifyBench.Run::perSecond).toList());
      double viaCli = Stats.median(cliRuns.stream().map(NotifyBench.Run::perSecond).toList());
      double lines = Stats.median(cliRuns.stream().map(NotifyBench.Run::received).toList());
      double ratio = lib > 0 ? viaCli / lib : 0;
      if (json()) {
        printJson(
            Json.object()
                .put("benchmark", "notify-cli")
                .put("runs", cliRuns.size())
                .put("count", count)
                .put("medianLines", lines)
                .put("medianCliPerSecond", Math.round(viaCli))
                .put("medianLibraryPerSecond", Math.round(lib))
                .raw("cliToLibrary", String.format(Locale.ROOT, "%.2f", ratio)));
      } else {
        out()
            .printf(
                Locale.ROOT,
                "gattscope subscribe > /dev/null: median %.0f lines/s (%.0f of %d), library %.0f/s:"
                    + " CLI/library %.2f%n",
                viaCli,
                lines,
                count,
                lib,
                ratio);
      }
    }

    private NotifyBench.Run serialRun() throws InterruptedException {
      try (PtyPair pty = PtyPair.open()) {
        return NotifyBench.serial(pty.first(), pty.second(), count, payload);
      }
    }

    private void report(String link, List<NotifyBench.Run> rs) {
      double rate = Stats.median(rs.stream().map(NotifyBench.Run::perSecond).toList());
      double lost = Stats.median(rs.stream().map(NotifyBench.Run::lost).toList());
      double reordered = Stats.median(rs.stream().map(NotifyBench.Run::reordered).toList());
      double received = Stats.median(rs.stream().map(NotifyBench.Run::received).toList());
      double before = Stats.median(rs.stream().map(NotifyBench.Run::heapBefore).toList());
      double after = Stats.median(rs.stream().map(NotifyBench.Run::heapAfter).toList());
      if (json()) {
        printJson(
            Json.object()
                .put("benchmark", "notify")
                .put("link", serial ? "serial" : "memory")
                .put("runs", rs.size())
                .put("count", count)
                .put("payloadBytes", payload)
                .put("medianReceived", received)
                .put("medianPerSecond", Math.round(rate))
                .put("medianLost", lost)
                .put("medianReordered", reordered)
                .put("medianHeapBeforeBytes", Math.round(before))
                .put("medianHeapAfterBytes", Math.round(after)));
      } else {
        out()
            .printf(
                Locale.ROOT,
                "notify over %s: median of %d runs: %.0f notifications/s, %.0f of %d received,"
                    + " %.0f lost, %.0f reordered, heap %.0f -> %.0f KiB%n",
                link,
                rs.size(),
                rate,
                received,
                count,
                lost,
                reordered,
                before / 1024,
                after / 1024);
      }
    }
  }
}
