package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer's "plot" hook opens a chart window per subscription; closing it unsubscribes. */
@ExtendWith(ApplicationExtension.class)
class FxChartOpenerTest {
  private static SimulatedImu imu;
  @TempDir Path dir;

  @BeforeAll
  static void startSimulator() {
    imu = new SimulatedImu();
    imu.setRateHz(300);
  }

  @AfterAll
  static void stopSimulator() {
    imu.close();
  }

  @Test
  void twoPlotsOpenTwoLiveWindowsAndClosingOneStopsItsStream() throws Exception {
    GattCharacteristic motion =
        imu.database().resolve(CharacteristicRef.handle(MotionSensor.MOTION));
    FxChartOpener opener =
        new FxChartOpener(
            new ChartWindows(new RateMeter(), new LayoutStore(dir.resolve("l.json")), () -> 0));
    WaitForAsyncUtils.asyncFx(
            () -> {
              opener.open(imu.device(), motion, "IMU motion A");
              opener.open(imu.device(), motion, "IMU motion B");
            })
        .get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> charts() == 2);
    LiveChartPane a = pane("Chart · IMU motion A");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> a.pointsShown(0)) > 10);
    assertThat(a.chart().getTitle()).isEqualTo("IMU motion A");
    assertThat(fx(() -> a.model().channels().stream().map(ChartChannel::label).toList()))
        .as("the IMU's 0x2904 describes one int16, not its 12-byte value: the IMU layout is used")
        .containsExactly("ax (mg)", "ay (mg)", "az (mg)", "gx (dps)", "gy (dps)", "gz (dps)");

    WaitForAsyncUtils.asyncFx(() -> ((Stage) a.getScene().getWindow()).close())
        .get(5, TimeUnit.SECONDS);
    var buffer = a.model().feedProperty().get().buffer();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> charts() == 1);
    long settled = buffer.writeSequence();
    LiveChartPane b = pane("Chart · IMU motion B");
    long bBefore = b.model().feedProperty().get().buffer().writeSequence();
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> b.model().feedProperty().get().buffer().writeSequence() > bBefore + 300);
    assertThat(buffer.writeSequence())
        .as("closed chart gets nothing more")
        .isLessThan(settled + 60);
    WaitForAsyncUtils.asyncFx(() -> ((Stage) b.getScene().getWindow()).close())
        .get(5, TimeUnit.SECONDS);
  }

  private static long charts() throws Exception {
    return fx(
        () ->
            Window.getWindows().stream()
                .filter(
                    w -> w.getScene() != null && w.getScene().getRoot() instanceof LiveChartPane)
                .count());
  }

  private static LiveChartPane pane(String title) throws Exception {
    return fx(
        () ->
            Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(w -> (LiveChartPane) w.getScene().getRoot())
                .findFirst()
                .orElseThrow());
  }

  private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
