package io.gattscope.ble.snapshot;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import java.util.List;
import java.util.Objects;

/**
 * One captured device: who it is, how it advertises and its whole GATT table with values.
 *
 * @param address the device's address
 * @param addressType public or random
 * @param name a name for people and logs (may be empty)
 * @param advertising its advertising and scan response
 * @param connection the connection parameters seen at capture time, or null when unknown
 * @param services its services in handle order
 */
public record Snapshot(
    BleAddress address,
    AddressType addressType,
    String name,
    SnapshotAdvertising advertising,
    SnapshotConnection connection,
    List<SnapshotService> services) {

  /** The format version this build reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Validates the fields and copies the list.
   *
   * @param address the device's address; not null
   * @param addressType public or random; not null
   * @param name a name for people and logs; not null
   * @param advertising its advertising; not null
   * @param connection the connection parameters, or null
   * @param services its services in handle order; not null
   */
  public Snapshot {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(addressType, "addressType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(advertising, "advertising");
    services = List.copyOf(services);
  }
}
