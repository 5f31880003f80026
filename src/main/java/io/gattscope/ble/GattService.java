package io.gattscope.ble;

import java.util.List;
import java.util.UUID;

/**
 * A primary service found by discovery.
 *
 * @param uuid the service type
 * @param startHandle the handle of its declaration (1 to 0xFFFF)
 * @param endHandle the last handle of its group (start to 0xFFFF)
 * @param characteristics its characteristics in handle order
 */
public record GattService(
    UUID uuid, int startHandle, int endHandle, List<GattCharacteristic> characteristics) {

  /**
   * Keeps an unmodifiable copy of the characteristics.
   *
   * @param uuid the service type
   * @param startHandle the handle of its declaration (1 to 0xFFFF)
   * @param endHandle the last handle of its group (start to 0xFFFF)
   * @param characteristics its characteristics in handle order; not null
   */
  public GattService {
    characteristics = List.copyOf(characteristics);
  }

  /**
   * True when the handle falls inside this service's group.
   *
   * @param handle an attribute handle
   * @return whether it lies in {@code startHandle .. endHandle}, both included
   */
  public boolean contains(int handle) {
    return handle >= startHandle && handle <= endHandle;
  }
}
