package io.gattscope.app.view.chart;

import io.gattscope.app.chart.ChartLayout;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;

/** The chart dock's tool bar: one toggle per {@link ChartLayout}, always exactly one selected. */
final class ChartLayoutBar extends ToolBar {
  ChartLayoutBar(ObjectProperty<ChartLayout> layout) {
    ToggleGroup group = new ToggleGroup();
    List<ToggleButton> buttons = new ArrayList<>();
    for (ChartLayout l : ChartLayout.values()) {
      ToggleButton b = new ToggleButton(l.label());
      b.setId("layout-" + l.name());
      b.setUserData(l);
      b.setToggleGroup(group);
      b.setSelected(layout.get() == l);
      buttons.add(b);
    }
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
    getItems().add(new Label("Layout"));
    getItems().addAll(buttons);
  }
}
