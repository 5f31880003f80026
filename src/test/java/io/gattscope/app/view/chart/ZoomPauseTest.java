package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
 * Zoom freezes the view while data keep flowing; Live follows again; a new window while paused
 * redraws at once. Samples are fed with synthetic timestamps (2 kHz), no waiting for real time.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPauseTest {
  private static final long PERIOD = 500_000;
  private LiveChartPane pane;
  private ChartViewModel model;
  private long t;
  private int k;

  @Start
  void start(Stage stage) {
    model =
        new ChartViewModel(
            "IMU",
            PayloadLayout.parse("ax:i16 mg, seq:u16 @seq"),
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

  /** Feeds {@code seconds} of a 2 kHz ramp whose newest sample is "now". */
  private void feed(double seconds) {
    int n = (int) (seconds * 2_000);
    long end = System.nanoTime();
    t = Math.max(t, end - n * PERIOD);
    for (int i = 0; i < n; i++) {
      int v = k % 1000;
      byte[] p = {(byte) v, (byte) (v >> 8), (byte) k, (byte) (k >> 8)};
      model.listener().onNotification(1, p, t);
      t += PERIOD;
      k++;
    }
  }

  @Test
  void zoomWhileLiveKeepsTheZoomedDataVisibleAndLiveFollowsAgain(FxRobot robot) throws Exception {
    feed(8);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0)) > 100);
    double max = fx(() -> pane.chart().getXAxis().getMax());
    // a zoom onto two seconds of the view, as the Zoomer sets the axis
    fx(
        () -> {
          pane.chart().getXAxis().set(max - 4, max - 2);
          return null;
        });
    assertThat(model.pausedProperty().get()).as("zoom pauses").isTrue();
    Node chip = robot.lookup("#live-chip").query();
    assertThat(chip.isVisible()).isTrue();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0)) > 100);

    feed(10); // ten more seconds flow in while zoomed
    WaitForAsyncUtils.waitForFxEvents(5);
    assertThat(fx(() -> pane.chart().getXAxis().getMin())).isEqualTo(max - 4);
    assertThat(fx(() -> pane.chart().getXAxis().getMax())).isEqualTo(max - 2);
    assertThat(fx(() -> pane.pointsShown(0))).as("the zoomed data stay drawn").isGreaterThan(100);

    // the chip's action, as a click or the keyboard fires it (a robot click can miss when other
    // test windows overlap this one)
    fx(
        () -> {
          ((Button) chip).fire();
          return null;
        });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !model.pausedProperty().get()));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> fx(() -> pane.chart().getXAxis().getMax()) > max + 1);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !chip.isVisible()));
  }

  @Test
  void changingTheWindowWhilePausedRedrawsAtOnce(FxRobot robot) throws Exception {
    feed(40);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0)) > 100);
    robot.clickOn("#pause");
    assertThat(model.pausedProperty().get()).isTrue();
    WaitForAsyncUtils.waitForFxEvents();
    double max = fx(() -> pane.chart().getXAxis().getMax());
    fx(
        () -> {
          model.windowProperty().set(Duration.ofSeconds(30));
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents(3);
    assertThat(fx(() -> pane.chart().getXAxis().getMin())).isCloseTo(max - 30, within());
    assertThat(fx(() -> pane.chart().getXAxis().getMax())).isEqualTo(max);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> firstX()) < max - 25);
  }

  private double firstX() {
    return pane.chart().getRenderers().get(0).getDatasets().get(0).get(0, 0);
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-6);
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }
}
