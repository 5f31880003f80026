package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the benchmarks as a user would: {@code gattscope bench ...} in its own JVM. */
class CliBenchIT {

  record Run(int code, String out, String err) {}

  @Test
  void notifyOverASocatPtyPairLosesNothing() throws Exception {
    if (PtyPair.socat().isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("socat is required in CI (apt-get install socat)");
      }
      assumeTrue(false, "socat is not installed; skipping the serial benchmark");
    }
    Run r = run("bench", "notify", "--serial", "--runs", "1", "--count", "3000", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out().strip());
    assertThat(j.get("link").asText()).isEqualTo("serial");
    assertThat(j.get("medianReceived").asDouble()).isEqualTo(3000);
    assertThat(j.get("medianLost").asDouble()).isZero();
    assertThat(j.get("medianReordered").asDouble()).isZero();
    assertThat(j.get("medianPerSecond").asLong()).isPositive();
  }

  @Test
  void notifyThroughTheCliReportsTheRatioToTheLibrary() throws Exception {
    assumeTrue(PtyPair.socat().isPresent() || "true".equals(System.getenv("CI")), "no socat");
    Run r = run("bench", "notify", "--serial", "--cli", "--runs", "1", "--count", "3000", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().strip().lines().toList();
    JsonNode cli = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(cli.get("benchmark").asText()).isEqualTo("notify-cli");
    assertThat(cli.get("medianLines").asDouble()).as("every notification printed").isEqualTo(3000);
    assertThat(cli.get("cliToLibrary").asDouble()).isPositive();
  }

  @Test
  void cliStartPrintsRatiosToJavaVersion() throws Exception {
    Path jar = Path.of("target", "gattscope.jar");
    assumeTrue(jar.toFile().isFile(), "target/gattscope.jar is built by mvn package");
    Run r = run("bench", "cli-start", "--runs", "1", "--jar", jar.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("java -version")
        .contains("java -jar gattscope.jar -a sim read")
        .contains("java -jar gattscope.jar --version")
        .containsPattern("\\d+\\.\\d\\d x java -version");
  }

  @Test
  void notifyInMemoryReportsMediansOfSeveralRuns() throws Exception {
    Run r = run("bench", "notify", "--runs", "3", "--count", "5000");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("run 1:").contains("run 2:").contains("run 3:");
    assertThat(r.err()).contains("warm-up 1 (not counted):").doesNotContain("warm-up 2");
    assertThat(r.out()).contains("notify over in-memory: median of 3 runs").contains("reordered");
  }

  @Test
  void notifyRejectsAnOutOfRangeWarmup() throws Exception {
    Run r = run("bench", "notify", "--warmup", "11");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--warmup must be 0..10, got 11");
    assertThat(r.err()).doesNotContain("run 1:");
  }

  private static Run run(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, Cli.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("gattscope " + String.join(" ", args) + " did not end within 120 s");
    }
    return new Run(p.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS));
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
