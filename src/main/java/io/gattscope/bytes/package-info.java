/**
 * Internal: byte helpers at the bottom of the project, below {@code ble}: every layer may use them,
 * they use no other GattScope package.
 */
package io.gattscope.bytes;
