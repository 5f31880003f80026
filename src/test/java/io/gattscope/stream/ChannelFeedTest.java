package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelFeedTest {
  @TempDir Path dir;

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final RateMeter meter = new RateMeter(clock::get);
  private final PayloadLayout layout = PayloadLayout.parse("a:i16*0.5 g, b:u8");

  @Test
  void decodesIntoTheRingBufferAndCountsRate() {
    ChannelFeed feed = new ChannelFeed(layout, 100, meter.register("imu"));
    for (int i = 0; i < 10; i++) {
      feed.onNotification(0x25, new byte[] {(byte) i, 0, (byte) (200 + i)}, 5_000 + i);
    }
    feed.onNotification(0x25, new byte[] {4, 0}, 6_000);
    clock.addAndGet(100_000_000L);

    SampleSnapshot snap = new SampleSnapshot(100, 2);
    assertThat(feed.buffer().copySince(0, snap)).isEqualTo(11);
    assertThat(snap.timestamps()[3]).isEqualTo(5_003);
    assertThat(snap.channel(0)[3]).isEqualTo(1.5);
    assertThat(snap.channel(1)[3]).isEqualTo(203);
    assertThat(snap.channel(0)[10]).isEqualTo(2.0);
    assertThat(snap.channel(1)[10]).isNaN();
    assertThat(feed.shortPayloads()).isEqualTo(1);
    assertThat(feed.counter().totalNotifications()).isEqualTo(11);
    assertThat(feed.counter().bytesPerSecond()).isEqualTo(32);
    assertThat(meter.total().notificationsPerSecond()).isEqualTo(11);
  }

  @Test
  void recordsOnlyWhileRecording() throws IOException {
    ChannelFeed feed = new ChannelFeed(layout, 100, meter.register("imu"));
    Path file = dir.resolve("rec.csv");
    feed.onNotification(1, new byte[] {1, 0, 1}, 1_000);
    feed.startRecording(CsvRecorder.start(file, layout.names(), layout.units()));
    feed.onNotification(1, new byte[] {2, 0, 2}, 2_000);
    feed.onNotification(1, new byte[] {3, 0}, 3_000);
    RecordingSummary summary = feed.stopRecording().finish();
    feed.onNotification(1, new byte[] {4, 0, 4}, 4_000);

    assertThat(summary.rowsWritten()).isEqualTo(2);
    List<List<String>> rows = Rfc4180.parse(Files.readString(file));
    assertThat(rows.get(0))
        .containsExactly("time_iso", "time_s", "a (g)", "b", "arrival_s", "raw_hex");
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.subList(1, r.size()))
        .containsExactly(
            List.of("0.000000000", "1.0", "2.0", "0.000000000", "020002"),
            List.of("0.000001000", "1.5", "", "0.000001000", "0300"));
    assertThat(feed.stopRecording()).isNull();
  }

  @Test
  void recorderMustMatchAndOnlyOneAtATime() throws IOException {
    ChannelFeed feed = new ChannelFeed(layout, 10, meter.register("x"));
    try (CsvRecorder wrong = CsvRecorder.start(dir.resolve("w.csv"), List.of("a"), List.of(""));
        CsvRecorder first =
            CsvRecorder.start(dir.resolve("f.csv"), layout.names(), layout.units());
        CsvRecorder second =
            CsvRecorder.start(dir.resolve("s.csv"), layout.names(), layout.units())) {
      assertThatThrownBy(() -> feed.startRecording(wrong)).hasMessageContaining("1 channels");
      feed.startRecording(first);
      assertThatThrownBy(() -> feed.startRecording(second))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("f.csv");
    }
  }
}
