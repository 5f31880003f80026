package io.gattscope.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A socat pty pair for interop tests: skips when socat is missing, but fails under CI=true where
 * .ci/run installs it.
 */
public final class SocatPair implements AutoCloseable {
  private final Process process;
  private final Path a;
  private final Path b;

  private SocatPair(Process process, Path a, Path b) {
    this.process = process;
    this.a = a;
    this.b = b;
  }

  /** Starts socat with two raw ptys linked as {@code dir/a} and {@code dir/b}. */
  public static SocatPair start(Path dir) throws IOException {
    requireTool("socat");
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Process p =
        new ProcessBuilder(
                "socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("socat.log").toFile())
            .start();
    try {
      Waits.waitFor(
          Duration.ofSeconds(5),
          "socat creating the ptys",
          () -> {
            if (!p.isAlive()) {
              throw new AssertionError("socat ended");
            }
            return Files.exists(a) && Files.exists(b);
          });
    } catch (AssertionError e) {
      p.destroyForcibly();
      fail(e.getMessage() + ": " + Files.readString(dir.resolve("socat.log")));
    }
    return new SocatPair(p, a, b);
  }

  /** Skips the test (or fails it under CI=true) when a tool is not on the PATH. */
  public static void requireTool(String tool) {
    if (!onPath(tool)) {
      String msg =
          tool + " is not installed (apt-get install " + tool + "); skipping this interop test";
      if ("true".equals(System.getenv("CI"))) {
        fail(msg + " — but CI=true, where .ci/run installs it");
      }
      Assumptions.abort(msg);
    }
  }

  /** Whether an executable of that name is on the PATH. */
  public static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  /** One end's path. */
  public String a() {
    return a.toString();
  }

  /** The other end's path. */
  public String b() {
    return b.toString();
  }

  /** Kills socat: both ptys go away. */
  public void kill() {
    process.destroy();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor(5, TimeUnit.SECONDS);
  }
}
