package io.gattscope.gatt.ad;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import java.util.Locale;
import java.util.UUID;

/** Small text helpers shared by the AD structure summaries. */
final class Names {
  private Names() {}

  /** {@code "Heart Rate (0x180D)"} or the bare UUID when it has no name. */
  static String service(UUID uuid) {
    return BluetoothNames.get()
        .serviceName(uuid)
        .map(n -> n + " (" + Uuids.format(uuid) + ")")
        .orElse(Uuids.format(uuid));
  }

  /** {@code "Apple, Inc. (0x004C)"} or {@code "Unknown company (0x1234)"}. */
  static String company(int id) {
    String name = BluetoothNames.get().companyName(id).orElse("Unknown company");
    return String.format(Locale.ROOT, "%s (0x%04X)", name, id);
  }

  static int u16(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
  }

  static int u16be(byte[] b, int off) {
    return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
  }

  static long u32be(byte[] b, int off) {
    return (long) u16be(b, off) << 16 | u16be(b, off + 2);
  }
}
