package io.gattscope.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.GattScopeApp;
import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.Backends;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.SimBackendProvider;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.SecureSensor;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless against the built-in simulator (a BGAPI dongle in memory). */
@ExtendWith(ApplicationExtension.class)
class SimulatorWindowTest {
  private final ExecutorService background = Executors.newCachedThreadPool();
  private MainViewModel vm;

  @Start
  void start(Stage stage) {
    var ctx = GattScopeApp.productionContext(background, Settings.inMemory());
    MainView view = GattScopeApp.createWindow(ctx, new Backends(List.of(new SimBackendProvider())));
    vm = view.viewModel();
    Scene scene = new Scene(view.root(), 1280, 800);
    view.install(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(vm::shutdown);
    background.shutdownNow();
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void fire(FxRobot robot, Node scope, String id) {
    ButtonBase b = robot.from(scope).lookup(id).queryAs(ButtonBase.class);
    assertThat(b.isDisabled()).as(id + " enabled").isFalse();
    robot.interact(b::fire);
  }

  private static String text(FxRobot robot, Node scope, String id) {
    return robot.from(scope).lookup(id).queryAs(Label.class).getText();
  }

  /** Scans until the address is listed, connects it and returns its tab's content. */
  private Node connect(FxRobot robot, BleAddress address) throws TimeoutException {
    waitUntil(() -> vm.adapter().backendProperty().get() != null);
    assertThat(vm.adapter().selectedProperty().get().displayName()).isEqualTo("Simulated adapter");
    if (!vm.scan().scanningProperty().get()) {
      fire(robot, robot.lookup("#scanTable").query().getScene().getRoot(), "#scanButton");
    }
    TableView<ScanRow> table = robot.lookup("#scanTable").queryAs(TableView.class);
    waitUntil(() -> table.getItems().stream().anyMatch(r -> r.address().equals(address)));
    robot.interact(
        () ->
            table
                .getSelectionModel()
                .select(
                    table.getItems().stream()
                        .filter(r -> r.address().equals(address))
                        .findFirst()
                        .orElseThrow()));
    robot.interact(() -> vm.connectCommand().execute());
    TabPane tabs = robot.lookup("#deviceTabs").queryAs(TabPane.class);
    DeviceViewModel device =
        vm.devices().stream().filter(d -> d.address().equals(address)).findFirst().orElseThrow();
    waitUntil(() -> "Connected".equals(device.statusProperty().get()));
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    return tab.getContent();
  }

  private static CharacteristicViewModel select(FxRobot robot, Node tab, int valueHandle) {
    TreeTableView<GattNode> tree = robot.from(tab).lookup("#gattTree").queryAs(TreeTableView.class);
    CharacteristicViewModel[] found = new CharacteristicViewModel[1];
    robot.interact(
        () -> {
          for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            GattNode n = tree.getTreeItem(i).getValue();
            if (n.characteristic() != null
                && n.characteristic().characteristic().valueHandle() == valueHandle) {
              tree.getSelectionModel().select(i);
              found[0] = n.characteristic();
              return;
            }
          }
        });
    assertThat(found[0]).as("row for handle " + valueHandle).isNotNull();
    return found[0];
  }

  @Test
  void scanConnectTheHeartRateMonitorReadItsNameAndRefuseInvalidHex(FxRobot robot)
      throws TimeoutException {
    Node tab = connect(robot, HeartRateMonitor.ADDRESS);
    assertThat(vm.scan().rows().size()).isGreaterThan(5);

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
    CharacteristicViewModel name = select(robot, tab, HeartRateMonitor.DEVICE_NAME);
    assertThat(name.nameProperty().get()).isEqualTo("Device Name");
    robot.interact(() -> robot.from(tab).lookup("#valueFormat").queryComboBox().setValue("utf8"));
    fire(robot, tab, "#readButton");
    waitUntil(() -> "GattScope HRM".equals(text(robot, tab, "#valueText")));

    select(robot, tab, HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    Node field = robot.from(tab).lookup("#writeField").query();
    robot.clickOn(field).write("zz");
    waitUntil(() -> !text(robot, tab, "#writeError").isEmpty());
    assertThat(robot.from(tab).lookup("#writeButton").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(name.history()).extracting(h -> h.kind().name()).containsExactly("READ");
  }

  @Test
  void imuNotificationsFillTheHistoryTheSampleRateSlowsThemAndADropShowsTheReason(FxRobot robot)
      throws Exception {
    Node tab = connect(robot, MotionSensor.ADDRESS);
    CharacteristicViewModel motion = select(robot, tab, MotionSensor.MOTION);
    assertThat(motion.nameProperty().get()).startsWith("Motion");
    fire(robot, tab, "#notifyToggle");
    ListView<?> history = robot.from(tab).lookup("#historyList").queryAs(ListView.class);
    waitUntil(() -> history.getItems().size() > 20);
    SimulatorControl sim =
        SimulatedAdapter.controlOf(vm.adapter().backendProperty().get()).orElseThrow();
    var imuMotion =
        sim.world().byName("imu").orElseThrow().stream(MotionSensor.MOTION).orElseThrow();
    assertThat(imuMotion.rateHz()).isEqualTo(200);

    CharacteristicViewModel rate = select(robot, tab, MotionSensor.SAMPLE_RATE);
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
    Node tab = connect(robot, SecureSensor.ADDRESS);
    select(robot, tab, SecureSensor.SECRET);
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
