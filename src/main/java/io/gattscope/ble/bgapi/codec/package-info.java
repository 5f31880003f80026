/**
 * BGAPI wire format: message records for the commands, responses and events GattScope uses, their
 * registry, frame encoding and a resynchronising frame parser.
 */
package io.gattscope.ble.bgapi.codec;
