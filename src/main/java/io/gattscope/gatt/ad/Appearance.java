package io.gattscope.gatt.ad;

import io.gattscope.gatt.BluetoothNames;
import java.util.Locale;

/**
 * The Appearance AD structure (type 0x19).
 *
 * @param value the 16-bit appearance (category in bits 15-6, subcategory in bits 5-0)
 */
public record Appearance(int value) implements AdStructure {
  @Override
  public int type() {
    return AdType.APPEARANCE;
  }

  /**
   * The appearance name, e.g. {@code "Watch: Sports Watch"}, or {@code "Unknown"}.
   *
   * @return the category, with the subcategory after a colon when known; {@code "Unknown"} for an
   *     unassigned category
   */
  public String name() {
    return BluetoothNames.get().appearanceName(value).orElse("Unknown");
  }

  @Override
  public String summary() {
    return String.format(Locale.ROOT, "Appearance: %s (0x%04X)", name(), value);
  }
}
