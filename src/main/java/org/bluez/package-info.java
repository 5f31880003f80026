/**
 * Internal: the D-Bus interfaces of BlueZ ({@code org.bluez.*}) as dbus-java needs them, used only
 * by the BlueZ backend; not part of the library API.
 */
package org.bluez;
