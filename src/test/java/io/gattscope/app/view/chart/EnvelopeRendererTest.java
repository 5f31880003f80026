package io.gattscope.app.view.chart;

import static io.gattscope.testsupport.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The envelope renderer's image shows each frame's curves and nothing of the frame before: it
 * clears only what the last frame drew, so a curve that moves must leave no trace behind.
 */
@ExtendWith(ApplicationExtension.class)
class EnvelopeRendererTest {
  private final DoubleDataSet data = new DoubleDataSet("v", 64);
  private final EnvelopeRenderer renderer = new EnvelopeRenderer();
  private DefaultNumericAxis xAxis;
  private DefaultNumericAxis yAxis;

  @Start
  void start(Stage stage) {
    xAxis = fixedAxis(0, 10);
    yAxis = fixedAxis(0, 10);
    XYChart chart = new XYChart(xAxis, yAxis);
    chart.setAnimated(false);
    chart.getRenderers().setAll(renderer);
    renderer.getDatasets().add(data);
    stage.setScene(new Scene(chart, 500, 400));
    stage.show();
  }

  @Test
  void aMovedCurveLeavesNoTraceAndASpanIsFilled() throws Exception {
    fx(() -> line(2));
    int low = fx(() -> row(2));
    int high = fx(() -> row(8));
    waitFor(Duration.ofSeconds(10), "the line at 2 drawn", () -> drawnInRow(low) > 100);
    assertThat(drawnInRow(high)).isZero();

    fx(() -> line(8));
    waitFor(Duration.ofSeconds(10), "the line at 8 drawn", () -> drawnInRow(high) > 100);
    assertThat(drawnInRow(low)).as("pixels left of the line at 2").isZero();

    // one column's min and max: a vertical span between them, nothing above or below
    fx(
        () -> {
          data.set(new double[] {5, 5}, new double[] {3, 7}, 2, true);
          return null;
        });
    int column = fx(() -> (int) Math.round(xAxis.getDisplayPosition(5)));
    int top = fx(() -> row(7));
    int bottom = fx(() -> row(3));
    waitFor(Duration.ofSeconds(10), "the span drawn", () -> drawnInRow(high) == 0);
    for (int y = top; y <= bottom; y++) {
      assertThat(drawn(column, y)).as("span pixel at row %d", y).isTrue();
    }
    assertThat(drawn(column, top - 2)).isFalse();
    assertThat(drawn(column, bottom + 2)).isFalse();
    int middle = fx(() -> row(5));
    assertThat(drawnInRow(middle)).as("pixels in the row through the span's middle").isEqualTo(1);
    assertThat(drawnInRow(low)).isZero();

    // a diagonal (short spans over a tall box) replaced by the line at 8: the diagonal is gone
    fx(
        () -> {
          data.set(new double[] {0, 10}, new double[] {0, 10}, 2, true);
          return null;
        });
    waitFor(Duration.ofSeconds(10), "the diagonal drawn", () -> drawnInRow(low) > 0);
    assertThat(drawnInRow(middle)).isPositive();
    fx(() -> line(8));
    waitFor(Duration.ofSeconds(10), "the line at 8 drawn again", () -> drawnInRow(high) > 100);
    assertThat(drawnInRow(low)).as("diagonal pixels left in the row at 2").isZero();
    assertThat(drawnInRow(middle)).as("diagonal pixels left in the row at 5").isZero();
  }

  private Void line(double y) {
    double[] xs = new double[11];
    double[] ys = new double[11];
    for (int i = 0; i <= 10; i++) {
      xs[i] = i;
      ys[i] = y;
    }
    data.set(xs, ys, xs.length, true);
    return null;
  }

  private int row(double y) {
    return (int) Math.round(yAxis.getDisplayPosition(y));
  }

  private int drawnInRow(int y) {
    try {
      return fx(
          () -> {
            WritableImage image = renderer.image();
            if (image == null) {
              return 0;
            }
            PixelReader r = image.getPixelReader();
            int n = 0;
            for (int x = 0; x < image.getWidth(); x++) {
              n += r.getArgb(x, y) != 0 ? 1 : 0;
            }
            return n;
          });
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private boolean drawn(int x, int y) throws Exception {
    return fx(() -> renderer.image().getPixelReader().getArgb(x, y) != 0);
  }

  private static DefaultNumericAxis fixedAxis(double min, double max) {
    DefaultNumericAxis axis = new DefaultNumericAxis(min, max, 1);
    axis.setAutoRanging(false);
    axis.setAnimated(false);
    return axis;
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
