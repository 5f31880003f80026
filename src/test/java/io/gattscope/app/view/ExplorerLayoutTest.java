package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.drawnText;
import static io.gattscope.app.view.SimExplorer.insideScene;
import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.log.LogEntry;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorControl;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.assertj.core.data.Offset;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer at 1024×700 and 1280×800 on a fresh profile, without any user resizing. */
@ExtendWith(ApplicationExtension.class)
class ExplorerLayoutTest {
  private static final Offset<Double> WITHIN = Offset.offset(0.01);

  @RegisterExtension final SimExplorer app = new SimExplorer();

  @ParameterizedTest
  @CsvSource({"1024,700", "1280,800"})
  void theScanListShowsEveryColumnWithoutAHorizontalScrollBar(int width, int height, FxRobot robot)
      throws Exception {
    app.open(robot, width, height);
    TableView<ScanRow> table = app.scanUntilListed(robot, MotionSensor.ADDRESS);
    waitUntil(() -> table.getItems().size() > 5);
    assertThat(table.getColumns())
        .extracting(c -> c.getText())
        .containsExactly("Device", "RSSI", "Company");
    for (Node bar : table.lookupAll(".scroll-bar")) {
      if (bar instanceof ScrollBar s && s.getOrientation() == Orientation.HORIZONTAL) {
        assertThat(s.isVisible()).as("horizontal scroll bar of the scan list").isFalse();
      }
    }
    List<String> cut = new ArrayList<>();
    robot.interact(
        () ->
            table.lookupAll(".cell-second-line").stream()
                .map(n -> (Labeled) n)
                .filter(
                    l -> l.isVisible() && l.getText().matches("([0-9A-F]{2}:){5}[0-9A-F]{2} .*"))
                .filter(l -> !drawnText(l).equals(l.getText()))
                .forEach(l -> cut.add(drawnText(l))));
    assertThat(cut).as("address lines cut").isEmpty();
    ScanRow motion = SimExplorer.row(table, MotionSensor.ADDRESS);
    String addressLine = motion.addressText();
    assertThat(addressLine).contains("(public)");
    robot.interact(() -> app.vm.scan().filterProperty().set("5E:01:03"));
    waitUntil(() -> table.getItems().size() == 1);
    waitUntil(
        () ->
            table.lookupAll(".cell-second-line").stream()
                .map(n -> drawnText((Labeled) n))
                .anyMatch(addressLine::equals));
    boolean rssiShown =
        table.lookupAll(".rssi-number").stream()
            .map(n -> drawnText((Labeled) n))
            .anyMatch(t -> t.matches("-\\d+ dBm"));
    assertThat(rssiShown).as("an RSSI number drawn uncut").isTrue();
    assertThat(table.lookupAll(".sparkline")).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1024,700", "1280,800"})
  void enterOnAScanRowConnectsAndEnterInTheWideWriteFieldWrites(
      int width, int height, FxRobot robot) throws Exception {
    app.open(robot, width, height);
    TableView<ScanRow> table = app.scanUntilListed(robot, MotionSensor.ADDRESS);
    robot.interact(
        () -> {
          table.getSelectionModel().select(SimExplorer.row(table, MotionSensor.ADDRESS));
          table.requestFocus();
        });
    robot.type(KeyCode.ENTER);
    Node tab = app.tabOf(robot, MotionSensor.ADDRESS);

    CharacteristicViewModel rate = SimExplorer.select(robot, tab, MotionSensor.SAMPLE_RATE);
    TextField field = robot.from(tab).lookup("#writeField").queryAs(TextField.class);
    Button write = robot.from(tab).lookup("#writeButton").queryAs(Button.class);
    assertThat(field.getWidth()).as("write field width").isGreaterThanOrEqualTo(200);
    assertThat(write.isVisible()).isTrue();
    assertThat(insideScene(write))
        .as(
            "Write button %s inside the window %s",
            write.localToScene(write.getBoundsInLocal()), write.getScene().getWidth())
        .isTrue();
    assertThat(drawnText(write)).isEqualTo("Write");
    Node detail = robot.from(tab).lookup("#detailPane").query();
    assertThat(SimExplorer.shownWithin(write, detail))
        .as(
            "Write button %s shown in the detail pane %s without scrolling",
            write.localToScene(write.getBoundsInLocal()),
            detail.localToScene(detail.getLayoutBounds()))
        .isTrue();
    assertThat(SimExplorer.shownWithin(field, detail)).as("write field shown").isTrue();

    robot.interact(() -> rate.editor().formatProperty().set("hex"));
    robot.clickOn(field).write("0A 00");
    robot.type(KeyCode.ENTER);
    waitUntil(() -> rate.history().stream().anyMatch(h -> h.kind().name().equals("WRITE")));
  }

  @ParameterizedTest
  @CsvSource({"1024,700,6,6,5", "1280,800,7,7,6"})
  void theScanListTreeAndLogShowTheirRowsWhileTheWriteEditorStillFits(
      int width, int height, int scanRows, int treeRows, int logRows, FxRobot robot)
      throws Exception {
    app.open(robot, width, height);
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    CharacteristicViewModel rate = SimExplorer.select(robot, tab, MotionSensor.SAMPLE_RATE);
    Button read = robot.from(tab).lookup("#readButton").queryAs(Button.class);
    robot.interact(read::fire);
    waitUntil(() -> !rate.valueTextProperty().get().isEmpty());
    for (int i = 0; i < 20; i++) {
      app.ctx.log().info("", "event " + i);
    }
    @SuppressWarnings("unchecked")
    ListView<LogEntry> list = robot.lookup("#logView").queryAs(ListView.class);
    @SuppressWarnings("unchecked")
    TableView<ScanRow> table = robot.lookup("#scanTable").queryAs(TableView.class);
    Node tree = robot.from(tab).lookup("#gattTree").query();
    waitUntil(() -> list.getItems().size() >= 20 && table.getItems().size() > scanRows);
    settle(() -> SimExplorer.wholeRows(table, "table-row-cell"), scanRows);
    settle(() -> SimExplorer.wholeRows(tree, "tree-table-row-cell"), treeRows);
    settle(() -> SimExplorer.wholeRows(list, "list-cell"), logRows);
    assertThat(SimExplorer.wholeRows(table, "table-row-cell"))
        .as("scan rows shown whole in a list %s high", table.getHeight())
        .isGreaterThanOrEqualTo(scanRows);
    assertThat(SimExplorer.wholeRows(tree, "tree-table-row-cell"))
        .as("GATT tree rows shown whole in a tree %s high", tree.getLayoutBounds().getHeight())
        .isGreaterThanOrEqualTo(treeRows);
    assertThat(SimExplorer.wholeRows(list, "list-cell"))
        .as("log rows shown whole in a list %s high", list.getHeight())
        .isGreaterThanOrEqualTo(logRows);

    assertThat(((TreeTableView<?>) tree).getColumns())
        .extracting(TableColumnBase::getText)
        .containsExactly("Name", "UUID", "Handle", "Properties", "Value");
    assertThat(horizontalBarShown(tree)).as("horizontal scroll bar of the tree").isFalse();
    List<String> untipped = new ArrayList<>();
    robot.interact(
        () -> {
          for (Node n : tree.lookupAll(".tree-table-cell")) {
            if (n instanceof TreeTableCell<?, ?> c
                && c.isVisible()
                && c.getItem() instanceof String full
                && !full.isEmpty()
                && (c.getTooltip() == null || !full.equals(c.getTooltip().getText()))) {
              untipped.add(full + " drawn as " + drawnText(c));
            }
          }
        });
    assertThat(untipped).as("tree cells without their full text in a tooltip").isEmpty();

    TextField field = robot.from(tab).lookup("#writeField").queryAs(TextField.class);
    Button write = robot.from(tab).lookup("#writeButton").queryAs(Button.class);
    Node detail = robot.from(tab).lookup("#detailPane").query();
    assertThat(field.getWidth()).as("write field width").isGreaterThanOrEqualTo(200);
    assertThat(drawnText(write)).isEqualTo("Write");
    assertThat(SimExplorer.shownWithin(write, detail))
        .as(
            "Write button %s shown in the detail pane %s without scrolling",
            write.localToScene(write.getBoundsInLocal()),
            detail.localToScene(detail.getLayoutBounds()))
        .isTrue();
    assertThat(SimExplorer.shownWithin(field, detail)).as("write field shown").isTrue();

    ScrollPane scroll = robot.from(tab).lookup("#detailScroll").queryAs(ScrollPane.class);
    Node viewport = scroll.lookup(".viewport");
    assertThat(scroll.getVvalue()).as("details scrolled").isZero();
    Labeled value = robot.from(tab).lookup("#valueText").queryAs(Labeled.class);
    Labeled meta = robot.from(tab).lookup("#charMeta").queryAs(Labeled.class);
    for (Labeled shown : new Labeled[] {meta, value, read}) {
      assertThat(SimExplorer.shownWithin(shown, viewport))
          .as(
              "%s %s inside the details' viewport %s without scrolling",
              shown.getId(),
              shown.localToScene(shown.getBoundsInLocal()),
              viewport.localToScene(viewport.getLayoutBounds()))
          .isTrue();
      assertThat(drawnText(shown)).as(shown.getId() + " drawn whole").isEqualTo(shown.getText());
    }
    assertThat(value.getText()).isEqualTo(rate.valueTextProperty().get());
  }

  @Test
  void panesKeepTheSizesTheUserGaveThemAfterARestart(FxRobot robot) throws Exception {
    app.open(robot, 1280, 800);
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    SplitPane centre = robot.lookup("#centreSplit").queryAs(SplitPane.class);
    SplitPane body = robot.lookup("#bodySplit").queryAs(SplitPane.class);
    SplitPane device = robot.from(tab).lookup("#deviceSplit").queryAs(SplitPane.class);
    waitUntil(() -> body.getHeight() > 0 && device.getHeight() > 0);
    robot.interact(
        () -> {
          centre.setDividerPositions(0.3);
          body.setDividerPositions(0.55);
          device.setDividerPositions(0.5);
        });
    WaitForAsyncUtils.waitForFxEvents();
    double[] before = {
      centre.getDividerPositions()[0],
      body.getDividerPositions()[0],
      device.getDividerPositions()[0]
    };
    robot.interact(
        () -> {
          app.vm.shutdown();
          app.stage.hide();
        });

    app.open(robot, 1280, 800);
    Node again = app.connect(robot, MotionSensor.ADDRESS);
    SplitPane centre2 = (SplitPane) app.stage.getScene().lookup("#centreSplit");
    SplitPane body2 = (SplitPane) app.stage.getScene().lookup("#bodySplit");
    SplitPane device2 = robot.from(again).lookup("#deviceSplit").queryAs(SplitPane.class);
    assertThat(centre2).isNotSameAs(centre);
    waitUntil(() -> body2.getHeight() > 0 && device2.getHeight() > 0);
    assertThat(centre2.getDividerPositions()[0])
        .as("scan list | tabs")
        .isCloseTo(before[0], WITHIN);
    assertThat(body2.getDividerPositions()[0]).as("explorer | log").isCloseTo(before[1], WITHIN);
    assertThat(device2.getDividerPositions()[0]).as("tree | details").isCloseTo(before[2], WITHIN);
  }

  @Test
  void aNarrowDeviceTabWrapsItsHeaderInsteadOfCuttingIt(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    SplitPane centre = robot.lookup("#centreSplit").queryAs(SplitPane.class);
    // the user widens the scan list as far as it goes: the device tab at its least width
    robot.interact(() -> centre.setDividerPositions(0.95));
    WaitForAsyncUtils.waitForFxEvents();
    Labeled status = robot.from(tab).lookup("#deviceStatus").queryAs(Labeled.class);
    waitUntil(() -> "Connected".equals(status.getText()));
    Region header = (Region) robot.from(tab).lookup(".device-header").query();
    assertThat(header.getWidth()).as("tab width").isLessThan(DeviceView.LEAST_WIDTH + 1);
    WaitForAsyncUtils.waitForFxEvents();
    List<String> cut = new ArrayList<>();
    for (Labeled l : labeledIn(header)) {
      if (!shown(l)) {
        continue;
      }
      if (!drawnText(l).equals(l.getText())) {
        cut.add(l.getText() + " drawn as " + drawnText(l));
      }
      if (!insideScene(l)) {
        cut.add(l.getText() + " outside the window");
      }
    }
    assertThat(cut).as("header texts cut or off screen").isEmpty();

    SimExplorer.select(robot, tab, MotionSensor.SAMPLE_RATE);
    Labeled title = robot.from(tab).lookup("#detailPane .pane-title").queryAs(Labeled.class);
    waitUntil(() -> "Sample rate (Hz)".equals(title.getText()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(drawnText(title)).as("the detail pane's title").isEqualTo(title.getText());
  }

  @Test
  void theScanListCannotPushTheDeviceTabOffTheWindow(FxRobot robot) throws Exception {
    app.open(robot, 1024, 700);
    Node tab = app.connect(robot, MotionSensor.ADDRESS);
    SimExplorer.select(robot, tab, MotionSensor.SAMPLE_RATE);
    SplitPane centre = robot.lookup("#centreSplit").queryAs(SplitPane.class);
    robot.interact(() -> centre.setDividerPositions(0.95)); // dragged as far as it goes
    WaitForAsyncUtils.waitForFxEvents();
    Button write = robot.from(tab).lookup("#writeButton").queryAs(Button.class);
    CheckBox auto = robot.from(tab).lookup("#autoReconnect").queryAs(CheckBox.class);
    TreeTableView<?> tree = robot.from(tab).lookup("#gattTree").queryAs(TreeTableView.class);
    Node lastHeader = tree.lookupAll(".column-header").stream().reduce((a, b) -> b).orElseThrow();
    for (Node n : List.of(write, auto, lastHeader)) {
      assertThat(insideScene(n)).as(n + " inside the window").isTrue();
    }
    assertThat(drawnText(write)).isEqualTo("Write");
  }

  private static boolean shown(Node n) {
    for (Node at = n; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static List<Labeled> labeledIn(Parent parent) {
    List<Labeled> found = new ArrayList<>();
    for (Node n : parent.getChildrenUnmodifiable()) {
      if (n instanceof Labeled l) {
        found.add(l);
      } else if (n instanceof Parent p) {
        found.addAll(labeledIn(p));
      }
    }
    return found;
  }

  private static boolean horizontalBarShown(Node view) {
    return view.lookupAll(".scroll-bar").stream()
        .anyMatch(
            n ->
                n instanceof ScrollBar s
                    && s.getOrientation() == Orientation.HORIZONTAL
                    && s.isVisible());
  }

  /** Waits (within the usual bound) for a count that grows as the view lays out new rows. */
  private static void settle(LongSupplier count, long least) {
    try {
      waitUntil(() -> count.getAsLong() >= least);
    } catch (TimeoutException stillShort) {
      // the assertion that follows reports the count
    }
  }

  @ParameterizedTest
  @CsvSource({"1024,700", "1280,800"})
  void theDeviceHeaderKeepsItsButtonsWholeWhileAnErrorShows(int width, int height, FxRobot robot)
      throws Exception {
    app.open(robot, width, height);
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    SimulatorControl sim =
        SimulatedAdapter.controlOf(app.vm.adapter().backendProperty().get()).orElseThrow();
    robot.interact(() -> app.vm.devices().get(0).autoReconnectProperty().set(false));
    sim.dropConnection(sim.connections().get(0), 0x0208);
    Labeled status = robot.from(tab).lookup("#deviceStatus").queryAs(Labeled.class);
    waitUntil(() -> status.getText().startsWith("Disconnected: "));
    NotificationPane notices =
        robot.from(tab).lookup("#deviceNotices").queryAs(NotificationPane.class);
    waitUntil(notices::isShowing);
    assertThat(notices.getText()).startsWith("Disconnected: ");
    for (String id : new String[] {"#reconnectButton", "#pairButton", "#disconnectButton"}) {
      Button b = robot.from(tab).lookup(id).queryAs(Button.class);
      assertThat(drawnText(b)).as(id).isEqualTo(b.getText());
      assertThat(insideScene(b)).as(id + " inside the window").isTrue();
    }
    CheckBox auto = robot.from(tab).lookup("#autoReconnect").queryAs(CheckBox.class);
    assertThat(drawnText(auto)).isEqualTo("Auto-reconnect");
    assertThat(insideScene(auto)).isTrue();
  }
}
