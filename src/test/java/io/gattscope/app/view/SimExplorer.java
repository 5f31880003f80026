package io.gattscope.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.GattScopeApp;
import io.gattscope.app.device.AppContext;
import io.gattscope.app.device.CharacteristicViewModel;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.device.GattNode;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.Backends;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.SimBackendProvider;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer on the in-memory simulator with a fresh profile, for the window tests; registered
 * with {@code @RegisterExtension} it opens in its own stage and, after each test, shuts down,
 * closes every window it left and goes back to the light theme.
 */
final class SimExplorer implements AfterEachCallback {
  final ExecutorService background = Executors.newCachedThreadPool();
  final Settings settings = Settings.inMemory();
  MainViewModel vm;
  Stage stage;
  AppContext ctx;

  /** Builds the window at the given size (a fresh profile: no stored divider or column widths). */
  void start(Stage stage, double width, double height) {
    this.stage = stage;
    ctx = GattScopeApp.productionContext(background, settings);
    MainView view = GattScopeApp.createWindow(ctx, new Backends(List.of(new SimBackendProvider())));
    vm = view.viewModel();
    Scene scene = new Scene(view.root(), width, height);
    view.install(scene);
    stage.setScene(scene);
    stage.sizeToScene();
    stage.show();
  }

  void stop(FxRobot robot) {
    robot.interact(vm::shutdown);
    background.shutdownNow();
  }

  /** Opens the explorer at the given size in a new stage of its own. */
  void open(FxRobot robot, double width, double height) {
    robot.interact(() -> start(new Stage(), width, height));
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (vm == null) {
      return;
    }
    WaitForAsyncUtils.asyncFx(
            () -> {
              vm.shutdown();
              for (Window w : List.copyOf(Window.getWindows())) {
                w.hide();
              }
              Themes.use("light");
            })
        .get(15, TimeUnit.SECONDS);
    background.shutdownNow();
  }

  static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Starts the scan and waits until the address is listed; returns the table. */
  TableView<ScanRow> scanUntilListed(FxRobot robot, BleAddress address) throws TimeoutException {
    waitUntil(() -> vm.adapter().backendProperty().get() != null);
    if (!vm.scan().scanningProperty().get()) {
      robot.interact(() -> vm.scan().toggleScanCommand().execute());
    }
    @SuppressWarnings("unchecked")
    TableView<ScanRow> table = robot.lookup("#scanTable").queryAs(TableView.class);
    waitUntil(() -> table.getItems().stream().anyMatch(r -> r.address().equals(address)));
    return table;
  }

  static ScanRow row(TableView<ScanRow> table, BleAddress address) {
    return table.getItems().stream()
        .filter(r -> r.address().equals(address))
        .findFirst()
        .orElseThrow();
  }

  /** Scans, connects the address through the view model and returns its tab content. */
  Node connect(FxRobot robot, BleAddress address) throws TimeoutException {
    TableView<ScanRow> table = scanUntilListed(robot, address);
    robot.interact(() -> table.getSelectionModel().select(row(table, address)));
    robot.interact(() -> vm.connectCommand().execute());
    return tabOf(robot, address);
  }

  Node tabOf(FxRobot robot, BleAddress address) throws TimeoutException {
    waitUntil(() -> vm.devices().stream().anyMatch(d -> d.address().equals(address)));
    DeviceViewModel device =
        vm.devices().stream().filter(d -> d.address().equals(address)).findFirst().orElseThrow();
    waitUntil(() -> "Connected".equals(device.statusProperty().get()));
    TabPane tabs = robot.lookup("#deviceTabs").queryAs(TabPane.class);
    return tabs.getSelectionModel().getSelectedItem().getContent();
  }

  static CharacteristicViewModel select(FxRobot robot, Node tab, int valueHandle) {
    @SuppressWarnings("unchecked")
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
    WaitForAsyncUtils.waitForFxEvents();
    return found[0];
  }

  /** Fires the button (or toggle) with the id under the scope, after checking it is enabled. */
  static void fire(FxRobot robot, Node scope, String id) {
    ButtonBase b = robot.from(scope).lookup(id).queryAs(ButtonBase.class);
    assertThat(b.isDisabled()).as(id + " enabled").isFalse();
    robot.interact(b::fire);
  }

  /** The text of the label with the id under the scope. */
  static String text(FxRobot robot, Node scope, String id) {
    return robot.from(scope).lookup(id).queryAs(Labeled.class).getText();
  }

  /** The text a labeled control actually draws (ends in "…" when the control cuts it). */
  static String drawnText(Labeled labeled) {
    return onFx(() -> labeled.lookup(".text") instanceof Text t ? t.getText() : "");
  }

  /** True when the node lies wholly inside its window's scene. */
  static boolean insideScene(Node node) {
    return onFx(
        () -> {
          var b = node.localToScene(node.getBoundsInLocal());
          Scene s = node.getScene();
          return b.getMinX() >= 0
              && b.getMinY() >= 0
              && b.getMaxX() <= s.getWidth() + 0.5
              && b.getMaxY() <= s.getHeight() + 0.5;
        });
  }

  /**
   * How many rows (cells with the style class {@code rowClass}, filled or the empty ones that pad
   * the view) a list, table or tree table shows whole inside its viewport: the rows it has room
   * for, whatever the number of items at that moment.
   */
  static long wholeRows(Node view, String rowClass) {
    return onFx(
        () -> {
          Node clip = view.lookup(".clipped-container");
          Bounds area = clip.localToScene(clip.getLayoutBounds());
          return view.lookupAll("." + rowClass).stream()
              .filter(c -> c instanceof IndexedCell<?> && c.isVisible())
              .map(c -> c.localToScene(c.getLayoutBounds()))
              .filter(
                  b -> b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5)
              .map(b -> Math.round(b.getMinY()))
              .distinct()
              .count();
        });
  }

  /** True when the node lies wholly inside the area's drawn bounds (not scrolled out of it). */
  static boolean shownWithin(Node node, Node area) {
    return onFx(
        () -> {
          var b = node.localToScene(node.getBoundsInLocal());
          var a = area.localToScene(area.getLayoutBounds());
          return b.getMinX() >= a.getMinX() - 0.5
              && b.getMinY() >= a.getMinY() - 0.5
              && b.getMaxX() <= a.getMaxX() + 0.5
              && b.getMaxY() <= a.getMaxY() + 0.5;
        });
  }

  /**
   * Reads the scene graph on the FX thread, between two pulses: read from the test thread, a
   * measurement can catch a layout half done.
   */
  static <T> T onFx(Callable<T> read) {
    if (Platform.isFxApplicationThread()) {
      try {
        return read.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("reading the scene on the FX thread failed", e);
    }
  }
}
