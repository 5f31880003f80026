package io.gattscope.gatt.ad;

import java.util.ArrayList;
import java.util.List;

/**
 * The Flags AD structure (type 0x01).
 *
 * @param flags the flag bits, first octet lowest (the field may have several octets; bit 0 LE
 *     Limited, bit 1 LE General Discoverable, bit 2 BR/EDR Not Supported, bits 3-4 simultaneous LE
 *     and BR/EDR, higher bits reserved)
 */
public record Flags(long flags) implements AdStructure {
  private static final String[] NAMES = {
    "LE Limited Discoverable",
    "LE General Discoverable",
    "BR/EDR Not Supported",
    "Simultaneous LE and BR/EDR (Controller)",
    "Simultaneous LE and BR/EDR (Host)"
  };

  @Override
  public int type() {
    return AdType.FLAGS;
  }

  /**
   * The names of the set flags.
   *
   * @return the names in bit order, with {@code "Reserved bit n"} for bits above 4; empty if no
   *     flag is set
   */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      if ((flags >> i & 1) != 0) {
        out.add(i < NAMES.length ? NAMES[i] : "Reserved bit " + i);
      }
    }
    return out;
  }

  /**
   * True when the device is in general or limited discoverable mode.
   *
   * @return {@code true} if bit 0 or bit 1 is set
   */
  public boolean discoverable() {
    return (flags & 0x03) != 0;
  }

  @Override
  public String summary() {
    List<String> n = names();
    return "Flags: " + (n.isEmpty() ? "none" : String.join(", ", n));
  }
}
