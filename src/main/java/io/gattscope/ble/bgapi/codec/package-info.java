/**
 * Internal: the BGAPI wire format, part of the BGAPI backend and not API; its classes may change in
 * any release. Message records for the commands, responses and events GattScope uses, their
 * registry, frame encoding and a resynchronising frame parser.
 */
package io.gattscope.ble.bgapi.codec;
