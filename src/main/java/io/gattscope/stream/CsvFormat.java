package io.gattscope.stream;

import java.util.List;

/** Text of the recorder's CSV header and rows. */
final class CsvFormat {
  private CsvFormat() {}

  static String header(List<String> names, List<String> units) {
    StringBuilder sb = new StringBuilder("time_s");
    for (int i = 0; i < names.size(); i++) {
      String unit = units.get(i);
      sb.append(',')
          .append(quote(unit.isEmpty() ? names.get(i) : names.get(i) + " (" + unit + ")"));
    }
    return sb.append('\n').toString();
  }

  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** Appends one row: seconds with 9 decimals, then the present channels. */
  static void row(StringBuilder sb, long relativeNanos, RowQueue queue, int i) {
    if (relativeNanos < 0) {
      sb.append('-');
      relativeNanos = -relativeNanos;
    }
    long fraction = relativeNanos % 1_000_000_000L;
    sb.append(relativeNanos / 1_000_000_000L).append('.');
    String digits = Long.toString(fraction);
    sb.append("000000000", 0, 9 - digits.length()).append(digits);
    int count = queue.count(i);
    for (int c = 0; c < queue.channels(); c++) {
      sb.append(',');
      if (c < count) {
        sb.append(queue.value(i, c));
      }
    }
    sb.append('\n');
  }
}
