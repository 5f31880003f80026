package io.gattscope.app.view;

import io.gattscope.app.main.SimulatorViewModel;
import java.time.Duration;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/** The toolbar's Simulator menu, shown while the simulated adapter is open. */
final class SimulatorMenu {
  private SimulatorMenu() {}

  /** Builds the menu button on the simulator's view model. */
  static MenuButton create(SimulatorViewModel vm) {
    MenuButton menu = new MenuButton("Simulator");
    menu.setId("simulatorMenu");
    menu.setTooltip(
        new Tooltip("Make the simulated devices misbehave, or add a device from a snapshot file"));
    menu.visibleProperty().bind(vm.availableProperty());
    menu.managedProperty().bind(vm.availableProperty());

    Menu drop = new Menu("Drop the link");
    drop.setId("simDrop");
    drop.getItems()
        .addAll(
            item("Supervision timeout (0x08)", "simDrop08", () -> vm.dropLink(0x08)),
            item("Remote user terminated (0x13)", "simDrop13", () -> vm.dropLink(0x13)),
            item("Remote power off (0x15)", "simDrop15", () -> vm.dropLink(0x15)));
    Menu away = new Menu("Out of range");
    away.getItems()
        .addAll(
            item("For 3 s", "simAway3", () -> vm.outOfRange(Duration.ofSeconds(3))),
            item("For 30 s", "simAway30", () -> vm.outOfRange(Duration.ofSeconds(30))));
    MenuItem services = item("Change services", "simServices", vm::changeServices);
    MenuItem silent = item("Stop answering", "simSilent", () -> vm.setSilent(true));
    MenuItem answer = item("Answer again", "simAnswer", () -> vm.setSilent(false));
    for (MenuItem m : new MenuItem[] {drop, away, services, silent, answer}) {
      m.disableProperty().bind(vm.deviceChosenProperty().not());
    }
    Menu latency = new Menu("Latency");
    latency
        .getItems()
        .addAll(
            item("None", "simLatency0", () -> vm.setLatency(Duration.ZERO, Duration.ZERO)),
            item(
                "50 ms ± 20 ms",
                "simLatency50",
                () -> vm.setLatency(Duration.ofMillis(50), Duration.ofMillis(20))),
            item(
                "300 ms ± 200 ms",
                "simLatency300",
                () -> vm.setLatency(Duration.ofMillis(300), Duration.ofMillis(200))));
    MenuItem reboot = item("Reboot the dongle", "simReboot", vm::reboot);
    MenuItem snapshot =
        item(
            "Add device from snapshot…",
            "simAddSnapshot",
            () -> addSnapshot(menu.getScene().getWindow(), vm));
    menu.getItems()
        .addAll(
            drop,
            away,
            services,
            silent,
            answer,
            new SeparatorMenuItem(),
            latency,
            reboot,
            new SeparatorMenuItem(),
            snapshot);
    return menu;
  }

  /** Asks for a snapshot file and adds its device; a bad file is shown and changes nothing. */
  private static void addSnapshot(Window owner, SimulatorViewModel vm) {
    SnapshotFiles.open(owner)
        .flatMap(vm::addSnapshot)
        .ifPresent(
            text -> {
              Alert alert = new Alert(Alert.AlertType.ERROR, text);
              alert.initOwner(owner);
              alert.setTitle("Add device from snapshot");
              alert.setHeaderText("The device was not added");
              alert.getDialogPane().setId("simSnapshotError");
              alert.show();
            });
  }

  private static MenuItem item(String text, String id, Runnable action) {
    MenuItem m = new MenuItem(text);
    m.setId(id);
    m.setOnAction(e -> action.run());
    return m;
  }
}
