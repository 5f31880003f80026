package io.gattscope.ble.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A primary service of a snapshot.
 *
 * @param uuid the service type
 * @param handle the handle of its declaration
 * @param endHandle the last handle of its group
 * @param characteristics its characteristics in handle order
 */
public record SnapshotService(
    UUID uuid, int handle, int endHandle, List<SnapshotCharacteristic> characteristics) {

  /**
   * Validates and copies.
   *
   * @param uuid the service type; not null
   * @param handle the declaration handle
   * @param endHandle the last handle of the group
   * @param characteristics its characteristics; not null
   */
  public SnapshotService {
    Objects.requireNonNull(uuid, "uuid");
    characteristics = List.copyOf(characteristics);
  }
}
