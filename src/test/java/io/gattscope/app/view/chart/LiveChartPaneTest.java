package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartViewModel;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.ble.Subscription;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.Rfc4180;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart window driven headless with the simulated IMU behind the real BGAPI backend. */
@ExtendWith(ApplicationExtension.class)
class LiveChartPaneTest {
  private static SimulatedImu imu;
  @TempDir Path dir;
  private LiveChartPane pane;
  private ChartViewModel model;
  private Subscription subscription;

  @BeforeAll
  static void startSimulator() {
    imu = new SimulatedImu();
    imu.setRateHz(500);
  }

  @AfterAll
  static void stopSimulator() {
    imu.close();
  }

  @Start
  void start(Stage stage) {
    model =
        new ChartViewModel(
            "IMU",
            PayloadLayout.parse(ChartViewModel.IMU_PLAIN_LAYOUT),
            null,
            null,
            new RateMeter(),
            imu::droppedCallbacks);
    pane = new LiveChartPane(model);
    stage.setScene(new Scene(pane, 900, 600));
    stage.show();
  }

  @AfterEach
  void unsubscribe() throws Exception {
    if (subscription != null) {
      subscription.close();
    }
    fx(
        () -> {
          pane.dispose();
          return null;
        });
  }

  @Test
  void chartGrowsPauseFreezesViewWhileBufferFillsAndExportWritesTheVisibleSamples(FxRobot robot)
      throws Exception {
    subscription = imu.subscribe(model.listener());
    SampleRingBuffer buffer = model.feedProperty().get().buffer();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0)) > 40);
    int grown = fx(() -> pane.pointsShown(0));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0)) > grown);

    robot.clickOn("#pause");
    assertThat(model.pausedProperty().get()).isTrue();
    WaitForAsyncUtils.waitForFxEvents();
    double frozenMax = fx(() -> pane.chart().getXAxis().getMax());
    double frozenMin = fx(() -> pane.chart().getXAxis().getMin());
    int frozenPoints = fx(() -> pane.pointsShown(0));
    long seq = buffer.writeSequence();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> buffer.writeSequence() > seq + 500);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> pane.chart().getXAxis().getMax())).isEqualTo(frozenMax);
    assertThat(fx(() -> pane.pointsShown(0))).isEqualTo(frozenPoints);

    Path csv = dir.resolve("visible.csv");
    long rows = fx(() -> pane.exportVisibleCsv(csv));
    List<List<String>> parsed = Rfc4180.parse(Files.readString(csv));
    assertThat(parsed.get(0))
        .containsExactly(
            "time_s",
            "ax (mg)",
            "ay (mg)",
            "az (mg)",
            "gx (dps)",
            "gy (dps)",
            "gz (dps)",
            "arrival_s");
    assertThat(parsed).hasSize((int) rows + 1);
    assertThat(rows).isEqualTo(samplesBetween(buffer, frozenMin, frozenMax)).isGreaterThan(100);
    for (List<String> r : parsed.subList(1, parsed.size())) {
      assertThat(Double.parseDouble(r.get(0))).isBetween(frozenMin, frozenMax);
      assertThat(Double.parseDouble(r.get(3))).as("az near 1 g").isBetween(850.0, 1150.0);
    }

    Path png = dir.resolve("chart.png");
    fx(
        () -> {
          pane.exportPng(png);
          return null;
        });
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(800);
    assertThat(image.getHeight()).isGreaterThan(300);
    assertThat(colouredPixels(image)).as("the envelopes are drawn in colour").isGreaterThan(1_000);

    robot.clickOn("#pause");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> fx(() -> pane.chart().getXAxis().getMax()) > frozenMax + 0.2);
  }

  @Test
  void hidingAChannelEmptiesItsDataSet(FxRobot robot) throws Exception {
    subscription = imu.subscribe(model.listener());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(2)) > 10);
    robot.clickOn("#channel-az");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(2)) == 0);
    assertThat(fx(() -> pane.pointsShown(0))).isGreaterThan(0);
  }

  private long samplesBetween(SampleRingBuffer buffer, double from, double to) {
    SampleSnapshot s = new SampleSnapshot(buffer.capacity(), buffer.channelCount());
    int n = buffer.copySince(0, s);
    long inside = 0;
    for (int i = 0; i < n; i++) {
      double t = (s.timestamps()[i] - model.originNanos()) / 1e9;
      inside += t >= from && t <= to ? 1 : 0;
    }
    return inside;
  }

  private static int colouredPixels(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        count += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 100 ? 1 : 0;
      }
    }
    return count;
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
