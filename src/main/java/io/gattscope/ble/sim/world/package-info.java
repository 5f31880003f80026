/**
 * API: the simulator's peripherals (heart rate monitor, thermometer, motion sensor, secure sensor,
 * beacons) and their advertising; part of the simulator's control API.
 */
package io.gattscope.ble.sim.world;
