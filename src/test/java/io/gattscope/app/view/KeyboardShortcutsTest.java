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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The documented keyboard shortcuts, pressed on the real window against the simulator. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @BeforeEach
  void open(FxRobot robot) {
    app.open(robot, 1280, 800);
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

  @Test
  void helpKeyboardShortcutsListsEveryKeyAndTheTooltipsNameThem(FxRobot robot) throws Exception {
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    Set<String> tips = new HashSet<>();
    SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    robot.interact(() -> tips.addAll(tooltips(app.stage.getScene().getRoot())));
    SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_MEASUREMENT);
    robot.interact(() -> tips.addAll(tooltips(app.stage.getScene().getRoot())));
    TabPane tabs = robot.lookup("#deviceTabs").queryAs(TabPane.class);
    tabs.getTabs().forEach(t -> tips.add(t.getTooltip().getText()));
    for (String keys :
        List.of("F5", "Ctrl+F", "Ctrl+R", "Ctrl+Enter", "Ctrl+Shift+Enter", "Ctrl+N", "Ctrl+W")) {
      assertThat(tips).as("a tooltip naming " + keys).anyMatch(t -> t.contains(keys));
    }
    assertThat(tips).as("the write field's tooltip").anyMatch(t -> t.contains("Enter writes"));
    assertThat(tips).as("the scan list's tooltip").anyMatch(t -> t.contains("Enter or double"));

    MenuButton help = robot.lookup("#helpMenu").queryAs(MenuButton.class);
    MenuItem item =
        help.getItems().stream()
            .filter(i -> "shortcutsItem".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(item.getText()).isEqualTo("Keyboard shortcuts");
    robot.interact(item::fire);
    waitUntil(() -> sheet().isPresent());
    List<String> rows = new ArrayList<>();
    robot.interact(
        () ->
            sheet().orElseThrow().getChildren().stream()
                .map(n -> ((Labeled) n).getText())
                .forEach(rows::add));
    for (Shortcuts.Shortcut s : Shortcuts.ALL) {
      assertThat(rows).contains(s.keys(), s.action());
    }
  }

  @Test
  void tabMovesTheFocusThroughTheScanListTheDeviceAndTheLogInThatOrder(FxRobot robot)
      throws Exception {
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    Node filter = robot.lookup("#scanFilter").query();
    robot.interact(filter::requestFocus);
    waitUntil(filter::isFocused);
    List<Integer> panes = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      robot.type(KeyCode.TAB);
      WaitForAsyncUtils.waitForFxEvents();
      Node owner = app.stage.getScene().getFocusOwner();
      if (owner == null || isWithin(owner, filter)) {
        break;
      }
      owners.add(owner.getClass().getSimpleName() + "#" + owner.getId());
      int pane = paneOf(owner);
      if (pane >= 0 && (panes.isEmpty() || panes.get(panes.size() - 1) != pane)) {
        panes.add(pane);
      }
    }
    assertThat(panes)
        .as("panes in the order Tab reached them: %s", owners)
        .containsExactly(0, 1, 2);
  }

  /** 0 for the scan pane, 1 for the device tabs, 2 for the log, -1 for the rest (tool bar). */
  private int paneOf(Node node) {
    Scene scene = app.stage.getScene();
    Node scan = ((SplitPane) scene.lookup("#centreSplit")).getItems().get(0);
    Node tabs = scene.lookup("#deviceTabs");
    Node log = scene.lookup("#logPane");
    return isWithin(node, scan) ? 0 : isWithin(node, tabs) ? 1 : isWithin(node, log) ? 2 : -1;
  }

  private static boolean isWithin(Node node, Node area) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == area) {
        return true;
      }
    }
    return false;
  }

  private static Optional<GridPane> sheet() {
    return Window.getWindows().stream()
        .filter(w -> w.getScene() != null && w.isShowing())
        .map(w -> w.getScene().lookup("#shortcutSheet"))
        .filter(GridPane.class::isInstance)
        .map(GridPane.class::cast)
        .findFirst();
  }

  /** The tooltip texts of every control under the node. */
  private static List<String> tooltips(Node node) {
    List<String> found = new ArrayList<>();
    if (node instanceof Control c && c.getTooltip() != null) {
      found.add(c.getTooltip().getText());
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(n -> found.addAll(tooltips(n)));
    }
    return found;
  }
}
