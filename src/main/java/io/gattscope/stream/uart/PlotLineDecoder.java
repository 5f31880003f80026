package io.gattscope.stream.uart;

import io.gattscope.stream.ChannelDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ChannelDecoder} whose payload is one received text line (UTF-8, without its line end) in
 * the Arduino Serial Plotter format, so the chart pipeline can plot a serial plotter's channels; a
 * line with other names or another count of values yields no channel.
 */
public final class PlotLineDecoder implements ChannelDecoder {
  private final List<String> names;
  private final boolean named;

  /**
   * A decoder of lines with these channels.
   *
   * @param names the channel names as {@link SerialPlotter#channels()} gives them
   * @param named true when the lines name their values ({@code name:value}), false for plain values
   * @throws IllegalArgumentException when there is no name
   */
  public PlotLineDecoder(List<String> names, boolean named) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a serial plot needs at least one channel");
    }
    this.names = List.copyOf(names);
    this.named = named;
  }

  @Override
  public int channelCount() {
    return names.size();
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public List<String> units() {
    return Collections.nCopies(names.size(), "");
  }

  @Override
  public int decode(byte[] payload, double[] out) {
    if (out.length < names.size()) {
      throw new IllegalArgumentException(
          "out holds " + out.length + " values, the decoder has " + names.size() + " channels");
    }
    Optional<PlotLine> line = PlotLine.parse(new String(payload, StandardCharsets.UTF_8));
    if (line.isEmpty()) {
      return 0;
    }
    PlotLine p = line.get();
    boolean fits =
        named ? p.names().equals(names) : p.names().isEmpty() && p.values().length == names.size();
    if (!fits) {
      return 0;
    }
    double[] values = p.values();
    System.arraycopy(values, 0, out, 0, values.length);
    return values.length;
  }
}
