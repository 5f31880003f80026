/** Internal: the simulator's ATT server and attribute database. */
package io.gattscope.ble.sim.gatt;
