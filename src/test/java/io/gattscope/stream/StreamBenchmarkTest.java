package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamBenchmarkTest {

  @Test
  void quickRunReportsEveryFigure() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new StreamBenchmark(1, true, new PrintStream(bytes, true, StandardCharsets.UTF_8)).runAll();
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .contains("median of 1 runs")
        .containsPattern("layout decode \\(6 x int16, scaled\\): [0-9.]+ M payloads/s")
        .containsPattern("ring buffer append \\(6 channels\\): [0-9.]+ M samples/s")
        .containsPattern("after 1,500,000 appends \\(ring keeps 100,000 x 6 channels, 5.6 MB")
        .containsPattern("incremental, 10 s window \\(20,000 samples\\): [0-9.]+ us/frame")
        .containsPattern("incremental, 10 min window \\(1,200,000 samples\\): [0-9.]+ us/frame")
        .containsPattern("full, 10 s window")
        .containsPattern("incremental frame cost ratio 10 min / 10 s: [0-9.]+")
        .contains("checksum ok");
  }

  @Test
  void rejectsZeroRuns() {
    assertThatThrownBy(() -> StreamBenchmark.run(0, true, System.out))
        .hasMessageContaining("runs must be at least 1");
  }
}
