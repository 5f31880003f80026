package io.gattscope.cli;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleTimeoutException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two connected pseudo-terminals made by {@code socat}; closing ends socat. */
final class PtyPair implements AutoCloseable {
  private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");
  private static final Duration STARTUP = Duration.ofSeconds(10);

  private final Process socat;
  private final String first;
  private final String second;

  private PtyPair(Process socat, String first, String second) {
    this.socat = socat;
    this.first = first;
    this.second = second;
  }

  /** The socat executable on the PATH, if any. */
  static Optional<Path> socat() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "socat");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts socat and waits until it names both terminals.
   *
   * @throws AdapterUnavailableException when socat is missing or names no terminals in time
   */
  static PtyPair open() {
    Path exe =
        socat()
            .orElseThrow(
                () ->
                    new AdapterUnavailableException(
                        "socat is not installed (needed for a pty pair); install socat"));
    Process p;
    try {
      p =
          new ProcessBuilder(exe.toString(), "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new AdapterUnavailableException("could not start socat: " + e.getMessage(), e);
    }
    BufferedReader log =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<List<String>> names = CompletableFuture.supplyAsync(() -> readNames(log));
    try {
      List<String> ptys = names.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
      if (ptys.size() < 2) {
        throw new AdapterUnavailableException("socat ended before naming two terminals");
      }
      drain(log);
      return new PtyPair(p, ptys.get(0), ptys.get(1));
    } catch (TimeoutException e) {
      p.destroyForcibly();
      throw new BleTimeoutException("socat to name its terminals", STARTUP);
    } catch (ExecutionException e) {
      p.destroyForcibly();
      throw new AdapterUnavailableException("reading socat's output failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new AdapterUnavailableException("interrupted while starting socat", e);
    } catch (RuntimeException e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private static List<String> readNames(BufferedReader log) {
    List<String> found = new ArrayList<>();
    try {
      String line;
      while (found.size() < 2 && (line = log.readLine()) != null) {
        Matcher m = PTY.matcher(line);
        if (m.find()) {
          found.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** Keeps reading socat's log so it never blocks on a full pipe. */
  private static void drain(BufferedReader log) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (log.readLine() != null) {
                  // socat's later diagnostics are not needed
                }
              } catch (IOException ended) {
                // socat exited
              }
            },
            "socat-log");
    t.setDaemon(true);
    t.start();
  }

  String first() {
    return first;
  }

  String second() {
    return second;
  }

  @Override
  public void close() {
    socat.destroy();
    try {
      if (!socat.waitFor(2, TimeUnit.SECONDS)) {
        socat.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      socat.destroyForcibly();
    }
  }
}
