package io.gattscope.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Formats instants as ISO-8601 UTC with microseconds ({@code 2026-05-01T12:00:00.123456Z}), reusing
 * the date and time of the last second formatted: one call costs a few appends.
 */
final class IsoTime {
  private long cachedSecond = Long.MIN_VALUE;
  private String cachedPrefix = "";

  /** Appends the instant {@code nano} nanoseconds after {@code epochSecond}. */
  void append(StringBuilder sb, long epochSecond, int nano) {
    if (epochSecond != cachedSecond) {
      cachedSecond = epochSecond;
      cachedPrefix = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toString();
      if (cachedPrefix.length() == 16) {
        cachedPrefix += ":00"; // LocalDateTime drops zero seconds
      }
    }
    sb.append(cachedPrefix).append('.');
    int micros = nano / 1000;
    for (int div = 100_000; div > 0; div /= 10) {
      sb.append((char) ('0' + (micros / div) % 10));
    }
    sb.append('Z');
  }

  /** Appends an instant. */
  void append(StringBuilder sb, Instant at) {
    append(sb, at.getEpochSecond(), at.getNano());
  }
}
