package io.gattscope.app.chart;

/** How the chart dock arranges the charts it holds. */
public enum ChartLayout {
  /** One chart at a time, one tab each. */
  TABS("Tabs"),
  /** Every chart visible in a grid of columns (one row for up to three charts). */
  SIDE_BY_SIDE("Side by side"),
  /** Every chart visible, one above the other. */
  STACKED("Stacked");

  private final String label;

  ChartLayout(String label) {
    this.label = label;
  }

  /** The name shown to the user. */
  public String label() {
    return label;
  }

  /** The layout named {@code name} (as stored by {@link #name()}), or {@code fallback}. */
  public static ChartLayout parse(String name, ChartLayout fallback) {
    for (ChartLayout l : values()) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return fallback;
  }

  /** Grid columns for {@code charts} visible charts (tabs and stacked use one). */
  public int columns(int charts) {
    if (this != SIDE_BY_SIDE || charts <= 1) {
      return 1;
    }
    return charts <= 3 ? charts : (int) Math.ceil(Math.sqrt(charts));
  }
}
