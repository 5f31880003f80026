package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.log.LogEntry;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.snapshot.Snapshot;
import io.gattscope.ble.snapshot.SnapshotCharacteristic;
import io.gattscope.ble.snapshot.SnapshotCompare;
import io.gattscope.ble.snapshot.SnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Save snapshot…" on a device tab writes the device with its running subscriptions recorded, with
 * a progress bar and a Cancel, replaces a file only when confirmed and never writes through a link;
 * "Simulator → Add device from snapshot…" serves a file's device.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotExplorerTest {
  private static final String DEMO =
      """
      {"schemaVersion": 1, "address": "00:07:80:5E:09:01", "addressType": "public", "name": "Demo",
       "advertising": {"packetType": "connectable", "intervalMillis": 50, "rssi": -60,
                       "data": "020106", "scanResponse": "050944656d6f"},
       "services": [{"uuid": "180f", "handle": 1, "endHandle": 4, "characteristics": [
         {"uuid": "2a19", "declarationHandle": 2, "valueHandle": 3, "properties": ["read", "notify"],
          "value": "61", "descriptors": [{"uuid": "2902", "handle": 4, "value": "0000"}]}]}]}
      """;

  private final SimExplorer app = new SimExplorer();
  private final Function<Window, Optional<Path>> originalOpener = SnapshotFiles.opener;
  private Stage stage;
  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop(FxRobot robot) {
    SnapshotFiles.opener = originalOpener;
    if (app.vm != null) {
      app.stop(robot);
    }
  }

  @Test
  void saveSnapshotRecordsTheRunningSubscriptionsWithProgress(FxRobot robot) throws Exception {
    robot.interact(() -> app.start(stage, 1024, 700));
    // the name comes with the scan response: connect once the list shows it, as a user would
    var table = app.scanUntilListed(robot, HeartRateMonitor.ADDRESS);
    waitUntil(
        () ->
            "GattScope HRM"
                .equals(SimExplorer.row(table, HeartRateMonitor.ADDRESS).nameProperty().get()));
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    CharacteristicViewModel hr = subscribeToHeartRate(robot, tab);

    Path file = dir.resolve("hrm.json");
    save(robot, tab, file, 2);
    Node progress = robot.from(tab).lookup("#snapshotProgress").query().getParent();
    waitUntil(progress::isVisible);
    assertThat(robot.from(tab).lookup("#saveSnapshotButton").query().isVisible())
        .as("the progress takes the button's place")
        .isFalse();
    waitUntil(() -> logged("Saved snapshot " + file));
    assertThat(progress.isVisible()).isFalse();

    Snapshot s = SnapshotReader.read(file);
    assertThat(s.address()).isEqualTo(HeartRateMonitor.ADDRESS);
    assertThat(s.name()).isEqualTo("GattScope HRM");
    SnapshotCharacteristic measurement =
        SnapshotCompare.characteristic(s, HeartRateMonitor.HEART_RATE_MEASUREMENT);
    assertThat(measurement.recording()).as("the running subscription is recorded").isNotNull();
    assertThat(measurement.recording().samples()).isNotEmpty();
    assertThat(SnapshotCompare.characteristic(s, HeartRateMonitor.BATTERY_LEVEL).recording())
        .as("battery level notifies, but was not subscribed")
        .isNull();
    assertThat(hr.notifications().activeProperty().get())
        .as("the tab's own subscription keeps running")
        .isTrue();
  }

  @Test
  void aCancelledSaveWritesNothingAndAMissingFolderIsShown(FxRobot robot) throws Exception {
    robot.interact(() -> app.start(stage, 1024, 700));
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    subscribeToHeartRate(robot, tab);

    Path file = dir.resolve("cancelled.json");
    save(robot, tab, file, 600);
    Label step = robot.from(tab).lookup("#snapshotStep").queryAs(Label.class);
    waitUntil(() -> step.isVisible() && step.getText().startsWith("Recording"));
    Button cancel = robot.from(tab).lookup("#snapshotCancel").queryAs(Button.class);
    robot.interact(cancel::fire);
    waitUntil(() -> logged("Snapshot cancelled; nothing was written"));
    assertThat(file).doesNotExist();

    Path missing = dir.resolve("no-such-folder").resolve("x.json");
    save(robot, tab, missing, 0);
    waitUntil(() -> dialogPane("snapshotError").isPresent());
    assertThat(dialogPane("snapshotError").orElseThrow().getContentText())
        .isEqualTo(
            "Saving the snapshot failed: the folder " + missing.getParent() + " does not exist");
    assertThat(missing.getParent()).doesNotExist();
  }

  @Test
  void anExistingFileIsReplacedOnlyWhenConfirmedAndALinkNever(FxRobot robot) throws Exception {
    robot.interact(() -> app.start(stage, 1024, 700));
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    Path file = Files.writeString(dir.resolve("kept.json"), "precious\n");

    save(robot, tab, file, 0);
    waitUntil(() -> dialogPane("snapshotReplace").isPresent());
    DialogPane confirm = dialogPane("snapshotReplace").orElseThrow();
    assertThat(confirm.getContentText())
        .isEqualTo(file + " exists. Replace it with the new snapshot?");
    assertThat(((Button) confirm.lookupButton(ButtonType.CANCEL)).isDefaultButton())
        .as("Enter keeps the file")
        .isTrue();
    robot.interact(() -> ((Button) confirm.lookupButton(ButtonType.CANCEL)).fire());
    waitUntil(() -> dialogPane("snapshotReplace").isEmpty());
    assertThat(Files.readString(file)).as("kept when not confirmed").isEqualTo("precious\n");

    save(robot, tab, file, 0);
    waitUntil(() -> dialogPane("snapshotReplace").isPresent());
    DialogPane replace = dialogPane("snapshotReplace").orElseThrow();
    robot.interact(() -> okButton(replace).fire());
    waitUntil(() -> logged("Saved snapshot " + file));
    assertThat(SnapshotReader.read(file).address()).isEqualTo(HeartRateMonitor.ADDRESS);
    assertThat(loggedCount("Saved snapshot " + file))
        .as("the refused replacement captured nothing")
        .isEqualTo(1);

    Path target = Files.writeString(dir.resolve("target.txt"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    save(robot, tab, link, 0);
    waitUntil(() -> dialogPane("snapshotError").isPresent());
    assertThat(dialogPane("snapshotError").orElseThrow().getContentText())
        .isEqualTo(
            "Saving the snapshot failed: "
                + link
                + " is a symbolic link; give the real path (links are never followed)");
    assertThat(dialogPane("snapshotReplace")).as("a link is never offered for replacing").isEmpty();
    assertThat(Files.readString(target)).isEqualTo("precious\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void addDeviceFromSnapshotServesTheFileAndABadFileChangesNothing(FxRobot robot) throws Exception {
    robot.interact(() -> app.start(stage, 1024, 700));
    MenuButton menu = robot.lookup("#simulatorMenu").queryAs(MenuButton.class);
    waitUntil(menu::isVisible);
    SimulatorControl sim =
        SimulatedAdapter.controlOf(app.vm.adapter().backendProperty().get()).orElseThrow();
    int before = sim.world().peripherals().size();
    MenuItem add =
        menu.getItems().stream()
            .filter(i -> "simAddSnapshot".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(add.isDisable()).as("no device tab needed").isFalse();

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, DEMO.replace("\"handle\": 4", "\"handle\": 3"));
    SnapshotFiles.opener = w -> Optional.of(bad);
    robot.interact(add::fire);
    waitUntil(() -> dialogPane("simSnapshotError").isPresent());
    assertThat(dialogPane("simSnapshotError").orElseThrow().getContentText())
        .startsWith(
            "Simulator: cannot add a device from "
                + bad
                + ": not a valid snapshot: $.services[0].characteristics[0].descriptors[0].handle:"
                + " duplicate handle");
    assertThat(sim.world().peripherals()).hasSize(before);
    robot.interact(
        () -> dialogPane("simSnapshotError").orElseThrow().getScene().getWindow().hide());

    Path none = dir.resolve("none.json");
    SnapshotFiles.opener = w -> Optional.of(none);
    robot.interact(add::fire);
    waitUntil(() -> dialogPane("simSnapshotError").isPresent());
    assertThat(dialogPane("simSnapshotError").orElseThrow().getContentText())
        .isEqualTo("Simulator: cannot add a device from " + none + ": the file does not exist");
    robot.interact(
        () -> dialogPane("simSnapshotError").orElseThrow().getScene().getWindow().hide());
    assertThat(sim.world().peripherals()).hasSize(before);

    Path good = dir.resolve("demo.json");
    Files.writeString(good, DEMO);
    SnapshotFiles.opener = w -> Optional.of(good);
    robot.interact(add::fire);
    BleAddress demo = BleAddress.parse("00:07:80:5E:09:01");
    waitUntil(() -> logged("Simulator: added " + demo + " (Demo) from snapshot " + good));
    assertThat(sim.world().peripherals()).hasSize(before + 1);
    app.scanUntilListed(robot, demo);
    Node tab = app.connect(robot, demo);
    CharacteristicViewModel level = SimExplorer.select(robot, tab, 3);
    robot.interact(level::read);
    waitUntil(() -> "61".equals(hex(level.valueProperty().get())));
  }

  private static String hex(byte[] b) {
    return b == null ? "" : String.format("%02x", b[0]);
  }

  /** Turns on the heart rate notifications of the tab and waits until they run. */
  private static CharacteristicViewModel subscribeToHeartRate(FxRobot robot, Node tab)
      throws TimeoutException {
    CharacteristicViewModel hr =
        SimExplorer.select(robot, tab, HeartRateMonitor.HEART_RATE_MEASUREMENT);
    robot.interact(() -> hr.notifications().notifyProperty().set(true));
    waitUntil(() -> hr.notifications().activeProperty().get());
    return hr;
  }

  /** Opens "Save snapshot…", types the file and the recording time (0 records none), saves. */
  private void save(FxRobot robot, Node tab, Path file, int recordSeconds) throws TimeoutException {
    Button open = robot.from(tab).lookup("#saveSnapshotButton").queryAs(Button.class);
    robot.interact(open::fire);
    waitUntil(() -> dialogPane("snapshotDialog").isPresent());
    DialogPane dialog = dialogPane("snapshotDialog").orElseThrow();
    robot.interact(
        () -> {
          ((TextField) dialog.lookup("#snapshotFile")).setText(file.toString());
          if (recordSeconds > 0) {
            ((CheckBox) dialog.lookup("#snapshotRecord")).setSelected(true);
            @SuppressWarnings("unchecked")
            Spinner<Integer> seconds = (Spinner<Integer>) dialog.lookup("#snapshotSeconds");
            seconds.getValueFactory().setValue(recordSeconds);
          }
          okButton(dialog).fire();
        });
  }

  private static Button okButton(DialogPane dialog) {
    ButtonType save =
        dialog.getButtonTypes().stream()
            .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
            .findFirst()
            .orElseThrow();
    return (Button) dialog.lookupButton(save);
  }

  private static Optional<DialogPane> dialogPane(String id) {
    return Window.getWindows().stream()
        .filter(Window::isShowing)
        .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
        .map(w -> (DialogPane) w.getScene().getRoot())
        .filter(p -> id.equals(p.getId()))
        .findFirst();
  }

  private boolean logged(String text) {
    return loggedCount(text) > 0;
  }

  private long loggedCount(String text) {
    app.vm.context().log().flush();
    List<LogEntry> entries;
    try {
      entries =
          WaitForAsyncUtils.asyncFx(() -> List.copyOf(app.vm.context().log().entries())).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return entries.stream().filter(e -> e.message().contains(text)).count();
  }
}
