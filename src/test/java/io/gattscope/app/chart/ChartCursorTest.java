package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cursor placed on one chart shows the same instant, with its values, on every chart. */
class ChartCursorTest {
  private static final long MS = 1_000_000L;

  @AfterEach
  void clear() {
    ChartCursor.SHARED.clear();
  }

  private static ChartViewModel chart(String title, String layout) {
    return new ChartViewModel(
        title, PayloadLayout.parse(layout), null, null, new RateMeter(), () -> 0);
  }

  @Test
  void theCursorShowsTheSameInstantOnEveryChartAtEachChannelsResolution() {
    ChartViewModel imu = chart("imu", "ax:i16*0.001 g, seq:u16 @seq");
    ChartViewModel hr = chart("hr", "bpm:u8 bpm");
    long origin = ChartViewModel.SHARED_ORIGIN_NANOS;
    for (int k = 0; k < 2_000; k++) {
      imu.listener()
          .onNotification(
              8,
              new byte[] {(byte) k, (byte) (k >> 8), (byte) k, (byte) (k >> 8)},
              origin + k * 5 * MS);
    }
    for (int k = 0; k < 10; k++) {
      hr.listener().onNotification(8, new byte[] {(byte) (60 + k)}, origin + k * 1_000 * MS);
    }
    assertThat(imu.cursorReadoutProperty().get()).isEmpty();

    // placed on the IMU chart at 3.0 s: sample 600 there, the heart rate's beat at 3 s
    imu.cursor().place(3.0);
    assertThat(imu.cursorReadoutProperty().get()).isEqualTo("t = 3.000 s · ax 0.600 g");
    assertThat(hr.cursorReadoutProperty().get()).isEqualTo("t = 3.000 s · bpm 63 bpm");
    assertThat(hr.cursor()).isSameAs(imu.cursor());

    hr.cursor().place(42.0);
    assertThat(imu.cursorReadoutProperty().get()).isEqualTo("t = 42.000 s · no sample within 1 s");
    hr.cursor().clear();
    assertThat(hr.cursorReadoutProperty().get()).isEmpty();
    imu.close();
    hr.close();
  }
}
