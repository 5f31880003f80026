package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.chartfx.axes.Axis;
import io.gattscope.app.chart.AxisMode;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts give every unit its own labelled y axis, or lane, or one shared axis. */
@ExtendWith(ApplicationExtension.class)
class UnitAxesTest {
  private LiveChartPane pane;
  private ChartViewModel model;

  @Start
  void start(Stage stage) {
    model =
        new ChartViewModel(
            "HR",
            PayloadLayout.parse("hr:u8 bpm, rr:u16 ms"),
            null,
            null,
            new RateMeter(),
            () -> 0);
    pane = new LiveChartPane(model);
    stage.setScene(new Scene(pane, 900, 600));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    fx(
        () -> {
          pane.dispose();
          return null;
        });
  }

  @Test
  void heartRateAndRrIntervalsGetTwoLabelledAxesLanesOrOneSharedAxis() throws Exception {
    assertThat(model.axisModeProperty().get()).isEqualTo(AxisMode.AXIS_PER_UNIT);
    assertThat(fx(() -> names(pane.yAxes()))).containsExactly("heart rate [bpm]", "interval [ms]");
    assertThat(fx(() -> pane.charts().size())).isEqualTo(1);

    fx(() -> set(AxisMode.LANE_PER_UNIT));
    assertThat(fx(() -> pane.charts().size())).isEqualTo(2);
    assertThat(fx(() -> names(pane.yAxes()))).containsExactly("heart rate [bpm]", "interval [ms]");

    fx(() -> set(AxisMode.SHARED));
    assertThat(fx(() -> pane.charts().size())).isEqualTo(1);
    assertThat(fx(() -> names(pane.yAxes()))).containsExactly("value");
  }

  @Test
  void eachAxisRangesOnItsOwnChannels() throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      // heart rate around 60-80 bpm, RR intervals around 800-1000 ms
      byte[] p = {(byte) (60 + i % 20), (byte) ((800 + i) & 0xFF), (byte) ((800 + i) >> 8)};
      model.listener().onNotification(1, p, t0 + i * 1_000_000L);
    }
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        // the chart draws on its own pulse: wait until it has drawn every sample sent above
        () -> fx(() -> pane.yAxes().get(0).getMax() >= 79 && pane.yAxes().get(1).getMax() >= 999));
    List<Axis> axes = fx(() -> pane.yAxes());
    assertThat(fx(() -> axes.get(0).getMax())).isBetween(79.0, 90.0);
    assertThat(fx(() -> axes.get(1).getMin())).isBetween(700.0, 800.0);
  }

  private Void set(AxisMode mode) {
    model.axisModeProperty().set(mode);
    return null;
  }

  private static List<String> names(List<Axis> axes) {
    return axes.stream().map(Axis::getName).toList();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }
}
