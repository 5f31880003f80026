package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.fire;
import static io.gattscope.app.view.SimExplorer.select;
import static io.gattscope.app.view.SimExplorer.text;
import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real explorer headless on the simulator and writes the documentation screenshots to
 * {@code screenshots/} at the top of the repository. Runs only with {@code
 * -Dgattscope.screenshots=true}: {@code mvn -B verify -Dit.test=ScreenshotsIT
 * -Dgattscope.screenshots=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "gattscope.screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsIT {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @Test
  void writesTheDocumentationScreenshots(FxRobot robot) throws Exception {
    app.open(robot, 1280, 800);
    Stage stage = app.stage;
    Scene scene = stage.getScene();
    MainViewModel vm = app.vm;
    robot.interact(() -> stage.setTitle("GattScope"));
    Path dir = screenshotDir();
    Files.createDirectories(dir);

    waitUntil(() -> vm.adapter().backendProperty().get() != null);
    TableView<ScanRow> table = scanUntilListed(robot, scene, HeartRateMonitor.ADDRESS);
    SplitPane centre = (SplitPane) table.getScene().lookup("#centreSplit");
    SplitPane body = (SplitPane) table.getScene().lookup("#bodySplit");
    TitledPane log = robot.lookup("#logPane").queryAs(TitledPane.class);
    double logDivider = body.getDividerPositions()[0];
    robot.interact(
        () -> {
          centre.setDividerPositions(0.62);
          selectRow(table, HeartRateMonitor.ADDRESS, 4);
        });
    WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
    snapshot(robot, scene, dir.resolve("1-scan-list.png"));

    Node hrm = app.connect(robot, HeartRateMonitor.ADDRESS);
    SplitPane split = robot.from(hrm).lookup("#deviceSplit").queryAs(SplitPane.class);
    TreeTableView<GattNode> tree = robot.from(hrm).lookup("#gattTree").queryAs(TreeTableView.class);
    robot.interact(
        () -> {
          centre.setDividerPositions(0.18);
          split.setDividerPositions(0.64);
        });
    read(robot, hrm, HeartRateMonitor.DEVICE_NAME, "GattScope HRM");
    read(robot, hrm, HeartRateMonitor.BATTERY_LEVEL, "%");
    read(robot, hrm, HeartRateMonitor.BODY_SENSOR_LOCATION, "Chest");
    snapshot(robot, scene, dir.resolve("2-device-gatt-tree.png"));

    select(robot, hrm, HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    robot.interact(() -> split.setDividerPositions(0.45));
    robot.clickOn(robot.from(hrm).lookup("#writeField").queryAs(Node.class)).write("01 zz");
    waitUntil(() -> !text(robot, hrm, "#writeError").isEmpty());
    snapshot(robot, scene, dir.resolve("3-write-validation-error.png"));

    Node imu = app.connect(robot, MotionSensor.ADDRESS);
    CharacteristicViewModel motion = select(robot, imu, MotionSensor.MOTION);
    fire(robot, imu, "#notifyToggle");
    waitUntil(() -> motion.history().size() > 20);
    robot.interact(
        () -> {
          centre.setDividerPositions(0.38);
          body.setDividerPositions(0.45);
        });
    WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
    snapshot(robot, scene, dir.resolve("5-log-panel.png"));

    fire(robot, imu, "#plotButton");
    waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != scene));
    WaitForAsyncUtils.sleep(11, TimeUnit.SECONDS);
    Scene chart =
        Window.getWindows().stream()
            .filter(w -> w.getScene() != scene)
            .findFirst()
            .orElseThrow()
            .getScene();
    snapshot(robot, chart, dir.resolve("4-imu-live-chart.png"));

    fire(robot, chart.getRoot(), "#layout-SIDE_BY_SIDE");
    robot.interact(() -> chart.getWindow().setWidth(1500));
    TabPane tabs = robot.lookup("#deviceTabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(0));
    select(robot, hrm, HeartRateMonitor.HEART_RATE_MEASUREMENT);
    fire(robot, hrm, "#plotButton");
    waitUntil(() -> chart.getRoot().lookupAll(".chart-frame-title").size() >= 2);
    WaitForAsyncUtils.sleep(11, TimeUnit.SECONDS);
    snapshot(robot, chart, dir.resolve("6-charts-side-by-side.png"));

    robot.interact(
        () -> {
          body.setDividerPositions(logDivider);
          centre.setDividerPositions(0.42);
          robot.lookup("#themePicker").queryComboBox().setValue("dark");
        });
    WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
    snapshot(robot, chart, dir.resolve("10-charts-dark.png"));
    select(robot, hrm, HeartRateMonitor.BATTERY_LEVEL);
    snapshot(robot, scene, dir.resolve("9-explorer-dark.png"));
  }

  /** The two shots at 1024×700, from a fresh profile opened at that size. */
  @Test
  void writesTheSmallWindowScreenshots(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    Scene scene = app.stage.getScene();
    robot.interact(() -> app.stage.setTitle("GattScope"));
    Path dir = screenshotDir();
    Files.createDirectories(dir);
    waitUntil(() -> app.vm.adapter().backendProperty().get() != null);
    TableView<ScanRow> table = scanUntilListed(robot, scene, MotionSensor.ADDRESS);
    robot.interact(() -> selectRow(table, MotionSensor.ADDRESS, 3));
    WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
    snapshot(robot, scene, dir.resolve("7-scan-list-1024x700.png"));

    Node imu = app.connect(robot, MotionSensor.ADDRESS);
    select(robot, imu, MotionSensor.SAMPLE_RATE);
    fire(robot, imu, "#readButton");
    waitUntil(() -> !text(robot, imu, "#rawHex").isEmpty());
    robot.interact(
        () -> robot.from(imu).lookup("#writeField").queryTextInputControl().setText("200"));
    WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
    snapshot(robot, scene, dir.resolve("8-write-editor-1024x700.png"));
  }

  /** Starts a scan and waits until it lists at least 15 advertisers, {@code address} among them. */
  @SuppressWarnings("unchecked")
  private static TableView<ScanRow> scanUntilListed(FxRobot robot, Scene scene, BleAddress address)
      throws TimeoutException {
    fire(robot, scene.getRoot(), "#scanButton");
    TableView<ScanRow> table = robot.lookup("#scanTable").queryAs(TableView.class);
    waitUntil(
        () ->
            table.getItems().size() >= 15
                && table.getItems().stream().anyMatch(r -> r.address().equals(address)));
    return table;
  }

  /** Selects the advertiser's row and scrolls it {@code above} rows below the top. */
  private static void selectRow(TableView<ScanRow> table, BleAddress address, int above) {
    ScanRow row =
        table.getItems().stream()
            .filter(r -> r.address().equals(address))
            .findFirst()
            .orElseThrow();
    table.getSelectionModel().select(row);
    table.scrollTo(Math.max(0, table.getItems().indexOf(row) - above));
  }

  /** The repository's top level: Maven's basedir when set, else the working directory. */
  private static Path screenshotDir() {
    String base = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(base, "screenshots");
  }

  private static void snapshot(FxRobot robot, Scene scene, Path out) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> {
          try {
            ImageIO.write(
                SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    assertThat(Files.size(out)).as(out.toString()).isGreaterThan(10_000);
  }

  /** Selects the characteristic, reads it and waits for a decoded value containing the text. */
  private static void read(FxRobot robot, Node tab, int valueHandle, String expected)
      throws TimeoutException {
    select(robot, tab, valueHandle);
    fire(robot, tab, "#readButton");
    waitUntil(() -> text(robot, tab, "#valueText").contains(expected));
  }
}
