package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartCursor;
import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on one open chart places the cursor every chart shows: the other chart draws the line at
 * the same instant and reads out its own value there.
 */
@ExtendWith(ApplicationExtension.class)
class SharedCursorTest {
  private static final long PERIOD = 10_000_000; // 100 Hz
  private LiveChartPane imu;
  private LiveChartPane heart;
  private ChartViewModel imuModel;
  private ChartViewModel heartModel;

  @Start
  void start(Stage stage) {
    ChartCursor.SHARED.clear();
    imuModel =
        new ChartViewModel(
            "IMU", PayloadLayout.parse("ax:i16 mg"), null, null, new RateMeter(), () -> 0);
    heartModel =
        new ChartViewModel(
            "Heart rate", PayloadLayout.parse("hr:u8 bpm"), null, null, new RateMeter(), () -> 0);
    imu = new LiveChartPane(imuModel);
    heart = new LiveChartPane(heartModel);
    imu.setPrefSize(600, 500);
    heart.setPrefSize(600, 500);
    stage.setScene(new Scene(new HBox(imu, heart), 1200, 500));
    stage.show();
    stage.toFront();
  }

  @AfterEach
  void close() throws Exception {
    fx(
        () -> {
          ChartCursor.SHARED.clear();
          imu.dispose();
          heart.dispose();
          return null;
        });
  }

  /** Eight seconds of both streams ending now: the IMU a ramp, the heart rate a steady 72 bpm. */
  private void feed() {
    long end = System.nanoTime();
    int n = 800;
    long t = end - n * PERIOD;
    for (int i = 0; i < n; i++) {
      imuModel.listener().onNotification(1, new byte[] {(byte) i, 0}, t);
      heartModel.listener().onNotification(2, new byte[] {72}, t);
      t += PERIOD;
    }
  }

  @Test
  void aClickOnOneChartShowsTheCursorLineAndReadoutOnTheOther(FxRobot robot) throws Exception {
    feed();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> imu.pointsShown(0)) > 100);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> heart.pointsShown(0)) > 100);
    Label heartReadout = robot.from(heart).lookup("#cursor-readout").queryAs(Label.class);
    assertThat(heartReadout.isVisible()).as("no cursor yet").isFalse();
    assertThat(fx(() -> heart.cursorShown())).isNaN();

    // pause both, so the axes stay where the click lands
    fx(
        () -> {
          imuModel.pausedProperty().set(true);
          heartModel.pausedProperty().set(true);
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    Bounds plot =
        fx(() -> imu.chart().getCanvas().localToScreen(imu.chart().getCanvas().getBoundsInLocal()));
    robot.clickOn(plot.getCenterX(), plot.getCenterY());

    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> !Double.isNaN(fx(() -> heart.cursorShown())));
    double placed = ChartCursor.SHARED.secondsProperty().get();
    double imuMin = fx(() -> imu.chart().getXAxis().getMin());
    double imuMax = fx(() -> imu.chart().getXAxis().getMax());
    assertThat(placed).as("the click's instant on the clicked chart").isBetween(imuMin, imuMax);
    assertThat(placed).isCloseTo((imuMin + imuMax) / 2, Offset.offset((imuMax - imuMin) * 0.1));
    assertThat(fx(() -> heart.cursorShown())).isEqualTo(placed);
    assertThat(fx(() -> imu.cursorShown())).isEqualTo(placed);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(heartReadout::isVisible));
    assertThat(fx(heartReadout::getText)).startsWith("t = ").contains("hr 72 bpm");
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }
}
