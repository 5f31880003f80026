package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.decode.Decoders;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.RecordingSummary;
import io.gattscope.stream.Rfc4180;
import io.gattscope.stream.SampleSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart's view model without a toolkit. */
class ChartViewModelTest {
  private static final UUID CHAR = UUID.fromString("a5f10001-8d2e-4b5a-9c3f-6a7b8c9d0e1f");
  @TempDir Path dir;
  private final RateMeter meter = new RateMeter();
  private final AtomicLong laneDrops = new AtomicLong();

  private ChartViewModel model(LayoutStore store) {
    return new ChartViewModel(
        "imu",
        PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT),
        CHAR,
        store,
        meter,
        laneDrops::get);
  }

  private static byte[] imu(int ax) {
    return new byte[] {(byte) ax, (byte) (ax >> 8), 0, 0, 0, 0, 10, 0, 0, 0, 0, 0};
  }

  @Test
  void applyingALayoutReDecodesTheBufferedPayloads() {
    ChartViewModel m = model(null);
    long start = System.nanoTime();
    for (int k = 0; k < 300; k++) {
      m.listener().onNotification(8, imu(k), start + k * 5_000_000L);
    }
    var before = m.feedProperty().get();
    m.layoutSpecProperty().set("a:i16*0.001 g, b:i16");
    assertThat(m.applyLayout()).isTrue();
    var after = m.feedProperty().get();
    assertThat(after).isNotSameAs(before);
    assertThat(after.buffer().writeSequence()).as("the history, re-decoded").isEqualTo(300);
    SampleSnapshot s = new SampleSnapshot(300, 2);
    after.buffer().copySince(0, s);
    assertThat(s.channel(0)[299]).isEqualTo(0.299);
    assertThat(s.channel(1)[0]).isZero();
    assertThat(s.arrivals()[299]).isEqualTo(start + 299 * 5_000_000L);
    m.listener().onNotification(8, imu(7), start + 300 * 5_000_000L);
    assertThat(after.buffer().writeSequence()).as("new samples follow").isEqualTo(301);
  }

  @Test
  void channelsComeFromTheLayoutWithUnits() {
    ChartViewModel m = model(null);
    assertThat(m.channels())
        .extracting(ChartChannel::label)
        .containsExactly("ax (mg)", "ay (mg)", "az (mg)", "gx (dps)", "gy (dps)", "gz (dps)");
    m.listener().onNotification(8, imu(-5), System.nanoTime());
    assertThat(m.feedProperty().get().buffer().writeSequence()).isEqualTo(1);
  }

  @Test
  void invalidSpecShowsReasonAndPositionAndIsNotApplied() {
    ChartViewModel m = model(null);
    var before = m.feedProperty().get();
    m.layoutSpecProperty().set("a:i16, b:q16");
    assertThat(m.layoutErrorProperty().get()).contains("q16");
    assertThat(m.layoutErrorPositionProperty().get()).isEqualTo(9);
    assertThat(m.applyLayout()).isFalse();
    assertThat(m.feedProperty().get()).isSameAs(before);
    m.layoutSpecProperty().set("a:i16, b:u8");
    assertThat(m.layoutErrorProperty().get()).isEmpty();
    assertThat(m.layoutErrorPositionProperty().get()).isEqualTo(-1);
  }

  @Test
  void appliedLayoutSwitchesTheSubscriptionAndIsSavedForTheCharacteristic() throws Exception {
    LayoutStore store = new LayoutStore(dir.resolve("layouts.json"));
    ChartViewModel m = model(store);
    var listener = m.listener();
    m.layoutSpecProperty().set("x:u8 V, y:u8");
    assertThat(m.applyLayout()).isTrue();
    listener.onNotification(8, new byte[] {7, 9}, System.nanoTime());

    assertThat(m.channels()).extracting(ChartChannel::label).containsExactly("x (V)", "y");
    assertThat(m.feedProperty().get().buffer().writeSequence()).isEqualTo(1);
    assertThat(store.get(CHAR)).hasValue(PayloadLayout.parse("x:u8 V, y:u8"));
  }

  @Test
  void dropsAddUpRingSkipsLaneDropsAndRatesAreShown() {
    ChartViewModel m = model(null);
    for (int i = 0; i < 30; i++) {
      m.listener().onNotification(8, imu(i), System.nanoTime());
    }
    laneDrops.set(4);
    m.refreshStats(3);
    assertThat(m.droppedProperty().get()).isEqualTo(7);
    assertThat(m.ratesProperty().get()).contains("notif/s").contains("all subscriptions");
  }

  @Test
  void recordingWritesRowsOnlyWhileRunningAndCannotStartTwice() throws Exception {
    ChartViewModel m = model(null);
    Path file = dir.resolve("rec.csv");
    m.listener().onNotification(8, imu(1), System.nanoTime());
    m.startRecording(file, false);
    assertThat(m.recordingProperty().get()).isTrue();
    assertThatThrownBy(() -> m.startRecording(dir.resolve("second.csv"), false))
        .isInstanceOf(IllegalStateException.class);
    m.listener().onNotification(8, imu(2), System.nanoTime());
    m.listener().onNotification(8, imu(3), System.nanoTime());
    m.layoutSpecProperty().set("a:u8");
    assertThat(m.applyLayout()).as("no layout change while recording").isFalse();
    RecordingSummary s = m.stopRecording();
    m.listener().onNotification(8, imu(4), System.nanoTime());

    assertThat(s.rowsWritten()).isEqualTo(2);
    assertThat(m.recordingProperty().get()).isFalse();
    List<List<String>> rows = Rfc4180.parse(Files.readString(file));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get(2)).isEqualTo("ax (mg)");
    assertThat(rows.get(1).get(2)).as("mg has no decimals").isEqualTo("2");
    assertThat(rows.get(1).get(9)).isEqualTo("020000000000" + "0a0000000000");
    assertThat(m.stopRecording()).isNull();
  }

  @Test
  void exportWritesOnlySamplesInsideTheRange() throws Exception {
    ChartViewModel m = model(null);
    long o = m.originNanos();
    for (int i = 0; i < 10; i++) {
      m.listener().onNotification(8, imu(i), o + i * 1_000_000_000L);
    }
    Path file = dir.resolve("window.csv");
    assertThat(m.exportCsv(file, 2.0, 5.0)).isEqualTo(4);
    List<List<String>> rows = Rfc4180.parse(Files.readString(file));
    assertThat(rows.get(0)).startsWith("time_s", "ax (mg)");
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(0) + "=" + r.get(1))
        .containsExactly("2.000000=2", "3.000000=3", "4.000000=4", "5.000000=5");
    assertThatThrownBy(() -> m.exportCsv(file, 5, 2)).hasMessageContaining("empty");
  }

  @Test
  void aSigSourceShowsItsNameInTheEmptyEditorAndMissingChannelsAreEmptyCsvCells() throws Exception {
    SigChannels hrm =
        SigChannels.learn(
            Decoders.forUuid(Uuids.fromShort(0x2A37)).orElseThrow(),
            new byte[] {0x16, 72, 0x00, 0x04});
    AtomicLong deviceDrops = new AtomicLong();
    ChartViewModel m = new ChartViewModel("hrm", hrm, CHAR, null, meter, deviceDrops::get);
    assertThat(m.layoutSpecProperty().get()).isEmpty();
    assertThat(m.layoutHintProperty().get())
        .isEqualTo("SIG decoder: Heart Rate Measurement · type a layout to replace it");
    assertThat(m.channels())
        .extracting(ChartChannel::label)
        .containsExactly("Heart Rate (bpm)", "RR-Interval (ms)");

    Path file = dir.resolve("hrm.csv");
    m.startRecording(file, false);
    m.listener().onNotification(8, new byte[] {0x16, 72, 0x00, 0x04}, System.nanoTime());
    m.listener().onNotification(8, new byte[] {0x06, 75}, System.nanoTime());
    m.stopRecording();
    List<List<String>> rows = Rfc4180.parse(Files.readString(file));
    assertThat(rows.get(1).subList(2, 4)).containsExactly("72.0", "1000.0");
    assertThat(rows.get(2).subList(2, 4))
        .as("no RR-Interval: empty, not NaN")
        .containsExactly("75.0", "");
    Path window = dir.resolve("window.csv");
    m.exportCsv(window, -1, 1e6);
    assertThat(Rfc4180.parse(Files.readString(window)).get(2).subList(1, 3))
        .containsExactly("75.0", "");

    deviceDrops.set(5);
    m.refreshStats(0);
    assertThat(m.droppedProperty().get()).as("the device's dropped notifications").isEqualTo(5);

    m.layoutSpecProperty().set("flags:u8, bpm:u8 bpm");
    assertThat(m.applyLayout()).isTrue();
    assertThat(m.layoutHintProperty().get()).isEqualTo(ChartViewModel.LAYOUT_HINT);
    assertThat(m.channels()).extracting(ChartChannel::label).containsExactly("flags", "bpm (bpm)");
  }
}
