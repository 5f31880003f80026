package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;

/**
 * One advertisement or scan response as the scanning radio hears it.
 *
 * @param rssi received signal strength (-127..20 dBm)
 * @param packetType BGAPI packet type: 0 connectable, 2 non-connectable, 4 scan response, 6
 *     scannable
 * @param address the sender
 * @param addressType public or random
 * @param data the AD structures (0..31 bytes)
 */
public record AdvertisingReport(
    int rssi, int packetType, BleAddress address, AddressType addressType, byte[] data) {}
