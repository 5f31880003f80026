package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartBufferSetting;
import io.gattscope.app.chart.ChartChannel;
import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.RateMeter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer's "plot" hook opens a chart per subscription in the dock; closing one unsubscribes.
 */
@ExtendWith(ApplicationExtension.class)
class FxChartOpenerTest {
  private static SimulatedImu imuA;
  private static SimulatedImu imuB;
  @TempDir Path dir;

  @BeforeAll
  static void startSimulators() {
    imuA = new SimulatedImu();
    imuA.setRateHz(300);
    imuB = new SimulatedImu();
    imuB.setRateHz(300);
  }

  @AfterAll
  static void stopSimulators() {
    imuA.close();
    imuB.close();
  }

  @Test
  void twoPlotsOpenTwoLiveChartsAndClosingOneStopsItsStream() throws Exception {
    Settings settings = Settings.inMemory();
    ChartBufferSetting.write(settings, "20,000");
    FxChartOpener opener =
        new FxChartOpener(
            new ChartWindows(
                new RateMeter(), new LayoutStore(dir.resolve("l.json")), () -> 0, settings));
    ChartDockViewModel dock = opener.windows().dockModel();
    WaitForAsyncUtils.asyncFx(
            () -> {
              opener.open(imuA.device(), motion(imuA), "IMU motion A");
              opener.open(imuB.device(), motion(imuB), "IMU motion B");
              opener.open(imuA.device(), motion(imuA), "IMU motion A again");
            })
        .get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> dock.charts().size()) == 2);
    assertThat(fx(() -> dock.charts().stream().map(DockedChart::title).toList()))
        .containsExactlyInAnyOrder("IMU motion A", "IMU motion B");
    DockedChart a = fx(() -> chart(dock, "IMU motion A"));
    DockedChart b = fx(() -> chart(dock, "IMU motion B"));
    LiveChartPane paneA = fx(() -> opener.windows().dock().frame(a).pane());
    assertThat(paneA.chart().getTitle()).isEqualTo("IMU motion A");
    assertThat(fx(() -> a.model().channels().stream().map(ChartChannel::label).toList()))
        .as("the IMU's 0x2904 describes one int16, not its 12-byte value: the IMU layout is used")
        .containsExactly("ax (mg)", "ay (mg)", "az (mg)", "gx (dps)", "gy (dps)", "gz (dps)");
    assertThat(fx(() -> a.model().feedProperty().get().buffer().capacity()))
        .as("the chart buffer size chosen in the settings")
        .isEqualTo(20_000);
    Stage window = fx(() -> (Stage) paneA.getScene().getWindow());
    assertThat(window.getTitle()).isEqualTo("GattScope · Charts");
    fx(
        () -> {
          dock.selectedProperty().set(a);
          return null;
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> paneA.pointsShown(0)) > 10);

    fx(
        () -> {
          dock.close(a);
          return null;
        });
    var buffer = a.model().feedProperty().get().buffer();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !a.subscription().isActive());
    long settled = buffer.writeSequence();
    long bBefore = b.model().feedProperty().get().buffer().writeSequence();
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> b.model().feedProperty().get().buffer().writeSequence() > bBefore + 300);
    assertThat(buffer.writeSequence()).as("closed chart gets nothing more").isEqualTo(settled);
    fx(
        () -> {
          window.close();
          return null;
        });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !b.subscription().isActive());
    assertThat(dock.charts()).as("closing the dock window closes its charts").isEmpty();
  }

  private static DockedChart chart(ChartDockViewModel dock, String title) {
    return dock.charts().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
  }

  private static GattCharacteristic motion(SimulatedImu imu) {
    return imu.database().resolve(CharacteristicRef.handle(MotionSensor.MOTION));
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
  }
}
