package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.MotionSensor;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Choosing the dark theme darkens every window: main, Charts, a detached chart and dialogs. */
@ExtendWith(ApplicationExtension.class)
class DarkThemeTest {
  private final SimExplorer app = new SimExplorer();

  @Start
  void start(Stage stage) {
    app.start(stage, 1280, 800);
  }

  @AfterEach
  void stop(FxRobot robot) {
    app.stop(robot);
    robot.interact(
        () -> {
          Themes.use("light");
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w != app.stage) {
              w.hide();
            }
          }
        });
  }

  @Test
  void theChartsWindowADetachedChartAndADialogTakeTheDarkTheme(FxRobot robot) throws Exception {
    robot.interact(
        () ->
            robot
                .lookup("#themePicker")
                .queryAs(ComboBox.class)
                .getSelectionModel()
                .select("dark"));
    assertThat(luminance(pixel(robot, app.stage.getScene().getRoot(), 0.5, 0.99)))
        .as("main window status bar")
        .isLessThan(0.1);

    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    SimExplorer.select(robot, tab, MotionSensor.MOTION);
    Button plot = robot.from(tab).lookup("#plotButton").queryAs(Button.class);
    robot.interact(plot::fire);
    waitUntil(() -> window("GattScope · Charts").isPresent());
    Scene charts = window("GattScope · Charts").orElseThrow().getScene();
    waitUntil(() -> charts.getRoot().lookup(".chart-plot-background") != null);
    Node plotArea = charts.getRoot().lookup(".chart-plot-background");
    waitUntil(() -> plotArea.getLayoutBounds().getWidth() > 50);
    assertThat(luminance(pixel(robot, plotArea, 0.02, 0.02)))
        .as("chart plot background")
        .isLessThan(0.1);
    assertThat(luminance(pixel(robot, charts.getRoot(), 0.5, 0.01)))
        .as("Charts window layout bar")
        .isLessThan(0.1);

    Button detach = (Button) charts.getRoot().lookup("#detach-chart");
    robot.interact(detach::fire);
    waitUntil(() -> window("Chart · ").isPresent());
    Scene detached = window("Chart · ").orElseThrow().getScene();
    waitUntil(() -> detached.getRoot().lookup(".chart-plot-background") != null);
    Node detachedPlot = detached.getRoot().lookup(".chart-plot-background");
    waitUntil(() -> detachedPlot.getLayoutBounds().getWidth() > 50);
    assertThat(luminance(pixel(robot, detachedPlot, 0.02, 0.02)))
        .as("detached chart plot background")
        .isLessThan(0.1);

    robot.interact(() -> AboutDialog.show(app.stage));
    waitUntil(() -> dialogPane().isPresent());
    DialogPane pane = dialogPane().orElseThrow();
    waitUntil(() -> pane.getHeight() > 50);
    assertThat(luminance(pixel(robot, pane, 0.02, 0.98))).as("dialog background").isLessThan(0.1);
  }

  private static Optional<Window> window(String titlePrefix) {
    return Window.getWindows().stream()
        .filter(
            w ->
                w instanceof Stage s
                    && s.getTitle() != null
                    && s.getTitle().startsWith(titlePrefix))
        .filter(Window::isShowing)
        .findFirst();
  }

  private static Optional<DialogPane> dialogPane() {
    return Window.getWindows().stream()
        .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
        .map(w -> (DialogPane) w.getScene().getRoot())
        .findFirst();
  }

  /** The colour drawn at a fraction of the node's width and height. */
  private static Color pixel(FxRobot robot, Node node, double fx, double fy) {
    WritableImage[] shot = new WritableImage[1];
    robot.interact(() -> shot[0] = node.snapshot(null, null));
    int x = (int) Math.min(shot[0].getWidth() - 1, fx * shot[0].getWidth());
    int y = (int) Math.min(shot[0].getHeight() - 1, fy * shot[0].getHeight());
    return shot[0].getPixelReader().getColor(x, y);
  }

  private static double luminance(Color c) {
    return Wcag.luminance(c);
  }
}
