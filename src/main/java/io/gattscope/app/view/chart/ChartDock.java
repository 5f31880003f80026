package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.ChartLayout;
import io.gattscope.app.chart.DockedChart;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The "Charts" window holding every open chart of {@link ChartDockViewModel} as tabs, side by side
 * or stacked, plus one window per detached chart. Charts that cannot be seen (other tabs, a
 * minimised window) stop drawing while their buffers keep filling. The window appears when a chart
 * is revealed in it and hides when it holds none; closing it closes the charts it holds.
 */
final class ChartDock {
  private final ChartDockViewModel vm;
  private final Map<DockedChart, ChartFrame> frames = new HashMap<>();
  private final Map<DockedChart, Stage> detached = new HashMap<>();
  private final TabPane tabs = new TabPane();
  private final GridPane grid = new GridPane();
  private final StackPane content = new StackPane();
  private final Label empty = new Label("Every chart is detached");
  private Stage stage;
  private boolean arranging;

  ChartDock(ChartDockViewModel vm) {
    this.vm = vm;
    tabs.setId("chart-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (!arranging && now != null && now.getContent() instanceof ChartFrame f) {
                vm.selectedProperty().set(f.chart());
              }
              updateDrawing();
            });
    grid.setId("chart-grid");
    grid.setHgap(4);
    grid.setVgap(4);
    grid.setPadding(new Insets(4));
    vm.charts().addListener((ListChangeListener<DockedChart>) this::chartsChanged);
    vm.layoutProperty().addListener((o, was, now) -> arrange());
    vm.selectedProperty().addListener((o, was, now) -> selectTab(now));
  }

  /** The dock window (created on first use, shown while it holds a chart). */
  Stage stage() {
    if (stage == null) {
      stage = new Stage();
      stage.setTitle("GattScope · Charts");
      BorderPane root = new BorderPane(content);
      root.setTop(new ChartLayoutBar(vm.layoutProperty()));
      root.setId("chart-dock");
      stage.setScene(onScreen(root, 1100, 760));
      stage.setOnHidden(e -> vm.closeDocked());
      stage.iconifiedProperty().addListener((o, was, now) -> updateDrawing());
      stage.showingProperty().addListener((o, was, now) -> updateDrawing());
    }
    return stage;
  }

  /** A scene of the wanted size, or smaller when the screen is (1024×700 has no room for 1100). */
  private static Scene onScreen(Parent root, double width, double height) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    return new Scene(
        root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
  }

  /** The frame showing {@code chart} (title bar and live chart), or null when it is closed. */
  ChartFrame frame(DockedChart chart) {
    return frames.get(chart);
  }

  /** Focuses {@code chart} and brings the window holding it to the front; returns that window. */
  Stage reveal(DockedChart chart) {
    vm.selectedProperty().set(chart);
    Stage s = detached.get(chart);
    if (s == null) {
      s = stage();
      s.show();
    }
    s.setIconified(false);
    s.toFront();
    return s;
  }

  private void chartsChanged(ListChangeListener.Change<? extends DockedChart> c) {
    while (c.next()) {
      for (DockedChart gone : c.getRemoved()) {
        ChartFrame f = frames.remove(gone);
        if (f != null) {
          f.pane().dispose();
        }
        Stage s = detached.remove(gone);
        if (s != null) {
          s.hide();
        }
      }
      for (DockedChart added : c.getAddedSubList()) {
        frames.put(added, new ChartFrame(added, vm));
        added.detachedProperty().addListener((o, was, now) -> detachedChanged(added, now));
        if (added.detachedProperty().get()) {
          detachedChanged(added, true);
        }
      }
    }
    arrange();
  }

  private void detachedChanged(DockedChart chart, boolean nowDetached) {
    ChartFrame f = frames.get(chart);
    if (f == null) {
      return;
    }
    if (nowDetached) {
      arrange();
      Stage s = new Stage();
      s.setTitle("Chart · " + chart.title());
      s.setScene(onScreen(f, 1100, 700));
      s.setOnHidden(
          e -> {
            detached.remove(chart);
            if (chart.detachedProperty().get()) {
              vm.close(chart);
            }
          });
      s.iconifiedProperty().addListener((o, was, now) -> updateDrawing());
      s.showingProperty().addListener((o, was, now) -> updateDrawing());
      detached.put(chart, s);
      s.show();
    } else {
      Stage s = detached.remove(chart);
      if (s != null) {
        s.getScene().setRoot(new Region());
        s.hide();
      }
      arrange();
      reveal(chart);
    }
    updateDrawing();
  }

  /** Puts every docked chart into the tab pane or the grid of the current layout. */
  private void arrange() {
    arranging = true;
    try {
      for (Tab t : tabs.getTabs()) {
        t.setContent(null);
      }
      tabs.getTabs().clear();
      grid.getChildren().clear();
      grid.getColumnConstraints().clear();
      grid.getRowConstraints().clear();
      List<ChartFrame> docked =
          vm.charts().stream().filter(c -> !c.detachedProperty().get()).map(frames::get).toList();
      ChartLayout layout = vm.layoutProperty().get();
      if (layout == ChartLayout.TABS) {
        for (ChartFrame f : docked) {
          Tab t = new Tab(f.chart().title(), f);
          t.setOnCloseRequest(
              e -> {
                e.consume();
                vm.close(f.chart());
              });
          tabs.getTabs().add(t);
        }
        content.getChildren().setAll(tabs);
      } else {
        fillGrid(docked, layout.columns(docked.size()));
        content.getChildren().setAll(grid);
      }
      if (docked.isEmpty()) {
        content.getChildren().setAll(empty);
      }
    } finally {
      arranging = false;
    }
    selectTab(vm.selectedProperty().get());
    boolean anyDocked = !tabs.getTabs().isEmpty() || !grid.getChildren().isEmpty();
    if (!anyDocked && stage != null && stage.isShowing()) {
      stage.hide();
    }
    updateDrawing();
  }

  private void fillGrid(List<ChartFrame> docked, int columns) {
    int rows = (docked.size() + columns - 1) / Math.max(1, columns);
    for (int i = 0; i < columns; i++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100.0 / columns);
      cc.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(cc);
    }
    for (int i = 0; i < rows; i++) {
      RowConstraints rc = new RowConstraints();
      rc.setPercentHeight(100.0 / rows);
      rc.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(rc);
    }
    for (int i = 0; i < docked.size(); i++) {
      grid.add(docked.get(i), i % columns, i / columns);
    }
  }

  private void selectTab(DockedChart chart) {
    for (Tab t : tabs.getTabs()) {
      if (t.getContent() instanceof ChartFrame f && f.chart() == chart) {
        tabs.getSelectionModel().select(t);
      }
    }
  }

  /** Lets only the charts a user can see draw; the others keep filling their buffers. */
  private void updateDrawing() {
    if (arranging) {
      return;
    }
    boolean dockShown = stage != null && stage.isShowing() && !stage.isIconified();
    Tab shownTab = tabs.getSelectionModel().getSelectedItem();
    boolean tabbed = vm.layoutProperty().get() == ChartLayout.TABS;
    for (Map.Entry<DockedChart, ChartFrame> e : frames.entrySet()) {
      Stage own = detached.get(e.getKey());
      boolean visible;
      if (own != null) {
        visible = own.isShowing() && !own.isIconified();
      } else {
        visible =
            dockShown && (!tabbed || shownTab != null && shownTab.getContent() == e.getValue());
      }
      e.getValue().pane().setDrawing(visible);
    }
  }
}
