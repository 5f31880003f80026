package io.gattscope.ble;

import java.time.Duration;

/**
 * How to connect.
 *
 * @param addressType the peer's address type
 * @param intervalMin shortest connection interval (7.5 ms to 4 s)
 * @param intervalMax longest connection interval (7.5 ms to 4 s)
 * @param supervisionTimeout link supervision timeout (100 ms to 32 s)
 * @param latency slave latency in connection events (0 to 499)
 * @param timeout how long to wait for the connection to be made
 * @param operationTimeout default timeout of every blocking call on the device
 * @param retries how many times a failed connection attempt is tried again (0..100), for the common
 *     "connection failed to be established" (HCI 0x3E) and connect timeouts
 * @param reconnect whether and how the device reconnects after its link is lost
 */
public record ConnectOptions(
    AddressType addressType,
    Duration intervalMin,
    Duration intervalMax,
    Duration supervisionTimeout,
    int latency,
    Duration timeout,
    Duration operationTimeout,
    int retries,
    ReconnectPolicy reconnect) {

  public ConnectOptions {
    if (retries < 0 || retries > 100) {
      throw new IllegalArgumentException("connect retries must lie in 0 .. 100, got " + retries);
    }
    java.util.Objects.requireNonNull(reconnect, "reconnect");
    if (intervalMin.toNanos() < 7_500_000L || intervalMax.toMillis() > 4000) {
      throw new IllegalArgumentException("connection interval must lie in 7.5 ms .. 4 s");
    }
    if (intervalMin.compareTo(intervalMax) > 0) {
      throw new IllegalArgumentException(
          "interval min " + intervalMin + " exceeds max " + intervalMax);
    }
    if (supervisionTimeout.toMillis() < 100 || supervisionTimeout.toMillis() > 32_000) {
      throw new IllegalArgumentException("supervision timeout must lie in 100 ms .. 32 s");
    }
    if (latency < 0 || latency > 499) {
      throw new IllegalArgumentException("latency must lie in 0 .. 499, got " + latency);
    }
  }

  /** Options without retries and without automatic reconnection. */
  public ConnectOptions(
      AddressType addressType,
      Duration intervalMin,
      Duration intervalMax,
      Duration supervisionTimeout,
      int latency,
      Duration timeout,
      Duration operationTimeout) {
    this(
        addressType,
        intervalMin,
        intervalMax,
        supervisionTimeout,
        latency,
        timeout,
        operationTimeout,
        0,
        ReconnectPolicy.manual());
  }

  /** Defaults: 7.5–30 ms interval, 4 s supervision, no latency, 5 s to connect, 10 s per call. */
  public static ConnectOptions defaults() {
    return new ConnectOptions(
        AddressType.PUBLIC,
        Duration.ofNanos(7_500_000),
        Duration.ofMillis(30),
        Duration.ofSeconds(4),
        0,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10));
  }

  /** Defaults for a random-address peer. */
  public static ConnectOptions random() {
    return defaults().withAddressType(AddressType.RANDOM);
  }

  /** The same options with another address type. */
  public ConnectOptions withAddressType(AddressType type) {
    return new ConnectOptions(
        type,
        intervalMin,
        intervalMax,
        supervisionTimeout,
        latency,
        timeout,
        operationTimeout,
        retries,
        reconnect);
  }

  /** The same options with another connect timeout. */
  public ConnectOptions withTimeout(Duration t) {
    return new ConnectOptions(
        addressType,
        intervalMin,
        intervalMax,
        supervisionTimeout,
        latency,
        t,
        operationTimeout,
        retries,
        reconnect);
  }

  /** The same options with another per-call timeout. */
  public ConnectOptions withOperationTimeout(Duration t) {
    return new ConnectOptions(
        addressType,
        intervalMin,
        intervalMax,
        supervisionTimeout,
        latency,
        timeout,
        t,
        retries,
        reconnect);
  }

  /** The same options, trying a failed connection attempt again up to {@code n} times. */
  public ConnectOptions retries(int n) {
    return new ConnectOptions(
        addressType,
        intervalMin,
        intervalMax,
        supervisionTimeout,
        latency,
        timeout,
        operationTimeout,
        n,
        reconnect);
  }

  /** The same options with another reconnect policy. */
  public ConnectOptions withReconnect(ReconnectPolicy policy) {
    return new ConnectOptions(
        addressType,
        intervalMin,
        intervalMax,
        supervisionTimeout,
        latency,
        timeout,
        operationTimeout,
        retries,
        policy);
  }

  /** The same options with automatic reconnection, up to {@code maxAttempts} attempts a loss. */
  public ConnectOptions autoReconnect(int maxAttempts) {
    return withReconnect(ReconnectPolicy.automatic(maxAttempts));
  }

  /**
   * How long a blocking connect may take: every attempt's timeout and the waits between retries,
   * plus a second.
   */
  public Duration connectBudget() {
    Duration total = timeout.multipliedBy(retries + 1L).plusSeconds(1);
    for (int i = 1; i <= retries; i++) {
      total = total.plus(reconnect.backoff(i));
    }
    return total;
  }
}
