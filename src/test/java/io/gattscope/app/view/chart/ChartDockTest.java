package io.gattscope.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.ChartLayout;
import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.chart.SimulatedImu;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.SampleRingBuffer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The chart dock driven headless with two simulated IMUs behind the real BGAPI backend. */
@ExtendWith(ApplicationExtension.class)
class ChartDockTest {
  private static SimulatedImu imuA;
  private static SimulatedImu imuB;
  private static SimulatedImu imuC;
  private Settings settings;
  private RateMeter meter;
  private ChartWindows windows;

  @BeforeAll
  static void startSimulators() {
    imuA = new SimulatedImu();
    imuA.setRateHz(300);
    imuB = new SimulatedImu();
    imuB.setRateHz(300);
    imuC = new SimulatedImu();
    imuC.setRateHz(300);
  }

  @AfterAll
  static void stopSimulators() {
    imuA.close();
    imuB.close();
    imuC.close();
  }

  @BeforeEach
  void newDock() {
    settings = Settings.inMemory();
    meter = new RateMeter();
    windows = new ChartWindows(meter, null, () -> 0, settings);
  }

  @AfterEach
  void closeAll() throws Exception {
    List<DockedChart> open = fx(() -> List.copyOf(windows.dockModel().charts()));
    fx(
        () -> {
          open.forEach(windows.dockModel()::close);
          return null;
        });
    for (DockedChart c : open) {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !c.subscription().isActive());
    }
  }

  @Test
  void twoChartsShareOneWindowAndTheLayoutSwitchArrangesThem(FxRobot robot) throws Exception {
    DockedChart a = open(imuA, "IMU A");
    DockedChart b = open(imuB, "IMU B");
    Stage dock = fx(() -> windows.dock().stage());
    assertThat(windows.dockModel().charts()).containsExactly(a, b);
    assertThat(fx(() -> frame(a).getScene())).isSameAs(dock.getScene());
    assertThat(fx(() -> frame(b).getScene())).isSameAs(dock.getScene());
    assertThat(chartWindows()).as("no window per chart").isEqualTo(1);
    assertThat(fx(() -> frame(b).isVisible() && frame(b).getParent().isVisible())).isTrue();

    robot.clickOn("#layout-STACKED");
    WaitForAsyncUtils.waitForFxEvents();
    Bounds ba = fx(() -> scene(frame(a)));
    Bounds bb = fx(() -> scene(frame(b)));
    assertThat(ba.getHeight()).isGreaterThan(100);
    assertThat(ba.getMaxY()).as("A above B").isLessThanOrEqualTo(bb.getMinY());
    assertThat(ba.getMinX()).isEqualTo(bb.getMinX());
    assertThat(fx(() -> pane(a).isDrawing() && pane(b).isDrawing())).isTrue();

    robot.clickOn("#layout-SIDE_BY_SIDE");
    WaitForAsyncUtils.waitForFxEvents();
    ba = fx(() -> scene(frame(a)));
    bb = fx(() -> scene(frame(b)));
    assertThat(ba.getWidth()).isGreaterThan(100);
    assertThat(ba.getMaxX()).as("A left of B").isLessThanOrEqualTo(bb.getMinX());
    assertThat(ba.getMinY()).isEqualTo(bb.getMinY());
    long grownA = fx(() -> pane(a).frames());
    long grownB = fx(() -> pane(b).frames());
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> fx(() -> pane(a).frames() > grownA + 5 && pane(b).frames() > grownB + 5));

    assertThat(settings.get(ChartDockViewModel.LAYOUT_KEY, "")).isEqualTo("SIDE_BY_SIDE");
    assertThat(new ChartDockViewModel(settings).layoutProperty().get())
        .as("the choice survives a restart")
        .isEqualTo(ChartLayout.SIDE_BY_SIDE);
  }

  @Test
  void closingOneChartUnsubscribesItWhileTheOtherKeepsGrowing(FxRobot robot) throws Exception {
    windows.dockModel().layoutProperty().set(ChartLayout.STACKED);
    DockedChart a = open(imuA, "IMU A");
    DockedChart b = open(imuB, "IMU B");
    SampleRingBuffer bufferA = buffer(a);
    LiveChartPane paneA = fx(() -> pane(a));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bufferA.writeSequence() > 50);
    assertThat(cccd(imuA)).containsExactly(1, 0);

    robot.clickOn(robot.from(fx(() -> frame(a))).lookup("#close-chart").queryAs(Button.class));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !a.subscription().isActive());
    assertThat(windows.dockModel().charts()).containsExactly(b);
    assertThat(fx(() -> pane(b).getScene())).isNotNull();
    assertThat(fx(paneA::isDrawing)).as("its pane is disposed").isFalse();
    assertThat(cccd(imuA)).as("the simulator sees notifications off").containsExactly(0, 0);
    long settled = bufferA.writeSequence();
    long bBefore = buffer(b).writeSequence();
    long bFrames = fx(() -> pane(b).frames());
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> buffer(b).writeSequence() > bBefore + 300);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane(b).frames()) > bFrames);
    assertThat(bufferA.writeSequence()).as("closed chart gets nothing more").isEqualTo(settled);
    assertThat(meter.counters()).hasSize(1);
  }

  @Test
  void detachMovesAChartIntoItsOwnWindowAndClosingThatWindowClosesIt(FxRobot robot)
      throws Exception {
    DockedChart a = open(imuA, "IMU A");
    DockedChart b = open(imuB, "IMU B");
    Stage dock = fx(() -> windows.dock().stage());
    ChartFrame frameA = fx(() -> frame(a));
    LiveChartPane paneA = frameA.pane();
    robot.clickOn(robot.from(dock.getScene().getRoot()).lookup(".tab").nth(0).queryAs(Node.class));
    assertThat(fx(() -> windows.dockModel().selectedProperty().get())).isSameAs(a);

    robot.clickOn(robot.from(frameA).lookup("#detach-chart").queryAs(Button.class));
    WaitForAsyncUtils.waitForFxEvents();
    Stage own = fx(() -> (Stage) frameA.getScene().getWindow());
    assertThat(own).isNotSameAs(dock);
    assertThat(own.getTitle()).isEqualTo("Chart · IMU A");
    assertThat(fx(own::isShowing)).isTrue();
    assertThat(fx(() -> frame(b).getScene())).isSameAs(dock.getScene());
    assertThat(chartWindows()).isEqualTo(2);
    long framesA = fx(paneA::frames);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(paneA::frames) > framesA);
    assertThat(a.subscription().isActive()).isTrue();

    fx(
        () -> {
          own.close();
          return null;
        });
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !a.subscription().isActive());
    assertThat(windows.dockModel().charts()).containsExactly(b);
    assertThat(fx(paneA::isDrawing)).as("its pane is disposed").isFalse();
    assertThat(fx(() -> frame(a))).isNull();
    assertThat(b.subscription().isActive()).isTrue();
  }

  @Test
  void closingTheChartsWindowClosesTheChartsItHoldsButNotADetachedOne() throws Exception {
    windows.dockModel().layoutProperty().set(ChartLayout.SIDE_BY_SIDE);
    DockedChart a = open(imuA, "IMU A");
    DockedChart b = open(imuB, "IMU B");
    DockedChart c = open(imuC, "IMU C");
    Stage dock = fx(() -> windows.dock().stage());
    fx(
        () -> {
          windows.dockModel().detach(c);
          return null;
        });
    assertThat(fx(() -> pane(c).getScene().getWindow())).isNotSameAs(dock);

    fx(
        () -> {
          dock.close();
          return null;
        });
    WaitForAsyncUtils.waitFor(
        5, SECONDS, () -> !a.subscription().isActive() && !b.subscription().isActive());
    assertThat(windows.dockModel().charts()).containsExactly(c);
    assertThat(fx(dock::isShowing)).isFalse();
    assertThat(c.subscription().isActive()).isTrue();
    long framesC = fx(() -> pane(c).frames());
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> pane(c).frames()) > framesC);

    DockedChart again = open(imuA, "IMU A");
    assertThat(fx(dock::isShowing)).as("the next chart opens the window again").isTrue();
    assertThat(fx(() -> pane(again).getScene())).isSameAs(dock.getScene());
  }

  @Test
  void plottingTheSameCharacteristicTwiceFocusesTheExistingChart() throws Exception {
    GattCharacteristic motion = motion(imuA);
    CompletableFuture<Stage> first =
        fx(() -> windows.openOrFocus(imuA.device(), motion, null, "IMU A"));
    CompletableFuture<Stage> second =
        fx(() -> windows.openOrFocus(imuA.device(), motion, null, "IMU A again"));
    assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
    DockedChart a = fx(() -> windows.dockModel().charts().get(0));
    DockedChart b = open(imuB, "IMU B");
    assertThat(fx(() -> windows.dockModel().selectedProperty().get())).isSameAs(b);

    Stage again =
        fx(() -> windows.openOrFocus(imuA.device(), motion, null, "IMU A third")).get(5, SECONDS);
    assertThat(again).isSameAs(first.get());
    assertThat(windows.dockModel().charts()).containsExactly(a, b);
    assertThat(meter.counters()).as("one chart state per characteristic").hasSize(2);
    assertThat(fx(() -> windows.dockModel().selectedProperty().get())).isSameAs(a);
    assertThat(fx(() -> pane(a).isDrawing())).as("its tab is shown").isTrue();
    assertThat(fx(() -> pane(b).isDrawing())).isFalse();
  }

  @Test
  void aHiddenTabDoesNotRedrawButItsBufferKeepsFilling() throws Exception {
    DockedChart a = open(imuA, "IMU A");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane(a).pointsShown(0)) > 10);
    DockedChart b = open(imuB, "IMU B");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> pane(a).isDrawing())).isFalse();
    long framesA = fx(() -> pane(a).frames());
    long seqA = buffer(a).writeSequence();
    long framesB = fx(() -> pane(b).frames());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> buffer(a).writeSequence() > seqA + 300);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane(b).frames()) > framesB + 5);
    assertThat(fx(() -> pane(a).frames())).as("hidden tab drew nothing").isEqualTo(framesA);

    fx(
        () -> {
          windows.dockModel().selectedProperty().set(a);
          return null;
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> pane(a).frames()) > framesA);
    assertThat(fx(() -> pane(b).isDrawing())).isFalse();
    assertThat(fx(() -> pane(a).model().droppedProperty().get()))
        .as("samples that arrived while hidden are not counted as dropped")
        .isZero();
  }

  @Test
  void dockBringsADetachedChartBackAndClosesItsWindowWithoutClosingTheChart(FxRobot robot)
      throws Exception {
    windows.dockModel().layoutProperty().set(ChartLayout.STACKED);
    DockedChart a = open(imuA, "IMU A");
    DockedChart b = open(imuB, "IMU B");
    Stage dock = fx(() -> windows.dock().stage());
    ChartFrame frameB = fx(() -> frame(b));
    robot.clickOn(robot.from(frameB).lookup("#detach-chart").queryAs(Button.class));
    WaitForAsyncUtils.waitForFxEvents();
    Stage own = fx(() -> (Stage) frameB.getScene().getWindow());
    assertThat(own).isNotSameAs(dock);
    assertThat(robot.from(frameB).lookup("#detach-chart").queryAs(Button.class).getText())
        .isEqualTo("Dock");
    assertThat(fx(() -> scene(frame(a)).getHeight()))
        .as("the chart left in the dock takes the whole window")
        .isGreaterThan(500);

    robot.clickOn(robot.from(frameB).lookup("#detach-chart").queryAs(Button.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(own::isShowing)).isFalse();
    assertThat(fx(() -> frameB.getScene())).isSameAs(dock.getScene());
    assertThat(windows.dockModel().charts()).containsExactly(a, b);
    assertThat(b.subscription().isActive()).as("docking again keeps the chart").isTrue();
    Bounds ba = fx(() -> scene(frame(a)));
    Bounds bb = fx(() -> scene(frameB));
    assertThat(ba.getMaxY()).isLessThanOrEqualTo(bb.getMinY());
    long framesB = fx(() -> frameB.pane().frames());
    WaitForAsyncUtils.waitFor(10, SECONDS, () -> fx(() -> frameB.pane().frames()) > framesB);
  }

  private static final TimeUnit SECONDS = TimeUnit.SECONDS;

  private DockedChart open(SimulatedImu imu, String title) throws Exception {
    GattCharacteristic motion = motion(imu);
    fx(() -> windows.openOrFocus(imu.device(), motion, null, title)).get(10, SECONDS);
    return fx(
        () ->
            windows.dockModel().charts().stream()
                .filter(c -> c.title().equals(title))
                .findFirst()
                .orElseThrow());
  }

  private static GattCharacteristic motion(SimulatedImu imu) {
    return imu.database().resolve(CharacteristicRef.handle(MotionSensor.MOTION));
  }

  private static byte[] cccd(SimulatedImu imu) throws Exception {
    return imu.device().readHandleAsync(MotionSensor.MOTION_CCCD).get(5, SECONDS);
  }

  private ChartFrame frame(DockedChart chart) {
    return windows.dock().frame(chart);
  }

  private LiveChartPane pane(DockedChart chart) {
    return frame(chart).pane();
  }

  private static SampleRingBuffer buffer(DockedChart chart) {
    return chart.model().feedProperty().get().buffer();
  }

  private static Bounds scene(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }

  private static long chartWindows() throws Exception {
    return fx(
        () ->
            Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().lookup(".live-chart") != null)
                .count());
  }

  private static <T> T fx(Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(10, SECONDS);
  }
}
