package io.gattscope.gatt.format;

import java.util.Locale;

/**
 * A Bluetooth SIG unit (Assigned Numbers, {@code org.bluetooth.unit.*}).
 *
 * @param uuid the 16-bit unit UUID (0x2700 to 0x27FF)
 * @param name the SIG name, e.g. {@code "thermodynamic temperature (degree Celsius)"}
 * @param symbol the symbol shown after a number, e.g. {@code "°C"}; empty for unitless
 */
public record Unit(int uuid, String name, String symbol) {
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (0x%04X)", symbol.isEmpty() ? name : symbol, uuid);
  }
}
