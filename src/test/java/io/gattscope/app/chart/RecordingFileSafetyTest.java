package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.app.fake.ManualTicker;
import io.gattscope.app.log.LogEntry;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.CsvTarget;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's recorder never writes through a link and replaces a file only when confirmed. */
class RecordingFileSafetyTest {
  private static final UUID CHAR = UUID.fromString("a5f10001-8d2e-4b5a-9c3f-6a7b8c9d0e1f");
  private static final String ADDRESS = "00:07:80:AA:BB:CC";
  @TempDir Path dir;
  private final ManualTicker ticker = new ManualTicker();
  private final LogViewModel log =
      new LogViewModel(UiExecutor.direct(), ticker, Clock.systemUTC(), 100);

  private ChartViewModel model() {
    ChartViewModel m =
        new ChartViewModel(
            "imu", PayloadLayout.parse("a:i16, b:i16"), CHAR, null, new RateMeter(), () -> 0);
    m.logRecordingsTo(log, ADDRESS, "Imu (" + ADDRESS + ") value handle 0x000F, CCCD 0x0010");
    return m;
  }

  private List<String> logged() {
    ticker.tick();
    return log.entries().stream().map(LogEntry::message).toList();
  }

  @Test
  void aLinkToAFileIsRefusedEvenWithConsentAndTheTargetIsUntouched() throws Exception {
    Path target = Files.writeString(dir.resolve("precious.txt"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("rec.csv"), target);
    ChartViewModel m = model();
    assertThat(m.recordingTarget(link)).isEqualTo(CsvTarget.SYMBOLIC_LINK);
    for (boolean replace : new boolean[] {false, true}) {
      assertThatThrownBy(() -> m.startRecording(link, replace))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("is a symbolic link")
          .hasMessageContaining("links are never followed");
    }
    assertThat(Files.readString(target)).isEqualTo("precious\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(m.recordingProperty().get()).isFalse();
    assertThat(logged()).isEmpty();
  }

  @Test
  void aDanglingLinkCreatesNothingWhereItPoints() {
    Path nowhere = dir.resolve("nowhere.csv");
    ChartViewModel m = model();
    assertThatThrownBy(
            () -> m.startRecording(Files.createSymbolicLink(dir.resolve("rec.csv"), nowhere), true))
        .hasMessageContaining("is a symbolic link");
    assertThat(nowhere).doesNotExist();
  }

  @Test
  void theOpeningItselfRefusesALinkThatAppearsAfterTheCheck() throws Exception {
    Path target = Files.writeString(dir.resolve("precious.txt"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("rec.csv"), target);
    for (boolean replace : new boolean[] {false, true}) {
      assertThatThrownBy(() -> CsvRecorder.startNoFollow(link, List.of(), List.of(), replace))
          .isInstanceOf(IOException.class);
    }
    assertThat(Files.readString(target)).isEqualTo("precious\n");
  }

  @Test
  void anExistingFileIsKeptWithoutConsentAndReplacedWithIt() throws Exception {
    Path file = Files.writeString(dir.resolve("rec.csv"), "precious\n");
    ChartViewModel m = model();
    assertThat(m.recordingTarget(file)).isEqualTo(CsvTarget.EXISTING_FILE);
    assertThatThrownBy(() -> m.startRecording(file, false))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " exists; confirm to replace it");
    assertThat(Files.readString(file)).isEqualTo("precious\n");
    assertThat(m.recordingProperty().get()).isFalse();

    m.startRecording(file, true);
    m.listener().onNotification(15, new byte[] {1, 0, 2, 0}, System.nanoTime());
    assertThat(m.stopRecording().rowsWritten()).isEqualTo(1);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("time_iso,time_s,a,b");
  }

  @Test
  void noRecordingStartsWhileTheLinkIsLost() {
    ChartViewModel m = model();
    m.linkLost(System.nanoTime());
    Path file = dir.resolve("rec.csv");
    assertThatThrownBy(() -> m.startRecording(file, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not running");
    assertThat(file).doesNotExist();
  }

  @Test
  void startAndStopGoToTheLogWithDeviceHandlesFileAndCounts() throws Exception {
    ChartViewModel m = model();
    Path file = dir.resolve("rec.csv");
    m.startRecording(file, false);
    for (int i = 0; i < 3; i++) {
      m.listener().onNotification(15, new byte[] {(byte) i, 0, 0, 0}, System.nanoTime());
    }
    m.stopRecording();
    List<String> messages = logged();
    assertThat(messages)
        .containsExactly(
            "Recording Imu (" + ADDRESS + ") value handle 0x000F, CCCD 0x0010 to " + file,
            "Recording of Imu ("
                + ADDRESS
                + ") value handle 0x000F, CCCD 0x0010 stopped: 3 rows written to "
                + file);
    assertThat(log.entries()).extracting(LogEntry::device).containsOnly(ADDRESS);
  }
}
