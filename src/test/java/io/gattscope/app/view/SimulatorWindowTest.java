package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.fire;
import static io.gattscope.app.view.SimExplorer.text;
import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.SecureSensor;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Drives the real window headless against the built-in simulator (a BGAPI dongle in memory). */
@ExtendWith(ApplicationExtension.class)
class SimulatorWindowTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @BeforeEach
  void open(FxRobot robot) {
    app.open(robot, 1280, 800);
  }

  @Test
  void scanConnectTheHeartRateMonitorReadItsNameAndRefuseInvalidHex(FxRobot robot)
      throws TimeoutException {
    waitUntil(() -> app.vm.adapter().backendProperty().get() != null);
    assertThat(app.vm.adapter().selectedProperty().get().displayName())
        .isEqualTo("Simulated adapter");
    fire(robot, robot.lookup("#scanTable").query().getScene().getRoot(), "#scanButton");
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    assertThat(app.vm.scan().rows().size()).isGreaterThan(5);

    TreeTableView<GattNode> tree = robot.from(tab).lookup("#gattTree").queryAs(TreeTableView.class);
    var heartRate =
        tree.getRoot().getChildren().stream()
            .filter(i -> i.getValue().name().get().equals("Heart Rate"))
            .findFirst()
            .orElseThrow();
    assertThat(heartRate.getChildren())
        .extracting(i -> i.getValue().name().get())
        .containsExactly(
            "Heart Rate Measurement", "Body Sensor Location", "Heart Rate Control Point");
    assertThat(heartRate.getValue().uuidText()).isEqualTo("0x180D");
    CharacteristicViewModel name = SimExplorer.select(robot, tab, HeartRateMonitor.DEVICE_NAME);
    assertThat(name.nameProperty().get()).isEqualTo("Device Name");
    robot.interact(() -> robot.from(tab).lookup("#valueFormat").queryComboBox().setValue("utf8"));
    fire(robot, tab, "#readButton");
    waitUntil(() -> "GattScope HRM".equals(text(robot, tab, "#valueText")));

    SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    Node field = robot.from(tab).lookup("#writeField").query();
    robot.clickOn(field).write("zz");
    waitUntil(() -> !text(robot, tab, "#writeError").isEmpty());
    assertThat(robot.from(tab).lookup("#writeButton").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(name.history()).extracting(h -> h.kind().name()).containsExactly("READ");
  }

  @Test
  void imuNotificationsFillTheHistoryTheSampleRateSlowsThemAndADropShowsTheReason(FxRobot robot)
      throws Exception {
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    CharacteristicViewModel motion = SimExplorer.select(robot, tab, MotionSensor.MOTION);
    assertThat(motion.nameProperty().get()).startsWith("Motion");
    fire(robot, tab, "#notifyToggle");
    ListView<?> history = robot.from(tab).lookup("#historyList").queryAs(ListView.class);
    waitUntil(() -> history.getItems().size() > 20);
    SimulatorControl sim =
        SimulatedAdapter.controlOf(app.vm.adapter().backendProperty().get()).orElseThrow();
    var imuMotion =
        sim.world().byName("imu").orElseThrow().stream(MotionSensor.MOTION).orElseThrow();
    assertThat(imuMotion.rateHz()).isEqualTo(200);

    CharacteristicViewModel rate = SimExplorer.select(robot, tab, MotionSensor.SAMPLE_RATE);
    robot.interact(
        () -> {
          rate.editor().formatProperty().set("hex");
          rate.editor().textProperty().set("0A 00");
        });
    fire(robot, tab, "#writeButton");
    waitUntil(() -> rate.history().stream().anyMatch(h -> h.kind().name().equals("WRITE")));
    assertThat(imuMotion.rateHz()).as("the written 0x000A reached the device").isEqualTo(10);
    long before = motion.notifications().received();
    waitUntil(() -> motion.notifications().received() > before + 2);

    sim.dropConnection(sim.connections().get(0), 0x0208);
    waitUntil(() -> text(robot, tab, "#deviceStatus").startsWith("Disconnected: "));
    assertThat(robot.from(tab).lookup("#reconnectButton").queryAs(Button.class).isVisible())
        .isTrue();
    fire(robot, tab, "#reconnectButton");
    waitUntil(() -> "Connected".equals(text(robot, tab, "#deviceStatus")));
  }

  @Test
  void theSecurePeripheralsPasskeyDialogAccepts123456AndTheReadSucceeds(FxRobot robot)
      throws TimeoutException {
    Node tab = app.connect(robot, SecureSensor.ADDRESS);
    SimExplorer.select(robot, tab, SecureSensor.SECRET);
    robot.interact(() -> robot.from(tab).lookup("#valueFormat").queryComboBox().setValue("utf8"));
    fire(robot, tab, "#readButton");
    waitUntil(() -> robot.from(tab).lookup("#pairRetryButton").queryAs(Button.class).isVisible());
    assertThat(text(robot, tab, "#charError")).contains("(ATT 0x05)");

    fire(robot, tab, "#pairRetryButton");
    waitUntil(() -> robot.lookup("#passkeyField").tryQuery().isPresent());
    robot.clickOn("#passkeyField").write(Integer.toString(SecureSensor.PASSKEY));
    robot.interact(() -> robot.lookup("#passkeyOk").queryButton().fire());
    waitUntil(() -> SecureSensor.SECRET_VALUE.equals(text(robot, tab, "#valueText")));
  }
}
