/** Byte transports to a BGAPI device: a serial port (jSerialComm) and an in-memory pipe. */
package io.gattscope.ble.bgapi.link;
