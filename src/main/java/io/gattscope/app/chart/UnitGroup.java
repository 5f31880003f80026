package io.gattscope.app.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Channels of one chart that share a unit, drawn against one y axis labelled with the unit (and the
 * quantity when the unit names one, e.g. "acceleration [g]").
 *
 * @param unit the shared unit, "" for unit-less channels
 * @param channels indices of the channels in the chart's channel order
 */
public record UnitGroup(String unit, List<Integer> channels) {
  private static final Map<String, String> QUANTITIES =
      Map.ofEntries(
          Map.entry("g", "acceleration"),
          Map.entry("mg", "acceleration"),
          Map.entry("m/s²", "acceleration"),
          Map.entry("m/s^2", "acceleration"),
          Map.entry("dps", "angular rate"),
          Map.entry("°/s", "angular rate"),
          Map.entry("rad/s", "angular rate"),
          Map.entry("bpm", "heart rate"),
          Map.entry("ms", "interval"),
          Map.entry("s", "time"),
          Map.entry("°c", "temperature"),
          Map.entry("°f", "temperature"),
          Map.entry("k", "temperature"),
          Map.entry("v", "voltage"),
          Map.entry("mv", "voltage"),
          Map.entry("a", "current"),
          Map.entry("ma", "current"),
          Map.entry("pa", "pressure"),
          Map.entry("hpa", "pressure"),
          Map.entry("%", "percent"),
          Map.entry("µt", "magnetic field"),
          Map.entry("ut", "magnetic field"));

  /** Groups {@code channels} by unit, in the order each unit first appears. */
  public static List<UnitGroup> of(List<ChartChannel> channels) {
    return of(channels, -1);
  }

  /** Like {@link #of(List)} leaving out channel {@code skip} (the time base), or none for -1. */
  public static List<UnitGroup> of(List<ChartChannel> channels, int skip) {
    Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
    for (int i = 0; i < channels.size(); i++) {
      if (i == skip) {
        continue;
      }
      byUnit.computeIfAbsent(channels.get(i).unit(), u -> new ArrayList<>()).add(i);
    }
    List<UnitGroup> out = new ArrayList<>();
    byUnit.forEach((u, idx) -> out.add(new UnitGroup(u, List.copyOf(idx))));
    return List.copyOf(out);
  }

  /**
   * The axis label: "acceleration [g]", "[dps]"-like for an unknown quantity, "value" unit-less.
   */
  public String axisLabel() {
    if (unit.isEmpty()) {
      return "value";
    }
    String quantity = QUANTITIES.get(unit.toLowerCase(Locale.ROOT));
    return quantity == null ? "[" + unit + "]" : quantity + " [" + unit + "]";
  }
}
