package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.testsupport.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
      // The signal: the child's recorder has flushed more than a thousand complete rows.
      Waits.waitFor(
          Duration.ofSeconds(30),
          "1,000 rows flushed",
          () -> {
            assertThat(child.isAlive()).as("child still running").isTrue();
            return completeLines(file) > 1_001;
          });
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

  /** How many CRLF-terminated lines the file holds now (0 while it does not exist). */
  private static long completeLines(Path file) {
    try {
      if (!Files.exists(file)) {
        return 0;
      }
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      return text.split("\r\n", -1).length - 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
