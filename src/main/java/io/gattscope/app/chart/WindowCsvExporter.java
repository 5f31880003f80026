package io.gattscope.app.chart;

import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import io.gattscope.stream.ValueFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the raw samples of a time range that the ring buffer still holds to an RFC 4180 CSV file
 * ({@code time_s,name (unit),...,arrival_s}, sample time and host arrival time in seconds on the
 * chart's axis, CRLF line ends; a NaN value, i.e. missing, is an empty cell).
 */
public final class WindowCsvExporter {
  private WindowCsvExporter() {}

  /**
   * Exports the samples with {@code fromSeconds <= t <= toSeconds}.
   *
   * @return the number of data rows written
   */
  public static long export(
      Path file,
      SampleRingBuffer buffer,
      ChannelDecoder decoder,
      long originNanos,
      double fromSeconds,
      double toSeconds)
      throws IOException {
    if (!(fromSeconds <= toSeconds)) {
      throw new IllegalArgumentException(
          "export range " + fromSeconds + ".." + toSeconds + " s is empty or not a number");
    }
    SampleSnapshot snapshot = new SampleSnapshot(4_096, buffer.channelCount());
    int[] decimals = decimals(decoder);
    long rows = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("time_s");
      for (int c = 0; c < decoder.channelCount(); c++) {
        String unit = decoder.units().get(c);
        w.write(',');
        w.write(
            quote(
                unit.isEmpty()
                    ? decoder.names().get(c)
                    : decoder.names().get(c) + " (" + unit + ")"));
      }
      w.write(",arrival_s\r\n");
      long next = 0;
      long end = buffer.writeSequence();
      StringBuilder line = new StringBuilder(128);
      while (next < end) {
        int n = buffer.copySince(next, snapshot);
        if (n == 0) {
          break;
        }
        next = snapshot.nextSequence();
        for (int i = 0; i < n; i++) {
          double t = (snapshot.timestamps()[i] - originNanos) / 1e9;
          if (t < fromSeconds || t > toSeconds) {
            continue;
          }
          line.setLength(0);
          line.append(String.format(Locale.ROOT, "%.6f", t));
          for (int c = 0; c < buffer.channelCount(); c++) {
            double v = snapshot.channel(c)[i];
            line.append(',');
            if (!Double.isNaN(v)) {
              ValueFormat.append(line, v, decimals[c]);
            }
          }
          line.append(',')
              .append(
                  String.format(Locale.ROOT, "%.6f", (snapshot.arrivals()[i] - originNanos) / 1e9));
          w.append(line).append("\r\n");
          rows++;
        }
      }
    }
    return rows;
  }

  /** The decimals of every channel of {@code decoder}. */
  public static int[] decimals(ChannelDecoder decoder) {
    int[] d = new int[decoder.channelCount()];
    for (int c = 0; c < d.length; c++) {
      d[c] = decoder.decimals(c);
    }
    return d;
  }

  /** Quotes a cell holding a comma, quote, CR or LF (RFC 4180). */
  public static String quote(String cell) {
    if (cell.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
