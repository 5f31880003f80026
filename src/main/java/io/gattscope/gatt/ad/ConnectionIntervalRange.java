package io.gattscope.gatt.ad;

import java.util.Locale;

/**
 * The Peripheral Connection Interval Range AD structure (type 0x12).
 *
 * @param min minimum interval in 1.25 ms units (6 to 3200), 0xFFFF for no specific minimum
 * @param max maximum interval in 1.25 ms units (6 to 3200), 0xFFFF for no specific maximum
 */
public record ConnectionIntervalRange(int min, int max) implements AdStructure {
  @Override
  public int type() {
    return AdType.CONNECTION_INTERVAL_RANGE;
  }

  @Override
  public String summary() {
    return "Peripheral connection interval range: " + ms(min) + " to " + ms(max);
  }

  private static String ms(int units) {
    return units == 0xFFFF
        ? "no specific value"
        : String.format(Locale.ROOT, "%.2f ms", units * 1.25);
  }
}
