package io.gattscope.stream.uart;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of numbers in the Arduino Serial Plotter format: values separated by commas, spaces or
 * tabs ({@code 1.5,2,-3}), or {@code name:value} pairs ({@code t:12.5,hum:40.1}), whose names
 * become channel names.
 */
public final class PlotLine {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern NAME = Pattern.compile("[^\\s,:]+");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+");

  private final List<String> names;
  private final double[] values;

  private PlotLine(List<String> names, double[] values) {
    this.names = names;
    this.values = values;
  }

  /**
   * Parses a line; a line mixing named and plain values, with anything but decimal numbers, an
   * empty field or a repeated name is not a plot line. A single trailing comma is allowed.
   *
   * @param line a received line without its line end
   * @return the parsed line, or empty when the line is blank or not a plot line
   */
  public static Optional<PlotLine> parse(String line) {
    String s = line.strip();
    if (s.endsWith(",")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String[] fields = SEPARATOR.split(s, -1);
    double[] values = new double[fields.length];
    String[] names = new String[fields.length];
    int named = 0;
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i];
      int colon = f.indexOf(':');
      if (colon >= 0) {
        names[i] = f.substring(0, colon);
        f = f.substring(colon + 1);
        if (!NAME.matcher(names[i]).matches()) {
          return Optional.empty();
        }
        named++;
      }
      if (!NUMBER.matcher(f).matches()) {
        return Optional.empty();
      }
      values[i] = Double.parseDouble(f);
    }
    if (named == 0) {
      return Optional.of(new PlotLine(List.of(), values));
    }
    if (named != fields.length || new HashSet<>(Arrays.asList(names)).size() != names.length) {
      return Optional.empty();
    }
    return Optional.of(new PlotLine(List.of(names), values));
  }

  /**
   * Whether the line is blank (nothing to plot, not an error).
   *
   * @param line a received line without its line end
   * @return true when it holds nothing but white space and at most one comma
   */
  public static boolean blank(String line) {
    String s = line.strip();
    return s.isEmpty() || s.equals(",");
  }

  /**
   * The channel names, when the line named its values.
   *
   * @return one name per value in order, or an empty list for plain values
   */
  public List<String> names() {
    return names;
  }

  /**
   * The values.
   *
   * @return a copy of the values in order
   */
  public double[] values() {
    return values.clone();
  }
}
