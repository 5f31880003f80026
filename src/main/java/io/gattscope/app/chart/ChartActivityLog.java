package io.gattscope.app.chart;

/** Where a chart reports the changes its user makes (a layout applied), e.g. the explorer's log. */
@FunctionalInterface
public interface ChartActivityLog {
  /** Reports nothing. */
  ChartActivityLog NONE = what -> {};

  /**
   * Reports one change the user made to the chart.
   *
   * @param what the change, e.g. {@code "layout applied: bpm:u8"}
   */
  void changed(String what);

  /**
   * The log a charted device carries (the explorer's plot device does), or {@link #NONE}.
   *
   * @param device the device the chart subscribes through
   * @return where the chart's changes go
   */
  static ChartActivityLog of(Object device) {
    return device instanceof ChartActivityLog log ? log : NONE;
  }
}
