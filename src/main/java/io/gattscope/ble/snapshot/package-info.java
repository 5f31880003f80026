/**
 * API: device snapshots: a versioned JSON description of one peripheral (advertising, GATT table,
 * values, ATT errors and recorded notifications), its strict reader and writer, and the capture of
 * a snapshot from a connected device on any backend.
 */
package io.gattscope.ble.snapshot;
