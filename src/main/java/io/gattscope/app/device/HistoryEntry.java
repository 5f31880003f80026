package io.gattscope.app.device;

import io.gattscope.gatt.format.Hex;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One read, write, notification or failure in a characteristic's history.
 *
 * @param time when it happened
 * @param kind what happened
 * @param value the bytes read, written or notified (empty for failures)
 * @param text the value in the chosen format, or the error text
 */
public record HistoryEntry(Instant time, Kind kind, byte[] value, String text) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  /** What the entry records. */
  public enum Kind {
    READ,
    WRITE,
    NOTIFICATION,
    INDICATION,
    ERROR
  }

  @Override
  public String toString() {
    return TIME.format(time)
        + "  "
        + kind
        + "  "
        + text
        + (kind == Kind.ERROR || value.length == 0 ? "" : "  [" + Hex.format(value) + "]");
  }
}
