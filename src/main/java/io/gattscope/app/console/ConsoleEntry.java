package io.gattscope.app.console;

import io.gattscope.gatt.format.Hex;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One line of the console: received from the device or sent by the user.
 *
 * @param time when it arrived or was sent
 * @param sent true for text the user sent, false for text received
 * @param bytes the line's bytes without its line end
 */
public record ConsoleEntry(Instant time, boolean sent, byte[] bytes) {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  /** How a line is shown. */
  public enum Mode {
    /** The text. */
    ASCII,
    /** The bytes in hex. */
    HEX,
    /** The text, then the bytes in hex. */
    BOTH
  }

  /**
   * The line as the console shows it.
   *
   * @param mode text, hex or both
   * @param timestamps whether the UTC time comes first
   * @return the line, with "> " before sent text
   */
  public String render(Mode mode, boolean timestamps) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String body =
        switch (mode) {
          case ASCII -> text;
          case HEX -> Hex.format(bytes);
          case BOTH -> text + "  [" + Hex.format(bytes) + "]";
        };
    return (timestamps ? CLOCK.format(time) + " " : "") + (sent ? "> " : "") + body;
  }
}
