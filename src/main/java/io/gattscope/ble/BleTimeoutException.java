package io.gattscope.ble;

import java.time.Duration;

/** Nothing arrived in time; {@link #awaited()} says what was expected. */
public class BleTimeoutException extends BleException {
  private static final long serialVersionUID = 1L;
  private final String awaited;
  private final Duration timeout;

  public BleTimeoutException(String awaited, Duration timeout) {
    super("timed out after " + timeout.toMillis() + " ms waiting for " + awaited);
    this.awaited = awaited;
    this.timeout = timeout;
  }

  /** What the caller was waiting for, e.g. "response to attclient_read_by_handle". */
  public String awaited() {
    return awaited;
  }

  /** How long the caller waited. */
  public Duration timeout() {
    return timeout;
  }
}
