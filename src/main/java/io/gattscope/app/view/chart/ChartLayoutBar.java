package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChartLayout;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.SegmentedButton;

/** The chart dock's tool bar: one toggle per {@link ChartLayout}, always exactly one selected. */
final class ChartLayoutBar extends ToolBar {
  ChartLayoutBar(ObjectProperty<ChartLayout> layout) {
    SegmentedButton segments = new SegmentedButton();
    segments.setId("chartLayouts");
    ToggleGroup group = segments.getToggleGroup();
    List<ToggleButton> buttons = new ArrayList<>();
    for (ChartLayout l : ChartLayout.values()) {
      ToggleButton b = new ToggleButton(l.label());
      b.setId("layout-" + l.name());
      b.setUserData(l);
      b.setToggleGroup(group);
      b.setSelected(layout.get() == l);
      b.setTooltip(new Tooltip(tip(l)));
      buttons.add(b);
    }
    segments.getButtons().setAll(buttons);
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                group.selectToggle(was);
              } else {
                layout.set((ChartLayout) now.getUserData());
              }
            });
    layout.addListener(
        (o, was, now) ->
            buttons.stream().filter(b -> b.getUserData() == now).forEach(group::selectToggle));
    getItems().addAll(new Label("Layout"), segments);
  }

  private static String tip(ChartLayout l) {
    return switch (l) {
      case TABS -> "One chart at a time, in tabs";
      case SIDE_BY_SIDE -> "Every chart at once, in columns";
      case STACKED -> "Every chart, one above the other";
    };
  }
}
