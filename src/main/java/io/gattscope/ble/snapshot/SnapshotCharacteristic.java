package io.gattscope.ble.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A characteristic of a snapshot with its captured value and descriptors.
 *
 * @param uuid the characteristic type
 * @param declarationHandle the handle of its 0x2803 declaration
 * @param properties the properties byte (0..0xFF)
 * @param value the value read at capture time, its ATT error, or nothing
 * @param descriptors its descriptors in handle order
 * @param recording the notifications or indications recorded from it, or null
 * @param generator the name of a built-in simulated signal that produces its values when served
 *     (e.g. {@code hrm/2a37}), or null
 */
public record SnapshotCharacteristic(
    UUID uuid,
    int declarationHandle,
    int properties,
    CapturedValue value,
    List<SnapshotDescriptor> descriptors,
    Recording recording,
    String generator) {

  /**
   * Validates and copies.
   *
   * @param uuid the characteristic type; not null
   * @param declarationHandle the declaration handle
   * @param properties the properties byte
   * @param value the captured value; not null
   * @param descriptors its descriptors; not null
   * @param recording the recording, or null
   * @param generator the built-in signal's name, or null
   */
  public SnapshotCharacteristic {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(value, "value");
    descriptors = List.copyOf(descriptors);
  }

  /**
   * A characteristic without a generated signal, as a capture sees it.
   *
   * @param uuid the characteristic type; not null
   * @param declarationHandle the declaration handle
   * @param properties the properties byte
   * @param value the captured value; not null
   * @param descriptors its descriptors; not null
   * @param recording the recording, or null
   */
  public SnapshotCharacteristic(
      UUID uuid,
      int declarationHandle,
      int properties,
      CapturedValue value,
      List<SnapshotDescriptor> descriptors,
      Recording recording) {
    this(uuid, declarationHandle, properties, value, descriptors, recording, null);
  }

  /**
   * The handle of the value attribute, which follows the declaration.
   *
   * @return {@code declarationHandle + 1}
   */
  public int valueHandle() {
    return declarationHandle + 1;
  }
}
