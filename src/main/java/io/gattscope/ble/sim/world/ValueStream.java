package io.gattscope.ble.sim.world;

/**
 * A characteristic value a simulated peripheral updates by itself and pushes to subscribed clients
 * (notification or indication).
 */
public interface ValueStream {
  /** The characteristic value handle. */
  int valueHandle();

  /** True for indications (confirmed), false for notifications. */
  boolean indicate();

  /** The current update rate in Hz (0 = paused). */
  double rateHz();

  /** Produces the next value and stores it as the characteristic's current value. */
  byte[] next();
}
