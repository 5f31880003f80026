package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import java.util.Objects;

/**
 * How a simulated device advertises.
 *
 * @param address the advertiser's address
 * @param addressType public or random
 * @param packetType BGAPI packet type of its advertisements: 0 connectable, 2 non-connectable, 6
 *     scannable (discoverable)
 * @param intervalMillis advertising interval (20..10240 ms; the spec's 0-10 ms delay comes on top)
 * @param advData advertising payload (0..31 bytes)
 * @param scanResponse scan response payload (0..31 bytes), or null when it has none
 * @param meanRssi the RSSI its random walk circles around (-127..20 dBm)
 */
public record Advertiser(
    BleAddress address,
    AddressType addressType,
    int packetType,
    int intervalMillis,
    byte[] advData,
    byte[] scanResponse,
    int meanRssi) {

  /**
   * Validates the fields.
   *
   * @param address the advertiser's address; not null
   * @param addressType public or random; not null
   * @param packetType 0 connectable, 2 non-connectable or 6 scannable
   * @param intervalMillis advertising interval, 20..10240 ms
   * @param advData advertising payload, 0..31 bytes; not null
   * @param scanResponse scan response payload, 0..31 bytes, or null
   * @param meanRssi the RSSI its random walk circles around (-127..20 dBm)
   * @throws IllegalArgumentException naming the field out of its range
   */
  public Advertiser {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(addressType, "addressType");
    Objects.requireNonNull(advData, "advData");
    if (packetType != 0 && packetType != 2 && packetType != 6) {
      throw new IllegalArgumentException("advertising packet type must be 0, 2 or 6");
    }
    if (intervalMillis < 20 || intervalMillis > 10240) {
      throw new IllegalArgumentException(
          "advertising interval must be 20..10240 ms, got " + intervalMillis);
    }
    if (advData.length > AdData.MAX_LENGTH
        || (scanResponse != null && scanResponse.length > AdData.MAX_LENGTH)) {
      throw new IllegalArgumentException("advertising payloads hold at most 31 bytes");
    }
  }

  /**
   * Whether a central may connect (ADV_IND).
   *
   * @return true for packet type 0
   */
  public boolean connectable() {
    return packetType == 0;
  }

  /**
   * Whether an active scan gets a scan response from it.
   *
   * @return true for packet type 0 or 6 with a scan response payload
   */
  public boolean scannable() {
    return (packetType == 0 || packetType == 6) && scanResponse != null;
  }
}
