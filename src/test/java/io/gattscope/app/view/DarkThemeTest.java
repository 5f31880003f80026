package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.MotionSensor;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Choosing the dark theme darkens every window: main, Charts, a detached chart and dialogs. */
@ExtendWith(ApplicationExtension.class)
class DarkThemeTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @BeforeEach
  void open(FxRobot robot) {
    app.open(robot, 1280, 800);
  }

  @Test
  void theChartsWindowADetachedChartAndADialogTakeTheDarkTheme(FxRobot robot) throws Exception {
    chooseDark(robot);
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
    Button ok = (Button) pane.lookupButton(ButtonType.OK);
    assertThat(ok.isDefaultButton()).isTrue();
    double[] ratio = new double[1];
    robot.interact(
        () -> {
          // the button's body: the last layer of its background, as the theme computes it
          Paint body =
              ok.getBackground().getFills().get(ok.getBackground().getFills().size() - 1).getFill();
          Color back =
              body instanceof LinearGradient g
                  ? g.getStops().get(0).getColor().interpolate(g.getStops().get(1).getColor(), 0.5)
                  : (Color) body;
          ratio[0] = Wcag.contrast((Color) ((Text) ok.lookup(".text")).getFill(), back);
        });
    assertThat(ratio[0])
        .as("contrast of the default button's text")
        .isGreaterThanOrEqualTo(Wcag.AA);
  }

  @Test
  void axesLegendGridAMenuAndTheLayoutPickerAreDarkToo(FxRobot robot) throws Exception {
    chooseDark(robot);
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    SimExplorer.select(robot, tab, MotionSensor.MOTION);
    SimExplorer.fire(robot, tab, "#plotButton");
    waitUntil(() -> window("GattScope · Charts").isPresent());
    Parent charts = window("GattScope · Charts").orElseThrow().getScene().getRoot();
    waitUntil(() -> !charts.lookupAll(".chart-legend-item").isEmpty());
    robot.interact(
        () -> {
          charts.applyCss();
          assertThat(charts.lookupAll(".axis-tick-label"))
              .as("axis tick labels")
              .isNotEmpty()
              .allSatisfy(
                  t -> assertThat(luminance((Color) ((Shape) t).getFill())).isGreaterThan(0.5));
          assertThat(charts.lookupAll(".chart-legend-item"))
              .as("legend entries")
              .allSatisfy(
                  l ->
                      assertThat(luminance((Color) ((Labeled) l).getTextFill()))
                          .isGreaterThan(0.5));
          assertThat(charts.lookupAll(".chart-major-grid-lines"))
              .as("major grid lines")
              .isNotEmpty()
              .allSatisfy(
                  g -> assertThat(luminance((Color) ((Shape) g).getStroke())).isLessThan(0.1));
        });

    MenuButton settings = robot.lookup("#settingsMenu").queryAs(MenuButton.class);
    robot.interact(settings::show);
    waitUntil(() -> menu().isPresent());
    assertThat(luminance(pixel(robot, menu().orElseThrow(), 0.5, 0.5)))
        .as("Settings menu background")
        .isLessThan(0.1);
    robot.interact(settings::hide);

    SimExplorer.fire(robot, charts, "#pick-layout");
    waitUntil(() -> window("Pick fields").isPresent());
    Parent picker = window("Pick fields").orElseThrow().getScene().getRoot();
    waitUntil(() -> picker.getLayoutBounds().getHeight() > 50);
    assertThat(luminance(pixel(robot, picker, 0.98, 0.5))).as("layout picker").isLessThan(0.1);
  }

  private static Optional<Node> menu() {
    return Window.getWindows().stream()
        .filter(w -> w instanceof ContextMenu && w.isShowing())
        .map(w -> w.getScene().getRoot().lookup(".context-menu"))
        .filter(n -> n != null && n.getLayoutBounds().getHeight() > 10)
        .findFirst();
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

  /** Picks the dark theme in the main window's theme picker, as a user would. */
  private static void chooseDark(FxRobot robot) {
    robot.interact(
        () ->
            robot
                .lookup("#themePicker")
                .queryAs(ComboBox.class)
                .getSelectionModel()
                .select("dark"));
  }
}
