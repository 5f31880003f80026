package io.gattscope.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.GattScopeApp;
import io.gattscope.app.MainViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.app.fake.FakeBackend;
import io.gattscope.app.fake.FakeDevice;
import io.gattscope.app.fake.FakeProvider;
import io.gattscope.app.fake.Peripherals;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.Backends;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle) against a fake adapter. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
  private final FakeDevice hrm = Peripherals.hrm();
  private final FakeBackend backend = new FakeBackend().add(hrm);
  private final ExecutorService background = Executors.newCachedThreadPool();
  private MainViewModel vm;

  @Start
  void start(Stage stage) {
    var ctx = GattScopeApp.productionContext(background, Settings.inMemory());
    MainView view =
        GattScopeApp.createWindow(
            ctx, new Backends(List.of(new FakeProvider("sim", true, () -> backend))));
    vm = view.viewModel();
    Scene scene = new Scene(view.root(), 1280, 800);
    view.install(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void fire(FxRobot robot, String id) {
    ButtonBase b = robot.lookup(id).queryAs(ButtonBase.class);
    assertThat(b.isDisabled()).as(id + " enabled").isFalse();
    robot.interact(b::fire);
  }

  /** Focuses a field and types into it key by key. */
  private static void type(FxRobot robot, String id, String keys) {
    javafx.scene.Node field = robot.lookup(id).query();
    robot.interact(field::requestFocus);
    robot.write(keys);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private void scanAndConnect(FxRobot robot) throws TimeoutException {
    waitUntil(() -> vm.adapter().backendProperty().get() != null);
    fire(robot, "#scanButton");
    waitUntil(backend::scanning);
    backend.advertise(
        Peripherals.HRM,
        -45,
        new byte[] {8, 0x09, 'H', 'R', 'M', '-', 'S', 'i', 'm'},
        System.nanoTime());
    TableView<?> table = robot.lookup("#scanTable").queryAs(TableView.class);
    waitUntil(() -> table.getItems().size() == 1);
    robot.interact(() -> table.getSelectionModel().select(0));
    fire(robot, "#connectButton");
    waitUntil(() -> robot.lookup("#gattTree").tryQuery().isPresent());
    assertThat(robot.lookup("#deviceTabs").queryAs(TabPane.class).getTabs()).hasSize(1);
  }

  /** Selects the characteristic row with this value handle. */
  private static void selectCharacteristic(FxRobot robot, int valueHandle) {
    TreeTableView<?> tree = robot.lookup("#gattTree").queryAs(TreeTableView.class);
    robot.interact(
        () -> {
          for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            if (tree.getTreeItem(i).getValue() instanceof GattNode n
                && n.characteristic() != null
                && n.characteristic().characteristic().valueHandle() == valueHandle) {
              tree.getSelectionModel().select(i);
              return;
            }
          }
          throw new AssertionError("no row for handle " + valueHandle);
        });
  }

  @Test
  void scanConnectReadAndRejectInvalidHex(FxRobot robot) throws TimeoutException {
    scanAndConnect(robot);
    TreeTableView<?> tree = robot.lookup("#gattTree").queryAs(TreeTableView.class);
    assertThat(tree.getRoot().getChildren()).hasSize(Peripherals.database().services().size());

    selectCharacteristic(robot, Peripherals.NAME_VALUE);
    robot.interact(() -> robot.lookup("#valueFormat").queryComboBox().setValue("utf8"));
    fire(robot, "#readButton");
    waitUntil(() -> "HRM-Sim".equals(text(robot, "#valueText")));

    type(robot, "#writeField", "12 3G");
    waitUntil(() -> !text(robot, "#writeError").isEmpty());
    assertThat(text(robot, "#writeError")).contains("not a hex digit");
    assertThat(robot.lookup("#writeButton").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(hrm.writes()).isEmpty();
  }

  @Test
  void notifyFillsTheHistoryAndADropShowsTheReason(FxRobot robot) throws TimeoutException {
    scanAndConnect(robot);
    selectCharacteristic(robot, Peripherals.HR_VALUE);
    fire(robot, "#notifyToggle");
    assertThat(robot.lookup("#notifyToggle").queryAs(ToggleButton.class).isSelected()).isTrue();
    waitUntil(() -> hrm.subscribed(Peripherals.HR_VALUE));
    hrm.notifyValue(Peripherals.HR_VALUE, new byte[] {0, 72});
    hrm.notifyValue(Peripherals.HR_VALUE, new byte[] {0, 73});
    ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
    waitUntil(() -> history.getItems().size() == 2);

    robot.interact(() -> hrm.drop(0x08));
    waitUntil(() -> text(robot, "#deviceStatus").equals("Disconnected: Connection Timeout (0x08)"));
    assertThat(robot.lookup("#reconnectButton").queryAs(Button.class).isVisible()).isTrue();
    fire(robot, "#reconnectButton");
    waitUntil(() -> text(robot, "#deviceStatus").equals("Connected"));
  }

  @Test
  void thePasskeyDialogPairsAndTheReadSucceeds(FxRobot robot) throws TimeoutException {
    scanAndConnect(robot);
    selectCharacteristic(robot, Peripherals.SECURE_VALUE);
    fire(robot, "#readButton");
    waitUntil(() -> robot.lookup("#pairRetryButton").queryAs(Button.class).isVisible());
    assertThat(text(robot, "#charError")).contains("(ATT 0x05)");

    fire(robot, "#pairRetryButton");
    waitUntil(() -> robot.lookup("#passkeyField").tryQuery().isPresent());
    robot.clickOn("#passkeyField").write("123456");
    fire(robot, "#passkeyOk");
    waitUntil(() -> "42".equals(text(robot, "#valueText")));
    assertThat(text(robot, "#linkFacts")).contains("bonded");
  }
}
