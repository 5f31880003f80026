package io.gattscope.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.app.GattScopeApp;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.Backends;
import io.gattscope.ble.sim.SimBackendProvider;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders the main window on the simulator headless into target/screenshots/main-window.png. */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotIT {
  private final ExecutorService background = Executors.newCachedThreadPool();
  private MainViewModel vm;
  private Scene scene;

  @Start
  void start(Stage stage) {
    var ctx = GattScopeApp.productionContext(background, Settings.inMemory());
    MainView view = GattScopeApp.createWindow(ctx, new Backends(List.of(new SimBackendProvider())));
    vm = view.viewModel();
    scene = new Scene(view.root(), 1280, 800);
    view.install(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(vm::shutdown);
    background.shutdownNow();
  }

  @Test
  void rendersTheWindowWithAConnectedHeartRateMonitor(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        15, TimeUnit.SECONDS, () -> vm.adapter().backendProperty().get() != null);
    robot.interact(() -> vm.scan().toggleScanCommand().execute());
    WaitForAsyncUtils.waitFor(
        15,
        TimeUnit.SECONDS,
        () ->
            vm.scan().rows().stream().anyMatch(r -> r.address().equals(HeartRateMonitor.ADDRESS)));
    WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
    robot.interact(
        () ->
            vm.connect(
                vm.scan().rows().stream()
                    .filter(r -> r.address().equals(HeartRateMonitor.ADDRESS))
                    .findFirst()
                    .orElseThrow()));
    DeviceViewModel d = vm.devices().get(0);
    WaitForAsyncUtils.waitFor(
        15, TimeUnit.SECONDS, () -> "Connected".equals(d.statusProperty().get()));
    TreeTableView<?> tree = robot.lookup("#gattTree").queryAs(TreeTableView.class);
    robot.interact(() -> tree.getSelectionModel().select(4));
    robot.interact(
        () -> robot.lookup("#notifyToggle").tryQuery().ifPresent(n -> ((ToggleButton) n).fire()));
    WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
    Path out = Path.of("target", "screenshots", "main-window.png");
    Files.createDirectories(out.getParent());
    robot.interact(
        () -> {
          try {
            ImageIO.write(
                SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    assertThat(Files.size(out)).isGreaterThan(10_000);
  }
}
