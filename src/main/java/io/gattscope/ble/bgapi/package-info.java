/**
 * Internal: the BGAPI backend (Silicon Labs BLED112 and compatible dongles). Not API; open it
 * through {@link io.gattscope.ble.Backends} as {@code "bgapi"} or {@code "bgapi:/dev/ttyACM0"} and
 * use it as a {@link io.gattscope.ble.BleBackend}. Its classes may change in any release.
 */
package io.gattscope.ble.bgapi;
