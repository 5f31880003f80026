package io.gattscope.ble;

import java.time.Duration;

/**
 * The parameters a connection runs with.
 *
 * @param interval connection interval
 * @param latency slave latency in connection events
 * @param supervisionTimeout link supervision timeout
 */
public record ConnectionParameters(Duration interval, int latency, Duration supervisionTimeout) {

  /** From BGAPI/HCI units: interval ×1.25 ms, timeout ×10 ms. */
  public static ConnectionParameters fromUnits(int intervalUnits, int latency, int timeoutUnits) {
    return new ConnectionParameters(
        Duration.ofNanos(intervalUnits * 1_250_000L),
        latency,
        Duration.ofMillis(timeoutUnits * 10L));
  }
}
