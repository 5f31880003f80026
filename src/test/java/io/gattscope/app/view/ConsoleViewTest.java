package io.gattscope.app.view;

import static io.gattscope.app.view.SimExplorer.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.chart.DockedChart;
import io.gattscope.app.console.ConsoleEntry;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.view.chart.FxChartOpener;
import io.gattscope.app.view.chart.LiveChartPane;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.UartDevice;
import io.gattscope.stream.SampleRingBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The simulated GattScope UART gets a Console tab: text typed there is sent and echoed back, and
 * its sensor lines chart as three named channels through the chart dock.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
  @RegisterExtension final SimExplorer app = new SimExplorer();

  @Test
  void consoleSendsPingShowsTheEchoAndPlotsTheThreeChannels(FxRobot robot) throws Exception {
    app.open(robot, 1280, 800);
    Node tab = app.connect(robot, UartDevice.ADDRESS);
    TabPane views = robot.from(tab).lookup("#deviceViews").queryAs(TabPane.class);
    Tab console =
        fx(
            () ->
                views.getTabs().stream()
                    .filter(t -> "Console".equals(t.getText()))
                    .findFirst()
                    .orElseThrow());
    robot.interact(() -> views.getSelectionModel().select(console));
    @SuppressWarnings("unchecked")
    ListView<ConsoleEntry> lines = robot.from(tab).lookup("#consoleLines").queryAs(ListView.class);

    robot.clickOn("#consoleInput").write("ping").type(KeyCode.ENTER);
    waitUntil(() -> texts(lines, false).contains("ping"));
    assertThat(fx(() -> texts(lines, true))).containsExactly("ping");
    robot.clickOn("#consoleFollow");
    robot.interact(
        () ->
            lines.scrollTo(
                lines
                    .getItems()
                    .indexOf(
                        lines.getItems().stream()
                            .filter(ConsoleEntry::sent)
                            .findFirst()
                            .orElseThrow())));
    waitUntil(() -> sentCells(lines).stream().anyMatch(s -> s.endsWith("> ping")));
    assertThat(fx(() -> sentCells(lines)))
        .as("only the sent line is drawn in the sent style")
        .allMatch(s -> s.endsWith("> ping"));
    for (String theme : List.of("light", "dark")) {
      robot.interact(() -> Themes.use(theme));
      WaitForAsyncUtils.waitForFxEvents();
      List<String> seen = new ArrayList<>();
      robot.interact(() -> seen.addAll(sentColour(lines)));
      assertThat(seen).as(theme + ": sent colour, received colour, contrast").hasSize(3);
      assertThat(seen.get(0))
          .as(theme + ": sent text has its own colour")
          .isNotEqualTo(seen.get(1));
      assertThat(Double.parseDouble(seen.get(2)))
          .as(theme + ": contrast of the sent text")
          .isGreaterThanOrEqualTo(Wcag.AA);
    }
    robot.interact(() -> Themes.use("light"));

    Button plot = robot.from(tab).lookup("#consolePlot").queryAs(Button.class);
    waitUntil(() -> !plot.isDisabled());
    robot.clickOn(plot);
    var windows = ((FxChartOpener) app.ctx.charts()).windows();
    waitUntil(() -> !windows.dockModel().charts().isEmpty());
    DockedChart chart = fx(() -> windows.dockModel().charts().get(0));
    SampleRingBuffer buffer = chart.model().feedProperty().get().buffer();
    waitUntil(() -> buffer.writeSequence() >= 5);
    LiveChartPane pane =
        fx(
            () ->
                Window.getWindows().stream()
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".live-chart").stream())
                    .filter(LiveChartPane.class::isInstance)
                    .map(LiveChartPane.class::cast)
                    .findFirst()
                    .orElseThrow());
    assertThat(
            fx(
                () ->
                    pane.chart().getRenderers().stream()
                        .flatMap(r -> r.getDatasets().stream())
                        .map(d -> d.getName())
                        .toList()))
        .containsExactly("t", "hum", "co2");
    WaitForAsyncUtils.waitFor(
        15, TimeUnit.SECONDS, () -> fx(() -> pane.pointsShown(0) > 0 && pane.pointsShown(2) > 0));
    assertThat(chart.model().title()).isEqualTo(UartDevice.ADDRESS + " · serial plot");
    Label rate = robot.from(tab).lookup("#consoleRate").queryAs(Label.class);
    assertThat(fx(rate::getText))
        .as("the echoed ping is counted, not plotted")
        .matches(".* · [1-9][0-9]* not plotted · 0 trimmed");
  }

  private static List<String> texts(ListView<ConsoleEntry> lines, boolean sent) {
    return lines.getItems().stream()
        .filter(e -> e.sent() == sent)
        .map(e -> new String(e.bytes(), StandardCharsets.UTF_8))
        .toList();
  }

  @Test
  void openConsoleOnAnyNotifyAndWritePair(FxRobot robot) throws Exception {
    app.open(robot, 1280, 800);
    Node tab = app.connect(robot, HeartRateMonitor.ADDRESS);
    assertThat(robot.from(tab).lookup("#deviceViews").tryQuery())
        .as("no Console tab without NUS until one is opened")
        .isEmpty();
    robot.clickOn(robot.from(tab).lookup("#openConsoleButton").queryAs(Button.class));
    @SuppressWarnings("unchecked")
    ComboBox<GattCharacteristic> tx = robot.lookup("#consoleTxPicker").queryAs(ComboBox.class);
    @SuppressWarnings("unchecked")
    ComboBox<GattCharacteristic> rx = robot.lookup("#consoleRxPicker").queryAs(ComboBox.class);
    assertThat(fx(() -> tx.getItems().stream().map(GattCharacteristic::valueHandle).toList()))
        .contains(HeartRateMonitor.HEART_RATE_MEASUREMENT, HeartRateMonitor.BATTERY_LEVEL)
        .doesNotContain(HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    assertThat(fx(() -> rx.getItems().stream().map(GattCharacteristic::valueHandle).toList()))
        .contains(HeartRateMonitor.HEART_RATE_CONTROL_POINT)
        .doesNotContain(HeartRateMonitor.HEART_RATE_MEASUREMENT);
    robot.interact(
        () -> {
          tx.setValue(handle(tx, HeartRateMonitor.HEART_RATE_MEASUREMENT));
          rx.setValue(handle(rx, HeartRateMonitor.HEART_RATE_CONTROL_POINT));
        });
    robot.clickOn("OK");
    TabPane views = robot.from(tab).lookup("#deviceViews").queryAs(TabPane.class);
    assertThat(fx(() -> views.getTabs().stream().map(Tab::getText).toList()))
        .containsExactly("GATT", "Console 0x0008/0x000D");
    assertThat(fx(() -> views.getSelectionModel().getSelectedItem().getText()))
        .isEqualTo("Console 0x0008/0x000D");
    Label rate = robot.from(tab).lookup("#consoleRate").queryAs(Label.class);
    waitUntil(() -> rate.getText().matches("[1-9][0-9]* B/s .*"));
    waitUntil(
        () ->
            app.ctx.log().entries().stream()
                .anyMatch(
                    e -> e.message().equals("Console: receiving on 0x0008, sending to 0x000D")));
  }

  @Test
  void afterAReconnectTheConsoleStartsAgainAndPlotResumesTheSameChart(FxRobot robot)
      throws Exception {
    app.open(robot, 1280, 800);
    Node tab = app.connect(robot, UartDevice.ADDRESS);
    DeviceViewModel device = app.vm.devices().get(0);
    robot.interact(() -> device.autoReconnectProperty().set(true));
    TabPane views = robot.from(tab).lookup("#deviceViews").queryAs(TabPane.class);
    robot.interact(() -> views.getSelectionModel().select(1));
    Button plot = robot.from(tab).lookup("#consolePlot").queryAs(Button.class);
    waitUntil(() -> !plot.isDisabled());
    robot.interact(plot::fire);
    var windows = ((FxChartOpener) app.ctx.charts()).windows();
    waitUntil(() -> !windows.dockModel().charts().isEmpty());
    DockedChart chart = fx(() -> windows.dockModel().charts().get(0));
    SampleRingBuffer ring = chart.model().feedProperty().get().buffer();
    waitUntil(() -> ring.writeSequence() >= 3);

    SimulatedAdapter.controlOf(app.vm.adapter().backendProperty().get())
        .orElseThrow()
        .faults()
        .drop(UartDevice.ADDRESS, 0x08);
    waitUntil(() -> chart.model().disconnectedProperty().get());
    waitUntil(() -> "Reconnected".equals(device.statusProperty().get()));
    Button again = robot.from(tab).lookup("#consolePlot").queryAs(Button.class);
    assertThat(again).as("a new console on the link that came back").isNotSameAs(plot);
    @SuppressWarnings("unchecked")
    ListView<ConsoleEntry> lines = robot.from(tab).lookup("#consoleLines").queryAs(ListView.class);
    waitUntil(() -> !lines.getItems().isEmpty() && !again.isDisabled());
    long before = ring.writeSequence();
    robot.interact(again::fire);
    waitUntil(() -> ring.writeSequence() > before + 3);
    assertThat(fx(() -> windows.dockModel().charts())).containsExactly(chart);
    assertThat(fx(() -> chart.model().disconnectedProperty().get())).isFalse();
  }

  private static GattCharacteristic handle(ComboBox<GattCharacteristic> box, int handle) {
    return box.getItems().stream().filter(c -> c.valueHandle() == handle).findFirst().orElseThrow();
  }

  /**
   * The drawn sent line's text colour, a received line's, and the sent text's contrast against the
   * pixels behind it; call on the FX thread.
   */
  private static List<String> sentColour(ListView<ConsoleEntry> lines) {
    WritableImage shot = lines.getScene().snapshot(null);
    ListCell<?> sent = null;
    ListCell<?> received = null;
    for (Node n : lines.lookupAll(".list-cell")) {
      if (n instanceof ListCell<?> c && c.getItem() instanceof ConsoleEntry e && !c.isSelected()) {
        if (e.sent() && sent == null) {
          sent = c;
        } else if (!e.sent() && received == null) {
          received = c;
        }
      }
    }
    if (sent == null || received == null) {
      return List.of();
    }
    Color s = (Color) ((Text) sent.lookup(".text")).getFill();
    Color r = (Color) ((Text) received.lookup(".text")).getFill();
    Color behind =
        Wcag.background(shot.getPixelReader(), sent.localToScene(sent.getLayoutBounds()));
    return List.of(s.toString(), r.toString(), Double.toString(Wcag.contrast(s, behind)));
  }

  /** The texts of the drawn cells in the sent style. */
  private static List<String> sentCells(ListView<ConsoleEntry> lines) {
    return lines.lookupAll(".console-sent").stream()
        .filter(ListCell.class::isInstance)
        .map(n -> ((ListCell<?>) n).getText())
        .filter(t -> t != null)
        .toList();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }
}
