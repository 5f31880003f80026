package io.gattscope.app.view;

import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.main.MainViewModel;
import io.gattscope.app.util.ErrorText;
import io.gattscope.app.util.Settings;
import io.gattscope.ble.AdapterDescriptor;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/** Builds the main window's scene graph and binds it to {@link MainViewModel}. */
public final class MainView {
  private final MainViewModel vm;
  private final Settings settings;
  private final TabPane tabs = new TabPane();
  private final Map<DeviceViewModel, Tab> tabOf = new HashMap<>();

  /** The log pane's least height on a fresh profile: its title bar and five rows. */
  private static final double LOG_LEAST = 175;

  /** The log pane's share of the window body on a fresh profile, when that is more. */
  private static final double LOG_SHARE = 0.29;

  private final ScanView scanView;
  private final SplitPane centre = new SplitPane();
  private BorderPane root;

  public MainView(MainViewModel vm) {
    this.vm = vm;
    this.settings = vm.context().settings();
    this.scanView = new ScanView(vm);
  }

  /** The window's view model. */
  public MainViewModel viewModel() {
    return vm;
  }

  /** The window content; constructible without a Stage (tests and screenshots use it as is). */
  public Parent root() {
    if (root != null) {
      return root;
    }
    Label banner = new Label();
    banner.setId("adapterBanner");
    banner.getStyleClass().add("banner");
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.textProperty().bind(vm.adapter().bannerProperty());
    banner.visibleProperty().bind(vm.adapter().bannerProperty().isNotEmpty());
    banner.managedProperty().bind(banner.visibleProperty());

    tabs.setId("deviceTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    vm.devices().addListener((ListChangeListener<DeviceViewModel>) c -> syncTabs());
    vm.selectedDeviceProperty()
        .addListener(
            (o, a, d) -> {
              Tab t = tabOf.get(d);
              if (t != null) {
                tabs.getSelectionModel().select(t);
              }
            });
    Label empty = new Label("Connect to a device from the scan list (double-click or Connect)");
    empty.getStyleClass().add("hint");
    empty.setMouseTransparent(true);
    empty.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
    StackPane tabArea = new StackPane(tabs, empty);
    // however far the scan list is widened, a device tab keeps its tree columns and Write on screen
    tabArea.setMinWidth(DeviceView.LEAST_WIDTH);
    centre.setId("centreSplit");
    centre.getItems().setAll(scanView.build(), tabArea);
    centre.setDividerPositions(settings.getDouble("layout.scanDivider", 0.42));
    centre
        .getDividers()
        .get(0)
        .positionProperty()
        .addListener((o, a, b) -> settings.put("layout.scanDivider", b.toString()));

    TitledPane log = new LogView(vm.context().log()).build();
    log.setId("logPane");
    log.setExpanded(Boolean.parseBoolean(settings.get("layout.logExpanded", "true")));
    log.expandedProperty()
        .addListener((o, a, b) -> settings.put("layout.logExpanded", b.toString()));
    log.maxHeightProperty()
        .bind(
            Bindings.when(log.expandedProperty())
                .then(Double.MAX_VALUE)
                .otherwise(Region.USE_PREF_SIZE));
    SplitPane body = new SplitPane(centre, log);
    body.setId("bodySplit");
    body.setOrientation(Orientation.VERTICAL);
    SplitPane.setResizableWithParent(log, false);
    Runnable placeLog =
        () -> {
          double stored = settings.getDouble("layout.logDivider", Double.NaN);
          double height = body.getHeight();
          if (!Double.isNaN(stored)) {
            body.setDividerPositions(stored);
          } else if (height > 0) {
            body.setDividerPositions(freshLogDivider(height));
          }
        };
    body.heightProperty()
        .addListener(
            new ChangeListener<>() {
              @Override
              public void changed(ObservableValue<? extends Number> o, Number a, Number h) {
                if (h.doubleValue() > 0) {
                  body.heightProperty().removeListener(this);
                  placeLog.run();
                }
              }
            });
    body.getDividers()
        .get(0)
        .positionProperty()
        .addListener(
            (o, a, b) -> {
              if (log.isExpanded() && body.getHeight() > 0) {
                settings.put("layout.logDivider", b.toString());
              }
            });
    log.expandedProperty()
        .addListener(
            (o, a, open) -> {
              if (open) {
                placeLog.run();
              }
            });

    root = new BorderPane();
    root.setTop(new VBox(toolbar(), banner));
    root.setCenter(body);
    root.setBottom(statusBar());
    root.getStyleClass().add("gattscope");
    return root;
  }

  private ToolBar toolbar() {
    ComboBox<AdapterDescriptor> adapters = new ComboBox<>(vm.adapter().adapters());
    adapters.setId("adapterPicker");
    adapters.valueProperty().bindBidirectional(vm.adapter().selectedProperty());
    adapters.setTooltip(new Tooltip("Bluetooth adapter"));
    Button scan = new Button();
    scan.setId("scanButton");
    scan.textProperty().bind(vm.scan().scanButtonText());
    scan.disableProperty().bind(vm.scan().toggleScanCommand().executableProperty().not());
    scan.setOnAction(e -> vm.scan().toggleScanCommand().execute());
    scan.setTooltip(new Tooltip("Start or stop scanning (F5)"));
    CheckBox active = new CheckBox("Active");
    active.selectedProperty().bindBidirectional(vm.scan().activeProperty());
    active.disableProperty().bind(vm.scan().scanningProperty());
    active.setTooltip(new Tooltip("Active scans ask for scan responses; passive ones only listen"));
    ComboBox<String> theme = new ComboBox<>();
    theme.setId("themePicker");
    theme.getItems().setAll("light", "dark");
    theme.setValue(settings.get("theme", "light"));
    theme.setTooltip(new Tooltip("Light or dark theme, for every window"));
    theme
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              settings.put("theme", b);
              Themes.use(b);
            });
    MenuButton more = new MenuButton("Settings");
    more.setId("settingsMenu");
    MenuItem clearBonds = new MenuItem("Clear all bonds");
    clearBonds.setOnAction(
        e -> {
          var b = vm.adapter().backendProperty().get();
          if (b == null) {
            vm.context().log().error("", "Clear bonds: no adapter open");
            return;
          }
          try {
            b.clearAllBonds();
            vm.context().log().info("", "All bonds cleared");
          } catch (RuntimeException ex) {
            vm.context().log().error("", "Clear bonds failed: " + ErrorText.of(ex));
          }
        });
    MenuItem buffer = new MenuItem("Chart buffer…");
    buffer.setId("chartBufferItem");
    buffer.setOnAction(
        e -> ChartBufferDialog.create(root.getScene().getWindow(), settings).showAndWait());
    MenuItem importNames = new MenuItem("Import names…");
    importNames.setId("importNamesItem");
    importNames.setOnAction(e -> NamesFiles.importNames(root.getScene().getWindow(), vm));
    MenuItem exportNames = new MenuItem("Export names…");
    exportNames.setId("exportNamesItem");
    exportNames.setOnAction(e -> NamesFiles.exportNames(root.getScene().getWindow(), vm));
    more.setTooltip(new Tooltip("Bonds, chart buffer and your names for custom UUIDs"));
    more.getItems().addAll(clearBonds, buffer, importNames, exportNames);
    MenuButton help = new MenuButton("Help");
    help.setId("helpMenu");
    help.setTooltip(new Tooltip("Keyboard shortcuts and About"));
    MenuItem keys = new MenuItem("Keyboard shortcuts");
    keys.setId("shortcutsItem");
    keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
    keys.setOnAction(e -> Shortcuts.show(root.getScene().getWindow()));
    MenuItem about = new MenuItem("About GattScope");
    about.setId("aboutItem");
    about.setOnAction(e -> AboutDialog.show(root.getScene().getWindow()));
    help.getItems().addAll(keys, about);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return new ToolBar(
        new Label("Adapter"),
        adapters,
        scan,
        active,
        spacer,
        new Label("Theme"),
        theme,
        SimulatorMenu.create(vm.simulator()),
        more,
        help);
  }

  private Node statusBar() {
    Label adapter = new Label();
    adapter.setId("statusAdapter");
    adapter.textProperty().bind(vm.adapter().stateProperty());
    adapter.setTooltip(new Tooltip("Adapter state"));
    Label connections = new Label();
    connections.setId("statusConnections");
    connections.textProperty().bind(vm.connectionsProperty());
    connections.setTooltip(new Tooltip("Open connections"));
    Label rate = new Label();
    rate.setId("statusRate");
    rate.textProperty().bind(vm.notificationRateProperty());
    rate.setTooltip(new Tooltip("Notifications received per second, all subscriptions"));
    Label memory = new Label();
    memory.textProperty().bind(vm.memoryProperty());
    memory.setTooltip(new Tooltip("Java heap in use"));
    StatusBar bar = new StatusBar();
    bar.setId("statusBar");
    bar.setText("");
    bar.getLeftItems().add(adapter);
    bar.getRightItems().addAll(connections, new Separator(), rate, new Separator(), memory);
    for (Label l : new Label[] {connections, rate, memory}) {
      l.setPadding(new Insets(0, 6, 0, 6));
    }
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private void syncTabs() {
    CharacteristicView detail = new CharacteristicView();
    for (DeviceViewModel d : vm.devices()) {
      if (!tabOf.containsKey(d)) {
        Tab t =
            new Tab(
                d.title(),
                new DeviceView(d, detail, settings, vm.context().log(), vm.snapshotSaver(d))
                    .build());
        t.setTooltip(new Tooltip(d.address() + " (Ctrl+W closes and disconnects)"));
        t.setOnClosed(e -> vm.close(d));
        tabOf.put(d, t);
        tabs.getTabs().add(t);
        tabs.getSelectionModel().select(t);
      }
    }
    tabOf
        .entrySet()
        .removeIf(
            e -> {
              if (!vm.devices().contains(e.getKey())) {
                tabs.getTabs().remove(e.getValue());
                return true;
              }
              return false;
            });
  }

  /** Applies the theme and installs the keyboard shortcuts on the scene. */
  public void install(Scene scene) {
    Css.apply(scene, settings.get("theme", "light"));
    var keys = scene.getAccelerators();
    keys.put(new KeyCodeCombination(KeyCode.F5), () -> vm.scan().toggleScanCommand().execute());
    keys.put(
        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
        () -> scanView.filterField().requestFocus());
    keys.put(
        new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
        () -> fire("#readButton"));
    keys.put(
        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> fire("#readButton"));
    keys.put(
        new KeyCodeCombination(
            KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        () -> fire("#writeButton"));
    keys.put(
        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
        () -> fire("#notifyToggle"));
    keys.put(
        new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), this::closeCurrentTab);
    keys.put(new KeyCodeCombination(KeyCode.F1), () -> Shortcuts.show(scene.getWindow()));
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE
              && scene.getFocusOwner() instanceof TextInputControl field) {
            Node pane = field.getParent();
            while (pane != null && !(pane instanceof SplitPane)) {
              pane = pane.getParent();
            }
            (pane == null ? scene.getRoot() : pane).requestFocus();
          }
        });
  }

  /** Closes the selected device tab, disconnecting its device. */
  private void closeCurrentTab() {
    Tab t = tabs.getSelectionModel().getSelectedItem();
    tabOf.entrySet().stream()
        .filter(e -> e.getValue() == t)
        .map(Map.Entry::getKey)
        .findFirst()
        .ifPresent(vm::close);
  }

  private void fire(String selector) {
    Tab t = tabs.getSelectionModel().getSelectedItem();
    if (t != null && t.getContent().lookup(selector) instanceof ButtonBase b && !b.isDisabled()) {
      b.fire();
    }
  }

  /** Where a fresh profile puts the divider above the log, for a window body this high. */
  static double freshLogDivider(double bodyHeight) {
    double logHeight = Math.max(LOG_LEAST, LOG_SHARE * bodyHeight);
    return Math.max(0.3, 1 - logHeight / bodyHeight);
  }
}
