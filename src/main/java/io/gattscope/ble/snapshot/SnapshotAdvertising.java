package io.gattscope.ble.snapshot;

import io.gattscope.ble.Advertisement;
import java.util.Objects;

/**
 * How a captured device advertises.
 *
 * @param packetType connectable, non-connectable or discoverable (scannable)
 * @param intervalMillis the advertising interval to serve with (20..10240 ms)
 * @param rssi the signal strength seen at capture time (-127..20 dBm)
 * @param data the raw AD structures of the advertisement (0..31 bytes)
 * @param scanResponse the raw AD structures of the scan response, or null when none was seen
 */
public record SnapshotAdvertising(
    Advertisement.PacketType packetType,
    int intervalMillis,
    int rssi,
    byte[] data,
    byte[] scanResponse) {

  /**
   * Validates the fields.
   *
   * @param packetType the packet type; not null
   * @param intervalMillis the advertising interval
   * @param rssi the signal strength in dBm
   * @param data the advertising payload; not null
   * @param scanResponse the scan response payload, or null
   */
  public SnapshotAdvertising {
    Objects.requireNonNull(packetType, "packetType");
    Objects.requireNonNull(data, "data");
    data = data.clone();
    scanResponse = scanResponse == null ? null : scanResponse.clone();
  }
}
