/**
 * API: the built-in simulator's control API, a virtual BLED112 that speaks BGAPI bytes, opened
 * through {@link io.gattscope.ble.Backends} as {@code "sim"}. Its public types are the control API
 * ({@link io.gattscope.ble.sim.Simulator}, {@link io.gattscope.ble.sim.SimulatorConfig}, {@link
 * io.gattscope.ble.sim.SimScript}, {@link io.gattscope.ble.sim.SimulatedAdapter} and the
 * peripherals of {@code io.gattscope.ble.sim.world}), which the explorer and the CLI use to script
 * rates, drops and faults.
 */
package io.gattscope.ble.sim;
