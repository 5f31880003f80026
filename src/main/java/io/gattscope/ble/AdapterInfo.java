package io.gattscope.ble;

/**
 * What the adapter reports about itself.
 *
 * @param name a readable name (e.g. "BLED112 on /dev/ttyACM0")
 * @param address the adapter's own address
 * @param firmware firmware version text (e.g. "1.3.2 build 122")
 * @param maxConnections how many connections it can hold at once
 */
public record AdapterInfo(String name, BleAddress address, String firmware, int maxConnections) {}
