package io.gattscope.ble;

import java.time.Duration;

/**
 * How to scan.
 *
 * @param timeout how long a blocking scan runs (a streaming scan ignores it)
 * @param active whether to send scan requests to get scan responses
 * @param interval scan interval (2.5 ms to 10.24 s)
 * @param window scan window (2.5 ms to the interval)
 */
public record ScanOptions(Duration timeout, boolean active, Duration interval, Duration window) {

  /**
   * Checks the timeout and the window.
   *
   * @param timeout how long a blocking scan runs; positive
   * @param active whether to send scan requests to get scan responses
   * @param interval scan interval (2.5 ms to 10.24 s)
   * @param window scan window (2.5 ms to the interval)
   * @throws IllegalArgumentException when the timeout is not positive or the window is longer than
   *     the interval
   */
  public ScanOptions {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("scan timeout must be positive, got " + timeout);
    }
    if (window.compareTo(interval) > 0) {
      throw new IllegalArgumentException(
          "scan window " + window + " is longer than the interval " + interval);
    }
  }

  /**
   * An active scan of the given length with a 75 ms interval and a 50 ms window.
   *
   * @param timeout how long a blocking scan runs; positive
   * @return active scan options
   */
  public static ScanOptions defaults(Duration timeout) {
    return new ScanOptions(timeout, true, Duration.ofMillis(75), Duration.ofMillis(50));
  }

  /**
   * The same options, passive (no scan requests).
   *
   * @return a copy that hears advertising only, no scan responses
   */
  public ScanOptions passive() {
    return new ScanOptions(timeout, false, interval, window);
  }

  /**
   * The same options with another timeout.
   *
   * @param newTimeout how long a blocking scan runs; positive
   * @return a copy with only the timeout changed
   */
  public ScanOptions withTimeout(Duration newTimeout) {
    return new ScanOptions(newTimeout, active, interval, window);
  }
}
