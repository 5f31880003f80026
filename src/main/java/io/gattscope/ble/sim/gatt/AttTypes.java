package io.gattscope.ble.sim.gatt;

import io.gattscope.ble.Uuids;
import java.util.UUID;

/** The GATT attribute types the simulator's databases use (Core Vol 3 Part G 3.4). */
public final class AttTypes {
  /** Primary service declaration (0x2800); its value is the service UUID. */
  public static final UUID PRIMARY_SERVICE = Uuids.fromShort(0x2800);

  /** Secondary service declaration (0x2801), for services only included by others. */
  public static final UUID SECONDARY_SERVICE = Uuids.fromShort(0x2801);

  /** Characteristic declaration (0x2803): properties, value handle and characteristic UUID. */
  public static final UUID CHARACTERISTIC = Uuids.fromShort(0x2803);

  /** Characteristic User Description descriptor (0x2901): a UTF-8 name for people. */
  public static final UUID USER_DESCRIPTION = Uuids.fromShort(0x2901);

  /**
   * Client Characteristic Configuration descriptor (0x2902): bit 0 enables notifications, bit 1
   * indications.
   */
  public static final UUID CCCD = Uuids.fromShort(0x2902);

  /**
   * Characteristic Presentation Format descriptor (0x2904): format, exponent and unit of the value.
   */
  public static final UUID PRESENTATION_FORMAT = Uuids.fromShort(0x2904);

  private AttTypes() {}
}
