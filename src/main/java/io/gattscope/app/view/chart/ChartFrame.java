package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChartDockViewModel;
import io.gattscope.app.chart.DockedChart;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One chart in the dock or in its own window: a title bar (title, detach or dock, close) above the
 * chart's {@link LiveChartPane}.
 */
final class ChartFrame extends BorderPane {
  private final DockedChart chart;
  private final LiveChartPane pane;

  ChartFrame(DockedChart chart, ChartDockViewModel dock) {
    this.chart = chart;
    this.pane = new LiveChartPane(chart.model());
    getStyleClass().add("chart-frame");
    setMinSize(0, 0);
    pane.setMinSize(0, 0);

    Label title = new Label(chart.title());
    title.getStyleClass().add("chart-frame-title");
    title.setStyle("-fx-font-weight: bold;");
    title.setMinWidth(0);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button detach = new Button();
    detach.setId("detach-chart");
    detach
        .textProperty()
        .bind(Bindings.when(chart.detachedProperty()).then("Dock").otherwise("Detach"));
    detach.setTooltip(new Tooltip("Move this chart into its own window, or back into the dock"));
    detach.setOnAction(
        e -> {
          if (chart.detachedProperty().get()) {
            dock.redock(chart);
          } else {
            dock.detach(chart);
          }
        });
    Button close = new Button("✕");
    close.setId("close-chart");
    close.setTooltip(new Tooltip("Close this chart and unsubscribe"));
    close.setOnAction(e -> dock.close(chart));
    HBox bar = new HBox(6, title, spacer, detach, close);
    bar.getStyleClass().add("chart-frame-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(3, 6, 3, 8));
    bar.setStyle(
        "-fx-background-color: derive(-fx-base, -6%);"
            + " -fx-border-color: derive(-fx-base, -25%); -fx-border-width: 0 0 1 0;");
    setTop(bar);
    setCenter(pane);
    setStyle("-fx-border-color: derive(-fx-base, -25%); -fx-border-width: 1;");
  }

  /** The chart this frame shows. */
  DockedChart chart() {
    return chart;
  }

  /** Its live chart. */
  LiveChartPane pane() {
    return pane;
  }
}
