package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.GapLog;
import io.gattscope.stream.RateMeter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A chart marks a dropped link, and resumes in the same feed after a gap when it comes back. */
@ExtendWith(ApplicationExtension.class)
class ReconnectTest {
  private SimulatedImu imu;
  private ChartWindows windows;

  @AfterEach
  void stop() throws Exception {
    if (windows != null) {
      fx(
          () -> {
            windows.dockModel().closeDocked();
            return null;
          });
    }
    imu.close();
  }

  @Test
  void aDroppedLinkShowsDisconnectedAndReconnectResumesTheSameChartWithAGap(FxRobot robot)
      throws Exception {
    imu = new SimulatedImu();
    imu.setRateHz(500);
    windows = new ChartWindows(new RateMeter(), null);
    ChartDockViewModel dock = windows.dockModel();
    GattCharacteristic motion =
        imu.database().resolve(CharacteristicRef.handle(MotionSensor.MOTION));
    WaitForAsyncUtils.asyncFx(() -> windows.open(imu.device(), motion, null))
        .get(5, TimeUnit.SECONDS)
        .get(10, TimeUnit.SECONDS);
    DockedChart chart = fx(() -> dock.charts().get(0));
    LiveChartPane pane = fx(() -> windows.dock().frame(chart).pane());
    var feed = chart.model().feedProperty().get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feed.buffer().writeSequence() > 500);

    imu.device().disconnect();
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> fx(() -> chart.model().disconnectedProperty().get()));
    Node banner = robot.lookup("#disconnected").query();
    assertThat(fx(banner::isVisible)).isTrue();
    List<GapLog.Gap> open = feed.gaps().between(0, Long.MAX_VALUE);
    assertThat(open).last().matches(g -> g.kind() == GapLog.Kind.LINK_LOST);
    assertThat(open.get(open.size() - 1).toNanos()).isEqualTo(Long.MAX_VALUE);
    long before = feed.buffer().writeSequence();

    BleDevice again = imu.reconnect();
    WaitForAsyncUtils.asyncFx(() -> windows.reconnected(again))
        .get(5, TimeUnit.SECONDS)
        .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> feed.buffer().writeSequence() > before + 500);
    assertThat(fx(() -> dock.charts())).containsExactly(chart);
    assertThat(chart.model().feedProperty().get()).as("the same feed and history").isSameAs(feed);
    assertThat(fx(banner::isVisible)).isFalse();
    GapLog.Gap gap =
        feed.gaps().between(0, Long.MAX_VALUE).stream()
            .filter(g -> g.kind() == GapLog.Kind.LINK_LOST)
            .findFirst()
            .orElseThrow();
    assertThat(gap.toNanos()).isGreaterThan(gap.fromNanos()).isLessThan(Long.MAX_VALUE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane.gapsShown(0)) >= 1);
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }
}
