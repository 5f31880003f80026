/**
 * Internal: the BlueZ backend, opened through {@link io.gattscope.ble.Backends} as {@code "bluez"}
 * or {@code "bluez:hci0"}; not API. The BlueZ backend: Linux's Bluetooth daemon reached over D-Bus
 * (dbus-java), with the same API as the BGAPI backend.
 *
 * <p>How it maps BlueZ onto the library:
 *
 * <ul>
 *   <li>Object tree: one {@code GetManagedObjects} at start, then {@code InterfacesAdded}, {@code
 *       InterfacesRemoved} and {@code PropertiesChanged} keep {@link
 *       io.gattscope.ble.bluez.ObjectTree} current; waits (services resolved, link down, paired)
 *       are futures completed by those signals, never polls or sleeps.
 *   <li>Scanning: {@code SetDiscoveryFilter} with Transport "le" and DuplicateData <b>true</b>
 *       (BlueZ then keeps reporting RSSI and data changes of devices it already knows; with false
 *       it reports a device once), plus RSSI when a threshold is set; {@code Device1} properties
 *       are re-encoded as AD structures. Scan interval, window and active/passive are BlueZ's
 *       choice.
 *   <li>Handles: from the object path suffixes ({@code service000c/char000d/desc000f}); a {@code
 *       charNNNN} number is the declaration handle, the value handle is that + 1.
 *   <li>Notifications: {@code StartNotify} and {@code PropertiesChanged} on {@code Value}; {@code
 *       AcquireNotify}'s socket when the bus passes file descriptors (the native-unixsocket
 *       transport in use does not, so {@code StartNotify} is what runs today).
 *   <li>Errors: {@code org.bluez.Error.*} names are kept ({@link
 *       io.gattscope.ble.BackendException#resultName()}, {@link
 *       io.gattscope.ble.bluez.BluezGattException#errorName()}); ATT codes as BlueZ's gatt-client.c
 *       derives its errors from them.
 *   <li>Connections: a device must be known to BlueZ (seen by a scan) before it connects; BlueZ
 *       picks the connection parameters and publishes none, so {@code parameters()} reports what
 *       the options asked for.
 * </ul>
 */
package io.gattscope.ble.bluez;
