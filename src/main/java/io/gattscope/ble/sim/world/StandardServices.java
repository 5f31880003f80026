package io.gattscope.ble.sim.world;

import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import io.gattscope.ble.sim.gatt.DatabaseHash;
import java.nio.charset.StandardCharsets;

/**
 * Adds the SIG services most simulated peripherals share (Generic Access, Device Information,
 * Generic Attribute).
 */
final class StandardServices {
  private StandardServices() {}

  /** Generic Access 0x1800: Device Name 0x2A00 and Appearance 0x2A01 (16 bits). */
  static void genericAccess(AttributeDatabaseBuilder b, String name, int appearance) {
    b.service(Uuids.fromShort(0x1800));
    b.characteristic(Uuids.fromShort(0x2A00), CharProps.READ, utf8(name));
    b.characteristic(
        Uuids.fromShort(0x2A01),
        CharProps.READ,
        new byte[] {(byte) appearance, (byte) (appearance >>> 8)});
  }

  /** Device Information 0x180A: manufacturer, model, serial number and firmware strings. */
  static void deviceInformation(
      AttributeDatabaseBuilder b, String manufacturer, String model, String serial, String fw) {
    b.service(Uuids.fromShort(0x180A));
    b.characteristic(Uuids.fromShort(0x2A29), CharProps.READ, utf8(manufacturer));
    b.characteristic(Uuids.fromShort(0x2A24), CharProps.READ, utf8(model));
    b.characteristic(Uuids.fromShort(0x2A25), CharProps.READ, utf8(serial));
    b.characteristic(Uuids.fromShort(0x2A26), CharProps.READ, utf8(fw));
  }

  /**
   * Generic Attribute 0x1801: Service Changed 0x2A05 (indicate) with its CCCD, and Database Hash
   * 0x2B2A (read; the ATT server computes its value from the table it serves).
   */
  static void genericAttribute(AttributeDatabaseBuilder b) {
    b.service(Uuids.fromShort(0x1801));
    b.characteristic(Uuids.fromShort(0x2A05), CharProps.INDICATE, new byte[4]);
    b.cccd();
    b.characteristic(DatabaseHash.TYPE, CharProps.READ, new byte[16]);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
