package io.gattscope.stream.uart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins received bytes into text lines ended by LF, CR or CRLF, also when a line end is split
 * between two notifications; a line longer than the limit is cut there and the cut counted. Not
 * thread-safe: feed it from one thread.
 */
public final class LineAssembler {
  /** The default longest line, in bytes. */
  public static final int DEFAULT_MAX_LINE = 4096;

  private final int maxLine;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean afterCr;
  private long overflows;

  /** An assembler cutting lines at {@value #DEFAULT_MAX_LINE} bytes. */
  public LineAssembler() {
    this(DEFAULT_MAX_LINE);
  }

  /**
   * An assembler cutting lines at {@code maxLine} bytes.
   *
   * @param maxLine the longest line in bytes, at least 1
   * @throws IllegalArgumentException when {@code maxLine} is below 1
   */
  public LineAssembler(int maxLine) {
    if (maxLine < 1) {
      throw new IllegalArgumentException(
          "the longest line must be at least 1 byte, got " + maxLine);
    }
    this.maxLine = maxLine;
  }

  /**
   * Adds received bytes.
   *
   * @param data the bytes of one notification
   * @return the lines they finished, without their line ends (UTF-8 decoded), possibly none
   */
  public List<String> accept(byte[] data) {
    List<String> out = new ArrayList<>();
    for (byte b : data) {
      if (b == '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = b == '\r';
      if (b == '\n' || b == '\r') {
        out.add(take());
      } else {
        line.write(b);
        if (line.size() >= maxLine) {
          overflows++;
          out.add(take());
        }
      }
    }
    return out;
  }

  /**
   * The text received since the last line end.
   *
   * @return the unfinished line, UTF-8 decoded, possibly empty
   */
  public String pending() {
    return line.toString(StandardCharsets.UTF_8);
  }

  /**
   * Lines cut because they reached the limit.
   *
   * @return how many times a line was longer than the limit
   */
  public long overflows() {
    return overflows;
  }

  private String take() {
    String s = line.toString(StandardCharsets.UTF_8);
    line.reset();
    return s;
  }
}
