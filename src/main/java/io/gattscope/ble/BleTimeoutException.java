package io.gattscope.ble;

import java.time.Duration;

/** Nothing arrived in time; {@link #awaited()} says what was expected. */
public class BleTimeoutException extends BleException {
  private static final long serialVersionUID = 1L;

  /** What the caller was waiting for. */
  private final String awaited;

  /** How long the caller waited. */
  private final Duration timeout;

  /**
   * Creates one whose message says how long was waited, in milliseconds, and for what.
   *
   * @param awaited what the caller was waiting for, e.g. {@code "read of 0x2A37"}
   * @param timeout how long the caller waited
   */
  public BleTimeoutException(String awaited, Duration timeout) {
    super("timed out after " + timeout.toMillis() + " ms waiting for " + awaited);
    this.awaited = awaited;
    this.timeout = timeout;
  }

  /**
   * What the caller was waiting for, e.g. "response to attclient_read_by_handle".
   *
   * @return the description given when the wait started
   */
  public String awaited() {
    return awaited;
  }

  /**
   * How long the caller waited.
   *
   * @return the timeout that ran out
   */
  public Duration timeout() {
    return timeout;
  }
}
