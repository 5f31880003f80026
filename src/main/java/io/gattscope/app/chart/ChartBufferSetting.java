package io.gattscope.app.chart;

import io.gattscope.app.util.Settings;
import io.gattscope.stream.SampleRingBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleSupplier;
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
  private static volatile DoubleSupplier rate = () -> 0;

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

  /**
   * Bytes a chart of {@code channels} channels with this capacity holds (sample and arrival times
   * included).
   */
  public static long bytes(int capacity, int channels) {
    return (long) capacity * (16L + 8L * channels);
  }

  /** Where {@link #describe(int)} learns the rate of the fastest open chart (notifications/s). */
  public static void rateSource(DoubleSupplier source) {
    rate = Objects.requireNonNull(source, "source");
  }

  /**
   * What the capacity means at the fastest open chart's rate (2 kHz when no chart runs), e.g.
   * {@code "100,000 samples per channel (6.4 MB for 6 channels): 50 s at the current 2,000
   * samples/s at full resolution, then 1 h as min/max envelopes"}.
   */
  public static String describe(int capacity) {
    double r = rate.getAsDouble();
    return describe(capacity, r >= 1 ? r : 2_000, r >= 1);
  }

  /** Like {@link #describe(int)} at {@code rateHz} samples per second. */
  public static String describe(int capacity, double rateHz, boolean current) {
    return String.format(
        Locale.ROOT,
        "%,d samples per channel (%.1f MB for 6 channels): %s at %s%,.0f samples/s at full"
            + " resolution, then 1 h as min/max envelopes",
        capacity,
        bytes(capacity, 6) / 1e6,
        seconds(capacity / rateHz),
        current ? "the current " : "",
        rateHz);
  }

  private static String seconds(double s) {
    if (s < 120) {
      return String.format(Locale.ROOT, "%.0f s", s);
    }
    if (s < 7_200) {
      return String.format(Locale.ROOT, "%.1f min", s / 60);
    }
    return String.format(Locale.ROOT, "%.1f h", s / 3_600);
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
