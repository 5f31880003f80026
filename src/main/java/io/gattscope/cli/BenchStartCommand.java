package io.gattscope.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Start-up cost of the command line: the median wall time of {@code gattscope -a sim read …} and
 * {@code gattscope --version}, each as a ratio to a bare {@code java -version} in the same run.
 */
@Command(
    name = "cli-start",
    description =
        "Median wall time of 'java -jar gattscope.jar -a sim read …', '… --version' and (with"
            + " --launcher) the installed launcher, as ratios to 'java -version'.")
final class BenchStartCommand extends BaseCommand {
  @Option(
      names = "--runs",
      paramLabel = "R",
      defaultValue = "9",
      description = "Starts of each command; medians are reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--jar",
      paramLabel = "PATH",
      description =
          "The jar to start (default: the one this runs from, else target/gattscope.jar).")
  Path jar;

  @Option(
      names = "--launcher",
      paramLabel = "PATH",
      description =
          "Also time an installed launcher, e.g. /opt/gattscope/bin/GattScope or"
              + " target/installer/image/GattScope/bin/GattScope.")
  Path launcher;

  @Override
  int execute() throws IOException, InterruptedException {
    if (runs < 1 || runs > 100) {
      throw new IllegalArgumentException("--runs must be 1..100, got " + runs);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jarPath = jar != null ? jar : defaultJar();
    if (!Files.isRegularFile(jarPath)) {
      throw new IllegalArgumentException(
          "--jar " + jarPath + " is not a file (build it with mvn -DskipTests package)");
    }
    String[] read = {"-a", "sim", "read", "00:07:80:5E:01:01", "2a38"};
    List<Timed> timed = new ArrayList<>();
    timed.add(new Timed("java -version", List.of(java, "-version")));
    timed.add(new Timed("java -jar gattscope.jar -a sim read", with(java, jarPath, read)));
    timed.add(new Timed("java -jar gattscope.jar --version", with(java, jarPath, "--version")));
    if (launcher != null) {
      List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
      cmd.addAll(List.of(read));
      timed.add(new Timed("launcher -a sim read", cmd));
      timed.add(new Timed("launcher --version", List.of(launcher.toString(), "--version")));
    }
    err().println("bench cli-start: " + runs + " starts of each command, interleaved");
    for (Timed t : timed) {
      t.once(); // warm the page cache
    }
    for (int i = 0; i < runs; i++) {
      for (Timed t : timed) {
        t.samples.add(t.once() / 1e6);
      }
    }
    double base = Stats.median(timed.get(0).samples);
    for (Timed t : timed) {
      double median = Stats.median(t.samples);
      if (json()) {
        printJson(
            Json.object()
                .put("benchmark", "cli-start")
                .put("command", t.name)
                .put("medianMs", Math.round(median))
                .raw("ratio", String.format(Locale.ROOT, "%.2f", median / base)));
      } else {
        out()
            .printf(
                Locale.ROOT,
                "%-40s median %5.0f ms  %5.2f x java -version%n",
                t.name,
                median,
                median / base);
      }
    }
    return 0;
  }

  private static List<String> with(String java, Path jar, String... args) {
    List<String> cmd = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static Path defaultJar() {
    try {
      Path self =
          Path.of(
              BenchStartCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (self.toString().endsWith(".jar")) {
        return self;
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall back to the build's jar
    }
    return Path.of("target", "gattscope.jar");
  }

  /** One command and its wall times in milliseconds. */
  private static final class Timed {
    final String name;
    final List<String> command;
    final List<Double> samples = new ArrayList<>();

    Timed(String name, List<String> command) {
      this.name = name;
      this.command = command;
    }

    /** Runs the command once, output discarded; returns its wall time in nanoseconds. */
    long once() throws IOException, InterruptedException {
      Path errors = Files.createTempFile("gattscope-bench", ".err");
      try {
        long start = System.nanoTime();
        Process p =
            new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException(String.join(" ", command) + " did not end within 60 s");
        }
        long nanos = System.nanoTime() - start;
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              String.join(" ", command)
                  + " failed with exit code "
                  + p.exitValue()
                  + ": "
                  + Files.readString(errors).strip());
        }
        return nanos;
      } finally {
        Files.deleteIfExists(errors);
      }
    }
  }
}
