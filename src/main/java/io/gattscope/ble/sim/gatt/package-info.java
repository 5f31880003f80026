/**
 * Internal: the simulator's ATT server and attribute database behind {@code io.gattscope.ble.sim};
 * not API, and its classes may change in any release.
 */
package io.gattscope.ble.sim.gatt;
