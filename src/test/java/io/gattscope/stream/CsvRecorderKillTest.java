package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording process killed mid-stream leaves a file whose complete lines are all valid. */
class CsvRecorderKillTest {
  @TempDir Path dir;

  @Test
  void killedRecorderLeavesAParsableFileMissingAtMostTheLastLine() throws Exception {
    Path file = dir.resolve("killed.csv");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RecordingChild.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!(Files.exists(file) && Files.size(file) > 100) && System.nanoTime() < deadline) {
        assertThat(child.isAlive()).as("child still running").isTrue();
        Thread.sleep(20);
      }
      assertThat(Files.size(file)).as("header written").isGreaterThan(0);
      Thread.sleep(1_500);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    String text = Files.readString(file, StandardCharsets.UTF_8);
    int lastEnd = text.lastIndexOf("\r\n");
    String complete = text.substring(0, lastEnd + 2);
    String partial = text.substring(lastEnd + 2);
    assertThat(partial).doesNotContain("\r", "\n");
    List<List<String>> rows = Rfc4180.parse(complete);
    assertThat(rows.get(0))
        .containsExactly(
            "time_iso", "time_s", "ramp (V)", "text,like (\"q\")", "arrival_s", "raw_hex");
    List<List<String>> data = rows.subList(1, rows.size());
    assertThat(data).as("about a second of rows at 2 kHz survived").hasSizeGreaterThan(1_000);
    for (int i = 0; i < data.size(); i++) {
      List<String> r = data.get(i);
      assertThat(r).hasSize(6);
      assertThat(r.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
      assertThat(Double.parseDouble(r.get(2))).isEqualTo(i);
      assertThat(Double.parseDouble(r.get(3))).isEqualTo(-0.5 * i);
      assertThat(r.get(5)).hasSize(24).startsWith(String.format("%02x", i & 0xFF));
    }
  }
}
