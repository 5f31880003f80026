package io.gattscope.app;

import io.gattscope.app.device.AppContext;
import io.gattscope.app.knowledge.Knowledge;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.log.TrafficTap;
import io.gattscope.app.main.AdapterViewModel;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.util.FileSettings;
import io.gattscope.app.util.Settings;
import io.gattscope.app.util.Ticker;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.app.view.FxPairingPrompt;
import io.gattscope.app.view.MainView;
import io.gattscope.app.view.StartingView;
import io.gattscope.app.view.chart.FxChartOpener;
import io.gattscope.ble.Backends;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the context, the main view model and the window. */
public final class GattScopeApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(GattScopeApp.class);
  private MainViewModel vm;
  private ExecutorService background;

  /**
   * Opens the explorer: loads the logging set-up and Bluetooth names on a second core while JavaFX
   * starts, then runs the application until its window closes.
   */
  public static void open(String[] args) {
    StartupPreload.start();
    Application.launch(GattScopeApp.class, args);
  }

  /** Creates the view model and view for a context (the app and the window tests share this). */
  public static MainView createWindow(AppContext ctx, Backends backends) {
    AdapterViewModel adapter = new AdapterViewModel(ctx, backends);
    MainViewModel vm = new MainViewModel(ctx, adapter);
    adapter.start();
    return new MainView(vm);
  }

  /** The production context: FX thread, daemon background pool, user preferences. */
  public static AppContext productionContext(ExecutorService background, Settings settings) {
    UiExecutor ui = UiExecutor.fx();
    Ticker ticker = Ticker.daemon();
    Clock clock = Clock.systemDefaultZone();
    LogViewModel log = new LogViewModel(ui, ticker, clock, 5000);
    TrafficTap.follow(log);
    FxChartOpener charts = FxChartOpener.standard(settings);
    charts.windows().logTo(log);
    return new AppContext(
        ui,
        background,
        ticker,
        System::nanoTime,
        clock,
        Knowledge.standard(),
        settings,
        log,
        new FxPairingPrompt(),
        charts);
  }

  /**
   * Shows the window at once with a light placeholder, then builds the explorer into it on the next
   * pulse, so the window appears while JavaFX styles and lays out the full view.
   */
  @Override
  public void start(Stage stage) {
    traceStartup("JavaFX started");
    background =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "gattscope-background");
              t.setDaemon(true);
              return t;
            });
    Settings settings = Settings.user();
    Dimension2D size = firstSize(settings, Screen.getPrimary().getVisualBounds());
    Scene scene =
        StartingView.scene(settings.get("theme", "light"), size.getWidth(), size.getHeight());
    stage.setTitle("GattScope");
    stage.setScene(scene);
    double x = settings.getDouble("window.x", Double.NaN);
    double y = settings.getDouble("window.y", Double.NaN);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      stage.setX(x);
      stage.setY(y);
    }
    stage.setOnCloseRequest(
        e -> {
          settings.put("window.width", Double.toString(scene.getWidth()));
          settings.put("window.height", Double.toString(scene.getHeight()));
          settings.put("window.x", Double.toString(stage.getX()));
          settings.put("window.y", Double.toString(stage.getY()));
        });
    stage.show();
    traceStartup("window shown");
    Platform.runLater(
        () -> {
          AppContext ctx = productionContext(background, settings);
          if (settings instanceof FileSettings f) {
            f.problem().ifPresent(p -> ctx.log().error("", p));
          }
          MainView view = createWindow(ctx, new Backends());
          vm = view.viewModel();
          scene.setRoot(view.root());
          view.install(scene);
          traceStartup("explorer built");
        });
  }

  /**
   * The window's first size: the one remembered, or 1280×800, but never larger than the screen (a
   * 1024×700 screen, or a size saved on a bigger monitor).
   */
  static Dimension2D firstSize(Settings settings, Rectangle2D screen) {
    return new Dimension2D(
        Math.min(settings.getDouble("window.width", 1280), screen.getWidth()),
        Math.min(settings.getDouble("window.height", 800), screen.getHeight()));
  }

  /** Logs a start-up step at debug level; the management bean is only loaded when that is on. */
  private static void traceStartup(String step) {
    if (LOG.isDebugEnabled()) {
      long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
      LOG.debug("{} {} ms after the JVM started", step, ms);
    }
  }

  @Override
  public void stop() {
    if (vm != null) {
      vm.shutdown();
    }
    if (background != null) {
      background.shutdownNow();
    }
  }
}
