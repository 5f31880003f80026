package io.gattscope.app.log;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One event shown in the log pane.
 *
 * @param time when it happened
 * @param level how important it is
 * @param device the device address it concerns, or empty for adapter/scan events
 * @param message what happened, with values and error codes
 */
public record LogEntry(Instant time, Level level, String device, String message) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  /** Importance of an entry, least first. */
  public enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR
  }

  /** A line of text for copying and saving. */
  public String line() {
    return TIME.format(time)
        + " "
        + level
        + " "
        + (device.isEmpty() ? "" : "[" + device + "] ")
        + message;
  }
}
