package io.gattscope.ble;

import java.util.UUID;

/**
 * A characteristic descriptor found by discovery.
 *
 * @param uuid the descriptor type, e.g. 0x2902 (CCCD)
 * @param handle its attribute handle (1 to 0xFFFF)
 */
public record GattDescriptor(UUID uuid, int handle) {
  /** The Client Characteristic Configuration descriptor type 0x2902. */
  public static final UUID CCCD = Uuids.fromShort(0x2902);

  /** The Characteristic User Description type 0x2901. */
  public static final UUID USER_DESCRIPTION = Uuids.fromShort(0x2901);

  /** The Characteristic Presentation Format type 0x2904. */
  public static final UUID PRESENTATION_FORMAT = Uuids.fromShort(0x2904);
}
