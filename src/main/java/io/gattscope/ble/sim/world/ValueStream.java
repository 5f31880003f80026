package io.gattscope.ble.sim.world;

/**
 * A characteristic value a simulated peripheral updates by itself and pushes to subscribed clients
 * (notification or indication).
 */
public interface ValueStream {
  /**
   * The characteristic value handle.
   *
   * @return the handle the values are pushed on, 1 to 0xFFFF
   */
  int valueHandle();

  /**
   * True for indications (confirmed), false for notifications.
   *
   * @return whether each value waits for the client's confirmation of the last one
   */
  boolean indicate();

  /**
   * The current update rate in Hz (0 = paused).
   *
   * @return values per second; asked again on every tick of the pump, so a change applies from the
   *     next tick (a rate set through {@code SimulatorControl} takes precedence)
   */
  double rateHz();

  /**
   * How many values are ready now; the pump never takes more in one connection event.
   *
   * @return values {@link #next} can give now; a generator is never short of values
   */
  default int ready() {
    return Integer.MAX_VALUE;
  }

  /**
   * Produces the next value and stores it as the characteristic's current value.
   *
   * @return the new value, which a read returns too until the next one
   */
  byte[] next();
}
