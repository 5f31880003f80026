package io.gattscope.ble.bgapi;

import java.time.Duration;

/**
 * How a BGAPI backend talks to its dongle.
 *
 * @param commandTimeout how long a command waits for its response
 * @param reset whether start() resets the dongle (waits for system_boot) instead of a hello
 * @param bootTimeout how long to wait for system_boot after a reset
 * @param laneCapacity callbacks queued per connection before drops are counted (1 to 2^20)
 */
public record BgapiOptions(
    Duration commandTimeout, boolean reset, Duration bootTimeout, int laneCapacity) {

  /**
   * Rejects a lane capacity outside 1 to 2^20.
   *
   * @param commandTimeout how long a command waits for its response
   * @param reset whether start() resets the dongle (waits for system_boot) instead of a hello
   * @param bootTimeout how long to wait for system_boot after a reset
   * @param laneCapacity callbacks queued per connection before drops are counted (1 to 2^20)
   * @throws IllegalArgumentException if the lane capacity is outside 1 to 1,048,576
   */
  public BgapiOptions {
    if (laneCapacity < 1 || laneCapacity > (1 << 20)) {
      throw new IllegalArgumentException(
          "lane capacity must lie in 1 .. 1048576, got " + laneCapacity);
    }
  }

  /**
   * 2 s per command, no reset, 65,536 queued callbacks per connection.
   *
   * @return the defaults, with a 3 s wait for system_boot if a reset is asked for
   */
  public static BgapiOptions defaults() {
    return new BgapiOptions(Duration.ofSeconds(2), false, Duration.ofSeconds(3), 65_536);
  }

  /**
   * The same options with another command timeout.
   *
   * @param timeout how long each command waits for its response
   * @return the copy; this one is unchanged
   */
  public BgapiOptions withCommandTimeout(Duration timeout) {
    return new BgapiOptions(timeout, reset, bootTimeout, laneCapacity);
  }

  /**
   * The same options, resetting the dongle at start.
   *
   * @param doReset true to reset the dongle and wait for system_boot at start, false to say hello
   *     instead
   * @return the copy; this one is unchanged
   */
  public BgapiOptions withReset(boolean doReset) {
    return new BgapiOptions(commandTimeout, doReset, bootTimeout, laneCapacity);
  }
}
