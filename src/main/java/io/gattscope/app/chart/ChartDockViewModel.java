package io.gattscope.app.chart;

import io.gattscope.app.util.Settings;
import io.gattscope.ble.Subscription;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the chart dock: every open chart (docked or detached), the focused one, and the layout
 * (tabs, side by side, stacked), which is remembered in the settings. Closing a chart unsubscribes
 * it; its view disposes the chart's pane. Runs on the UI thread.
 */
public final class ChartDockViewModel {
  /** The settings key of the layout choice. */
  public static final String LAYOUT_KEY = "charts.layout";

  private final ObservableList<DockedChart> charts = FXCollections.observableArrayList();
  private final ObjectProperty<DockedChart> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<ChartLayout> layout;

  /** Creates the dock, restoring the layout stored in {@code settings}. */
  public ChartDockViewModel(Settings settings) {
    Objects.requireNonNull(settings, "settings");
    layout =
        new SimpleObjectProperty<>(
            ChartLayout.parse(settings.get(LAYOUT_KEY, ""), ChartLayout.TABS));
    layout.addListener(
        (o, was, now) -> {
          if (now == null) {
            layout.set(was);
          } else {
            settings.put(LAYOUT_KEY, now.name());
          }
        });
  }

  /** Every open chart in opening order, docked or detached. */
  public ObservableList<DockedChart> charts() {
    return charts;
  }

  /** The focused chart (the shown tab in the tab layout), or null when none is open. */
  public ObjectProperty<DockedChart> selectedProperty() {
    return selected;
  }

  /** How the docked charts are arranged; never null. */
  public ObjectProperty<ChartLayout> layoutProperty() {
    return layout;
  }

  /** The open chart of {@code key}, if any. */
  public Optional<DockedChart> find(ChartKey key) {
    return charts.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * Adds a chart for a new subscription and focuses it.
   *
   * @throws IllegalStateException if {@code key} is already charted (the caller should have focused
   *     that chart instead of subscribing again)
   */
  public DockedChart add(ChartKey key, ChartViewModel model, Subscription subscription) {
    if (find(key).isPresent()) {
      throw new IllegalStateException(
          "handle 0x" + Integer.toHexString(key.valueHandle()) + " is already charted");
    }
    DockedChart chart = new DockedChart(key, model, subscription);
    charts.add(chart);
    selected.set(chart);
    return chart;
  }

  /** Moves {@code chart} into a window of its own. */
  public void detach(DockedChart chart) {
    chart.detachedProperty().set(true);
  }

  /** Brings a detached {@code chart} back into the dock and focuses it. */
  public void redock(DockedChart chart) {
    chart.detachedProperty().set(false);
    selected.set(chart);
  }

  /**
   * Closes {@code chart}: removes it and unsubscribes on a background thread. Does nothing when it
   * is already closed. A neighbour takes the focus.
   */
  public void close(DockedChart chart) {
    int index = charts.indexOf(chart);
    if (index < 0) {
      return;
    }
    charts.remove(index);
    if (selected.get() == chart) {
      selected.set(charts.isEmpty() ? null : charts.get(Math.min(index, charts.size() - 1)));
    }
    Unsubscribe.later(chart.subscription(), chart.title());
  }

  /** Closes every chart still in the dock (the dock window closed); detached ones stay open. */
  public void closeDocked() {
    for (DockedChart c : charts.stream().filter(c -> !c.detachedProperty().get()).toList()) {
      close(c);
    }
  }
}
