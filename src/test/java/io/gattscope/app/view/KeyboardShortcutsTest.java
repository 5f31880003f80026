package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.device.HistoryEntry;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The documented keyboard shortcuts, pressed on the real window against the simulator. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {
  private final SimExplorer app = new SimExplorer();

  @Start
  void start(Stage stage) {
    app.start(stage, 1280, 800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w != app.stage && w instanceof Stage s) {
              s.close();
            }
          }
        });
    app.stop(robot);
  }

  /** Counts the history entries of a kind, on the FX thread that owns the list. */
  private static long count(CharacteristicViewModel c, HistoryEntry.Kind kind) {
    try {
      return WaitForAsyncUtils.asyncFx(
              () -> c.history().stream().filter(h -> h.kind() == kind).count())
          .get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void f5ScansAndCtrlFFocusesTheFilter(FxRobot robot) throws Exception {
    waitUntil(() -> app.vm.scan().toggleScanCommand().executableProperty().get());
    robot.interact(() -> app.stage.getScene().getRoot().requestFocus());
    robot.type(KeyCode.F5);
    waitUntil(() -> app.vm.scan().scanningProperty().get());
    robot.push(KeyCode.CONTROL, KeyCode.F);
    TextField filter = robot.lookup("#scanFilter").queryAs(TextField.class);
    waitUntil(filter::isFocused);
    robot.write("zz-nothing");
    waitUntil(() -> "zz-nothing".equals(app.vm.scan().filterProperty().get()));
    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !filter.isFocused());
    robot.type(KeyCode.F5);
    waitUntil(() -> !app.vm.scan().scanningProperty().get());
  }

  @Test
  void ctrlRAndCtrlEnterReadTheSelectedCharacteristic(FxRobot robot) throws Exception {
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    CharacteristicViewModel battery =
        SimExplorer.select(robot, tab, HeartRateMonitor.BATTERY_LEVEL);
    assertThat(count(battery, HistoryEntry.Kind.READ)).isZero();
    robot.push(KeyCode.CONTROL, KeyCode.R);
    waitUntil(() -> count(battery, HistoryEntry.Kind.READ) == 1);
    assertThat(battery.valueTextProperty().get()).contains("%");
    robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    waitUntil(() -> count(battery, HistoryEntry.Kind.READ) == 2);
  }

  @Test
  void ctrlNTurnsNotificationsOnAndOff(FxRobot robot) throws Exception {
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    CharacteristicViewModel motion = SimExplorer.select(robot, tab, MotionSensor.MOTION);
    robot.push(KeyCode.CONTROL, KeyCode.N);
    waitUntil(() -> motion.notifications().activeProperty().get());
    waitUntil(() -> count(motion, HistoryEntry.Kind.NOTIFICATION) > 3);
    robot.push(KeyCode.CONTROL, KeyCode.N);
    waitUntil(() -> !motion.notifications().activeProperty().get());
    assertThat(motion.notifications().notifyProperty().get()).isFalse();
  }

  @Test
  void ctrlShiftEnterWritesAndCtrlWClosesTheTabAndDisconnects(FxRobot robot) throws Exception {
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    DeviceViewModel device = app.vm.devices().get(0);
    CharacteristicViewModel rate = SimExplorer.select(robot, tab, MotionSensor.SAMPLE_RATE);
    robot.interact(
        () -> {
          rate.editor().formatProperty().set("hex");
          rate.editor().textProperty().set("0A 00");
        });
    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER);
    waitUntil(() -> count(rate, HistoryEntry.Kind.WRITE) == 1);

    TabPane tabs = robot.lookup("#deviceTabs").queryAs(TabPane.class);
    assertThat(tabs.getTabs()).hasSize(1);
    robot.push(KeyCode.CONTROL, KeyCode.W);
    waitUntil(() -> tabs.getTabs().isEmpty());
    assertThat(app.vm.devices()).doesNotContain(device);
    SimulatorControl sim =
        SimulatedAdapter.controlOf(app.vm.adapter().backendProperty().get()).orElseThrow();
    waitUntil(() -> sim.connections().isEmpty());
  }

  @Test
  void f1OpensTheShortcutSheet(FxRobot robot) throws Exception {
    robot.interact(() -> app.stage.getScene().getRoot().requestFocus());
    robot.type(KeyCode.F1);
    waitUntil(
        () ->
            Window.getWindows().stream()
                .anyMatch(
                    w -> w.getScene() != null && w.getScene().lookup("#shortcutSheet") != null));
  }
}
