package io.gattscope.ble.snapshot;

import java.util.Objects;
import java.util.UUID;

/**
 * A descriptor of a snapshot with its captured value.
 *
 * @param uuid the descriptor type, e.g. 0x2902 for a CCCD
 * @param handle its handle
 * @param value the value read at capture time, its ATT error, or nothing
 */
public record SnapshotDescriptor(UUID uuid, int handle, CapturedValue value) {

  /**
   * Validates the fields.
   *
   * @param uuid the descriptor type; not null
   * @param handle its handle
   * @param value the captured value; not null
   */
  public SnapshotDescriptor {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(value, "value");
  }
}
