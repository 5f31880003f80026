package io.gattscope.stream;

import io.gattscope.gatt.format.Hex;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Text of the recorder's CSV header and rows (RFC 4180: comma separated, CRLF line ends). */
final class CsvFormat {
  static final String EOL = "\r\n";
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private CsvFormat() {}

  static String header(List<String> names, List<String> units) {
    StringBuilder sb = new StringBuilder("time_iso,time_s");
    for (int i = 0; i < names.size(); i++) {
      String unit = units.get(i);
      sb.append(',')
          .append(quote(unit.isEmpty() ? names.get(i) : names.get(i) + " (" + unit + ")"));
    }
    return sb.append(",arrival_s,raw_hex").append(EOL).toString();
  }

  /** Appends nanoseconds as seconds with 9 decimals. */
  static void seconds(StringBuilder sb, long nanos) {
    if (nanos < 0) {
      sb.append('-');
      nanos = -nanos;
    }
    long fraction = nanos % 1_000_000_000L;
    sb.append(nanos / 1_000_000_000L).append('.');
    String digits = Long.toString(fraction);
    sb.append("000000000", 0, 9 - digits.length()).append(digits);
  }

  /** Quotes a cell when it holds a comma, a quote, CR or LF, doubling inner quotes (RFC 4180). */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /**
   * Appends one row: UTC wall-clock time with milliseconds, sample time in seconds since the first
   * row with 9 decimals, the present channels, the host's arrival time on the same scale, then the
   * raw payload in lower-case hex.
   */
  static void row(
      StringBuilder sb, Instant wall, long relativeNanos, RowQueue queue, int i, int[] decimals) {
    ISO_MILLIS.formatTo(wall, sb);
    sb.append(',');
    seconds(sb, relativeNanos);
    int count = queue.count(i);
    for (int c = 0; c < queue.channels(); c++) {
      sb.append(',');
      double v = c < count ? queue.value(i, c) : Double.NaN;
      if (!Double.isNaN(v)) {
        ValueFormat.append(sb, v, decimals == null ? ValueFormat.SHORTEST : decimals[c]);
      }
    }
    sb.append(',');
    seconds(sb, relativeNanos + queue.arrival(i) - queue.timestamp(i));
    sb.append(',');
    int rawLength = queue.rawLength(i);
    for (int k = 0; k < rawLength; k++) {
      Hex.appendLower(sb, queue.rawByte(i, k));
    }
    sb.append(EOL);
  }
}
