package io.gattscope.cli;

import io.gattscope.stream.StreamBenchmark;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the live-chart stream benchmark of {@code io.gattscope.stream}; it prints to stdout. */
@Command(
    name = "stream",
    description =
        "Layout decoding, ring buffer appends and per-frame decimation cost (io.gattscope.stream).")
final class BenchStreamCommand extends BaseCommand {
  @Option(
      names = "--runs",
      paramLabel = "R",
      defaultValue = "5",
      description = "Timed runs each figure is the median of (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--quick", description = "Shrink every workload about 20-fold (a smoke run).")
  boolean quick;

  @Override
  int execute() {
    if (runs < 1 || runs > 100) {
      throw new IllegalArgumentException("--runs must be 1..100, got " + runs);
    }
    List<String> args = new ArrayList<>(List.of(Integer.toString(runs)));
    if (quick) {
      args.add("--quick");
    }
    err().println("bench stream: " + String.join(" ", args));
    out().flush();
    StreamBenchmark.run(runs, quick, out());
    return 0;
  }
}
