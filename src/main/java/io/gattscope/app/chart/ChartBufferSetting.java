package io.gattscope.app.chart;

import io.gattscope.app.util.Settings;
import io.gattscope.stream.SampleRingBuffer;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user's choice of how many samples per channel each new chart keeps. */
public final class ChartBufferSetting {
  /** Settings key. */
  public static final String KEY = "chart.bufferSamples";

  /** Smallest accepted capacity (samples per channel). */
  public static final int MIN = 1_000;

  /** Largest accepted capacity: 10 M samples, 560 MB for six channels. */
  public static final int MAX = 10_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(ChartBufferSetting.class);

  private ChartBufferSetting() {}

  /** The stored capacity, or the default when none is stored or the stored text is unusable. */
  public static int read(Settings settings) {
    String text = settings.get(KEY, "");
    if (text.isEmpty()) {
      return SampleRingBuffer.DEFAULT_CAPACITY;
    }
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      LOG.warn("ignoring setting {}={}: {}", KEY, text, e.getMessage());
      return SampleRingBuffer.DEFAULT_CAPACITY;
    }
  }

  /**
   * Validates and stores a capacity typed by the user (digits, optional {@code _} or {@code ,}
   * separators).
   *
   * @return the stored capacity
   * @throws IllegalArgumentException naming the problem; nothing is stored then
   */
  public static int write(Settings settings, String text) {
    int capacity = parse(text);
    settings.put(KEY, Integer.toString(capacity));
    return capacity;
  }

  /** Bytes a chart of {@code channels} channels with this capacity holds (timestamps included). */
  public static long bytes(int capacity, int channels) {
    return (long) capacity * (8L + 8L * channels);
  }

  /** {@code "100,000 samples per channel (5.6 MB for 6 channels)"}. */
  public static String describe(int capacity) {
    return String.format(
        Locale.ROOT,
        "%,d samples per channel (%.1f MB for 6 channels)",
        capacity,
        bytes(capacity, 6) / 1e6);
  }

  private static int parse(String text) {
    String digits = text.strip().replace("_", "").replace(",", "");
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "chart buffer must be a whole number of samples, got '" + text.strip() + "'");
    }
    long value = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "chart buffer must be %,d to %,d samples per channel, got %s",
              MIN,
              MAX,
              text.strip()));
    }
    return (int) value;
  }
}
