package io.gattscope.ble;

import java.time.Duration;
import java.util.Objects;

/**
 * The parameters a connection runs with.
 *
 * @param interval connection interval
 * @param latency slave latency in connection events
 * @param supervisionTimeout link supervision timeout
 */
public record ConnectionParameters(Duration interval, int latency, Duration supervisionTimeout) {

  /**
   * From BGAPI/HCI units: interval ×1.25 ms, timeout ×10 ms.
   *
   * @param intervalUnits the connection interval in 1.25 ms units (6 to 3200)
   * @param latency slave latency in connection events (0 to 499)
   * @param timeoutUnits the supervision timeout in 10 ms units (10 to 3200)
   * @return the parameters as durations
   */
  public static ConnectionParameters fromUnits(int intervalUnits, int latency, int timeoutUnits) {
    return new ConnectionParameters(
        Duration.ofNanos(intervalUnits * 1_250_000L),
        latency,
        Duration.ofMillis(timeoutUnits * 10L));
  }

  // equals and hashCode are written out: a record's generated ones are bootstrapped through method
  // handles on first use, which costs a command-line run tens of milliseconds (docs/benchmarks.md)
  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionParameters p
        && p.latency == latency
        && Objects.equals(p.interval, interval)
        && Objects.equals(p.supervisionTimeout, supervisionTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, latency, supervisionTimeout);
  }
}
