package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.log.LogEntry;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Simulator menu makes the simulated device misbehave on demand: a dropped link shows in the
 * device header, and every fault is written to the log.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorMenuTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @Test
  void dropTheLinkFromTheMenuDisconnectsTheDeviceAndLogsTheFault(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    MenuButton menu = robot.lookup("#simulatorMenu").queryAs(MenuButton.class);
    waitUntil(menu::isVisible);
    Menu drop = (Menu) item(menu, "simDrop");
    assertThat(drop.isDisable()).as("no device tab yet: nothing to drop").isTrue();

    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    DeviceViewModel device = app.vm.devices().get(0);
    waitUntil(() -> !drop.isDisable());
    MenuItem timeout =
        drop.getItems().stream()
            .filter(i -> "simDrop08".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    robot.interact(timeout::fire);

    waitUntil(() -> device.statusProperty().get().startsWith("Disconnected"));
    assertThat(device.statusProperty().get()).contains("0x08");
    waitUntil(() -> logged("Simulator fault: drop " + HeartRateMonitor.ADDRESS));
    assertThat(tab.isVisible()).as("the tab stays for a reconnect").isTrue();
  }

  @Test
  void theMenuIsHiddenWhenTheAdapterIsNotTheSimulator(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    MenuButton menu = robot.lookup("#simulatorMenu").queryAs(MenuButton.class);
    waitUntil(menu::isVisible);
    robot.interact(() -> app.vm.adapter().shutdown());
    waitUntil(() -> !menu.isVisible());
    robot.interact(() -> app.vm.simulator().reboot());
    waitUntil(() -> logged("Simulator: cannot reboot: the open adapter is not the simulator"));
  }

  private boolean logged(String text) {
    app.vm.context().log().flush();
    List<LogEntry> entries;
    try {
      entries =
          WaitForAsyncUtils.asyncFx(() -> List.copyOf(app.vm.context().log().entries())).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return entries.stream().anyMatch(e -> e.message().contains(text));
  }

  private static MenuItem item(MenuButton menu, String id) {
    return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
  }
}
