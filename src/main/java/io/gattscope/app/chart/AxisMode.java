package io.gattscope.app.chart;

/** How a chart lays out the y axes of its unit groups ({@link UnitGroup}). */
public enum AxisMode {
  /** One y axis per unit in one plot (the default for up to two units). */
  AXIS_PER_UNIT("Axis per unit"),
  /** One stacked strip per unit, all sharing the time axis (the default for three or more). */
  LANE_PER_UNIT("Lane per unit"),
  /** Every channel on one y axis. */
  SHARED("One shared axis");

  private final String label;

  AxisMode(String label) {
    this.label = label;
  }

  /** The mode a chart of {@code units} distinct units starts with. */
  public static AxisMode defaultFor(int units) {
    return units <= 2 ? AXIS_PER_UNIT : LANE_PER_UNIT;
  }

  @Override
  public String toString() {
    return label;
  }
}
