package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.view.chart.FxChartOpener;
import io.gattscope.app.view.chart.LiveChartPane;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.GapLog;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With Auto-reconnect on, a link the simulator drops comes back by itself: the header says so, and
 * the open chart shows the outage as a gap and goes on with new values from the device.
 */
@ExtendWith(ApplicationExtension.class)
class ChartResumeTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @Test
  void aChartResumesAfterADroppedLinkWithAutoReconnect(FxRobot robot) throws Exception {
    app.open(robot, 1280, 800);
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    DeviceViewModel device = app.vm.devices().get(0);
    CheckBox auto = robot.from(tab).lookup("#autoReconnect").queryAs(CheckBox.class);
    robot.interact(auto::fire);
    assertThat(device.autoReconnectProperty().get()).isTrue();
    assertThat(app.settings.get("device." + MotionSensor.ADDRESS + ".autoReconnect", ""))
        .as("remembered for this device")
        .isEqualTo("true");
    List<String> statuses = new CopyOnWriteArrayList<>();
    robot.interact(() -> device.statusProperty().addListener((o, a, b) -> statuses.add(b)));

    SimExplorer.select(robot, tab, MotionSensor.MOTION);
    Button plot = robot.from(tab).lookup("#plotButton").queryAs(Button.class);
    robot.interact(plot::fire);
    var windows = ((FxChartOpener) app.ctx.charts()).windows();
    waitUntil(() -> !windows.dockModel().charts().isEmpty());
    DockedChart chart = fx(() -> windows.dockModel().charts().get(0));
    Subscription subscription = chart.subscription();
    ChannelFeed feed = chart.model().feedProperty().get();
    waitUntil(() -> feed.buffer().writeSequence() > 200);

    SimulatedAdapter.controlOf(app.vm.adapter().backendProperty().get())
        .orElseThrow()
        .faults()
        .drop(MotionSensor.ADDRESS, 0x08);

    waitUntil(() -> "Reconnected".equals(device.statusProperty().get()));
    assertThat(statuses)
        .containsSubsequence(
            "Disconnected: Connection Timeout (0x08)",
            "Link lost — reconnecting (attempt 1)",
            "Reconnected");
    Labeled header = robot.from(tab).lookup("#deviceStatus").queryAs(Labeled.class);
    assertThat(header.getText()).isEqualTo("Reconnected");
    long before = feed.buffer().writeSequence();
    waitUntil(() -> feed.buffer().writeSequence() > before + 200);

    assertThat(fx(() -> windows.dockModel().charts())).containsExactly(chart);
    assertThat(chart.model().feedProperty().get()).as("the same feed and history").isSameAs(feed);
    assertThat(chart.subscription())
        .as("the device kept the subscription; no second one")
        .isSameAs(subscription);
    assertThat(subscription.isActive()).isTrue();
    assertThat(fx(() -> chart.model().disconnectedProperty().get())).isFalse();
    GapLog.Gap gap =
        feed.gaps().between(0, Long.MAX_VALUE).stream()
            .filter(g -> g.kind() == GapLog.Kind.LINK_LOST)
            .findFirst()
            .orElseThrow();
    assertThat(gap.toNanos()).isGreaterThan(gap.fromNanos()).isLessThan(Long.MAX_VALUE);
    LiveChartPane pane =
        fx(
            () ->
                Window.getWindows().stream()
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".live-chart").stream())
                    .filter(LiveChartPane.class::isInstance)
                    .map(LiveChartPane.class::cast)
                    .findFirst()
                    .orElseThrow());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> pane.gapsShown(0)) >= 1);
    Node banner = pane.lookup("#disconnected");
    assertThat(fx(banner::isVisible)).isFalse();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }
}
