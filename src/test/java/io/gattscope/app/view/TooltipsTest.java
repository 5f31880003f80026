package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.fire;
import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every control a user can point at (buttons, toggles, check boxes, pickers, fields, sliders,
 * lists, tables, trees) says what it does in a tooltip: in the main window with a device tab open,
 * in the Charts window and in the layout picker.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipsTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @Test
  void everyShownControlOfTheExplorerTheChartsWindowAndThePickerHasATooltip(FxRobot robot)
      throws Exception {
    app.open(robot, 1280, 800);
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    List<String> missing = new ArrayList<>();
    SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    missing.addAll(untipped(robot, app.stage));
    SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_MEASUREMENT);
    missing.addAll(untipped(robot, app.stage));

    fire(robot, tab, "#plotButton");
    waitUntil(() -> window("GattScope · Charts").isPresent());
    Window charts = window("GattScope · Charts").orElseThrow();
    waitUntil(() -> charts.getScene().getRoot().lookup("#pick-layout") != null);
    missing.addAll(untipped(robot, charts));
    fire(robot, charts.getScene().getRoot(), "#pick-layout");
    waitUntil(() -> window("Pick fields").isPresent());
    missing.addAll(untipped(robot, window("Pick fields").orElseThrow()));

    assertThat(missing).as("controls without a tooltip").isEmpty();
  }

  private static Optional<Window> window(String titlePrefix) {
    return Window.getWindows().stream()
        .filter(w -> !(w instanceof PopupWindow) && w.isShowing())
        .filter(w -> w instanceof Stage s && s.getTitle() != null)
        .filter(w -> ((Stage) w).getTitle().startsWith(titlePrefix))
        .findFirst();
  }

  /**
   * The shown controls of the window without a tooltip of their own or of a control around them.
   */
  private static List<String> untipped(FxRobot robot, Window window) {
    List<String> found = new ArrayList<>();
    robot.interact(
        () -> {
          Parent root = window.getScene().getRoot();
          root.applyCss();
          root.layout();
          collect(root, false, found);
        });
    return found;
  }

  private static void collect(Node node, boolean covered, List<String> found) {
    if (!node.isVisible()
        || node.getLayoutBounds().getWidth() <= 0
        || node.getLayoutBounds().getHeight() <= 0) {
      return;
    }
    boolean inside = covered;
    if (node instanceof Control c && pointable(c)) {
      if (c.getTooltip() == null && !covered) {
        found.add(describe(c));
      }
      inside = true;
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, inside, found);
      }
    }
  }

  private static boolean pointable(Control c) {
    return c instanceof ButtonBase
        || c instanceof ComboBoxBase
        || c instanceof ChoiceBox
        || c instanceof TextInputControl
        || c instanceof Slider
        || c instanceof Spinner
        || c instanceof ListView
        || c instanceof TableView
        || c instanceof TreeTableView;
  }

  private static String describe(Control c) {
    String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
    return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text;
  }
}
