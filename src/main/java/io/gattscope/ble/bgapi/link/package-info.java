/**
 * Internal: byte transports to a BGAPI device, part of the BGAPI backend and not API; its classes
 * may change in any release. A serial port (jSerialComm) and an in-memory pipe.
 */
package io.gattscope.ble.bgapi.link;
