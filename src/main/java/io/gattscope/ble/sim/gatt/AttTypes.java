package io.gattscope.ble.sim.gatt;

import io.gattscope.ble.Uuids;
import java.util.UUID;

/** The GATT attribute types the simulator's databases use (Core Vol 3 Part G 3.4). */
public final class AttTypes {
  public static final UUID PRIMARY_SERVICE = Uuids.fromShort(0x2800);
  public static final UUID SECONDARY_SERVICE = Uuids.fromShort(0x2801);
  public static final UUID CHARACTERISTIC = Uuids.fromShort(0x2803);
  public static final UUID USER_DESCRIPTION = Uuids.fromShort(0x2901);
  public static final UUID CCCD = Uuids.fromShort(0x2902);
  public static final UUID PRESENTATION_FORMAT = Uuids.fromShort(0x2904);

  private AttTypes() {}
}
