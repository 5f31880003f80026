package io.gattscope.app.chart;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One plotted channel: its name, unit and whether the user shows it. */
public final class ChartChannel {
  private final String name;
  private final String unit;
  private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);

  public ChartChannel(String name, String unit) {
    this.name = name;
    this.unit = unit;
  }

  /** The channel name from the layout. */
  public String name() {
    return name;
  }

  /** The unit ("" when unitless). */
  public String unit() {
    return unit;
  }

  /** Name with the unit in parentheses, as in the legend and the CSV header. */
  public String label() {
    return unit.isEmpty() ? name : name + " (" + unit + ")";
  }

  /** Whether the channel is drawn. */
  public BooleanProperty visibleProperty() {
    return visible;
  }
}
