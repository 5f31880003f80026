package io.gattscope.stream.uart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns received lines into samples of fixed channels: the first plot line fixes the channels
 * (their names from {@code name:value} pairs, else "value 1", "value 2", ...); later lines with
 * other names or another count, and lines that are not plot lines, are rejected and counted, never
 * plotted. Blank lines are skipped. Thread-safe.
 */
public final class SerialPlotter {
  private List<String> channels = List.of();
  private boolean named;
  private long accepted;
  private long rejected;

  /**
   * Takes one received line.
   *
   * @param line a line without its line end
   * @return the values to plot, one per channel, or empty when the line was blank or rejected
   */
  public synchronized Optional<double[]> accept(String line) {
    if (PlotLine.blank(line)) {
      return Optional.empty();
    }
    Optional<PlotLine> parsed = PlotLine.parse(line);
    if (parsed.isEmpty()) {
      rejected++;
      return Optional.empty();
    }
    PlotLine p = parsed.get();
    double[] values = p.values();
    if (channels.isEmpty()) {
      named = !p.names().isEmpty();
      channels = named ? p.names() : plainNames(values.length);
    } else if (named
        ? !p.names().equals(channels)
        : !p.names().isEmpty() || values.length != channels.size()) {
      rejected++;
      return Optional.empty();
    }
    accepted++;
    return Optional.of(values);
  }

  /**
   * The channel names, fixed by the first plot line.
   *
   * @return the names in order, empty before the first plot line
   */
  public synchronized List<String> channels() {
    return channels;
  }

  /**
   * Whether the channels were named by {@code name:value} pairs.
   *
   * @return true for named channels, false for plain values or before the first plot line
   */
  public synchronized boolean named() {
    return named;
  }

  /**
   * A chart decoder of the lines this plotter accepts.
   *
   * @return the decoder of the channels fixed by the first plot line, or empty before it
   */
  public synchronized Optional<PlotLineDecoder> decoder() {
    return channels.isEmpty()
        ? Optional.empty()
        : Optional.of(new PlotLineDecoder(channels, named));
  }

  /**
   * Lines plotted.
   *
   * @return how many lines gave samples
   */
  public synchronized long accepted() {
    return accepted;
  }

  /**
   * Lines rejected: not plot lines, or with other channels than the first.
   *
   * @return how many non-blank lines were not plotted
   */
  public synchronized long rejected() {
    return rejected;
  }

  private static List<String> plainNames(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add("value " + i);
    }
    return List.copyOf(out);
  }
}
