package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecorderTest {
  @TempDir Path dir;
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void writesHundredThousandRowsThatReadBack() throws IOException {
    Path file = dir.resolve("imu.csv");
    long start = 123_456_789_000L;
    RecordingSummary summary;
    {
      CsvRecorder recorder =
          CsvRecorder.start(
              file,
              List.of("ax", "gx", "n"),
              List.of("g", "dps", ""),
              100_000,
              executor,
              Duration.ofMillis(5),
              new CsvRecorder.ClockAnchor(Instant.parse("2026-11-24T10:00:00Z"), start));
      double[] row = new double[3];
      for (int i = 0; i < 100_000; i++) {
        row[0] = i * 0.001;
        row[1] = -i;
        row[2] = i % 7;
        assertThat(recorder.append(start + i * 500_001L, row)).isTrue();
      }
      summary = recorder.finish();
      assertThat(recorder.finish()).isSameAs(summary);
    }

    assertThat(summary.rowsWritten()).isEqualTo(100_000);
    assertThat(summary.rowsDropped()).isZero();
    List<List<String>> rows = Rfc4180.parse(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(rows).hasSize(100_001);
    assertThat(rows.get(0))
        .containsExactly("time_iso", "time_s", "ax (g)", "gx (dps)", "n", "arrival_s", "raw_hex");
    assertThat(rows.get(1))
        .containsExactly(
            "2026-11-24T10:00:00.000Z", "0.000000000", "0.0", "0.0", "0.0", "0.000000000", "");
    assertThat(rows.get(3))
        .containsExactly(
            "2026-11-24T10:00:00.001Z", "0.001000002", "0.002", "-2.0", "2.0", "0.001000002", "");
    for (int i = 0; i < 100_000; i += 997) {
      List<String> cells = rows.get(i + 1);
      long nanos = Math.round(Double.parseDouble(cells.get(1)) * 1e9);
      assertThat(nanos).isEqualTo(i * 500_001L);
      assertThat(Instant.parse(cells.get(0)))
          .isEqualTo(Instant.parse("2026-11-24T10:00:00Z").plusMillis(i * 500_001L / 1_000_000));
      assertThat(Double.parseDouble(cells.get(2))).isEqualTo(i * 0.001);
      assertThat(Double.parseDouble(cells.get(3))).isEqualTo(-i);
      assertThat(Double.parseDouble(cells.get(4))).isEqualTo(i % 7);
    }
  }

  @Test
  void fullQueueDropsRowsWithoutBlockingAndCountsThem() throws Exception {
    Path file = dir.resolve("drops.csv");
    CountDownLatch release = new CountDownLatch(1);
    {
      executor.submit(
          () -> {
            release.await();
            return null;
          });
      CsvRecorder recorder =
          CsvRecorder.start(file, List.of("v"), List.of(""), 8, executor, Duration.ofMillis(1));
      int accepted = 0;
      for (int i = 0; i < 100; i++) {
        accepted += recorder.append(i, new double[] {i}) ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(8);
      assertThat(recorder.rowsDropped()).isEqualTo(92);
      release.countDown();
      RecordingSummary summary = recorder.finish();

      assertThat(summary.rowsWritten()).isEqualTo(8);
      assertThat(summary.rowsDropped()).isEqualTo(92);
      assertThat(recorder.append(200, new double[] {1})).isFalse();
      assertThat(recorder.rowsDropped()).isEqualTo(93);
    }
    List<List<String>> rows = Rfc4180.parse(Files.readString(file));
    assertThat(rows).hasSize(9);
    assertThat(rows.get(8).subList(1, 5)).containsExactly("0.000000007", "7.0", "0.000000007", "");
  }

  @Test
  void partialRowsLeaveEmptyCellsAndHeaderIsQuoted() throws IOException {
    Path file = dir.resolve("partial.csv");
    CsvRecorder recorder = CsvRecorder.start(file, List.of("a", "b\r\nc"), List.of("m,s", "\"x\""));
    recorder.append(5_000_000_000L, new double[] {1.5, 2.5}, 1, new byte[] {(byte) 0xAB, 0x01});
    recorder.append(4_000_000_000L, new double[] {3, 4});
    RecordingSummary summary = recorder.finish();

    assertThat(summary.rowsWritten()).isEqualTo(2);
    String text = Files.readString(file);
    assertThat(text)
        .startsWith("time_iso,time_s,\"a (m,s)\",\"b\r\nc (\"\"x\"\")\",arrival_s,raw_hex\r\n");
    List<List<String>> rows = Rfc4180.parse(text);
    assertThat(rows.get(0))
        .containsExactly("time_iso", "time_s", "a (m,s)", "b\r\nc (\"x\")", "arrival_s", "raw_hex");
    assertThat(rows.get(1).subList(1, 6))
        .containsExactly("0.000000000", "1.5", "", "0.000000000", "ab01");
    assertThat(rows.get(2).subList(1, 6))
        .containsExactly("-1.000000000", "3.0", "4.0", "-1.000000000", "");
    assertThat(Instant.parse(rows.get(1).get(0)))
        .isEqualTo(Instant.parse(rows.get(2).get(0)).plusSeconds(1));
  }

  @Test
  void badArgumentsFailImmediately() throws IOException {
    assertThatThrownBy(
            () -> CsvRecorder.start(dir.resolve("no/such/dir.csv"), List.of("a"), List.of("")))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> CsvRecorder.start(dir.resolve("x.csv"), List.of("a"), List.of()))
        .hasMessageContaining("one unit per channel");
    try (CsvRecorder recorder =
        CsvRecorder.start(dir.resolve("y.csv"), List.of("a"), List.of(""))) {
      assertThatThrownBy(() -> recorder.append(1, new double[] {1, 2}, 2))
          .hasMessageContaining("count 2");
    }
  }
}
