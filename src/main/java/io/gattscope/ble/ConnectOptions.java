package io.gattscope.ble;

import java.time.Duration;
import java.util.Objects;

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

  /**
   * Checks every field against the ranges the Core specification allows.
   *
   * @param addressType the peer's address type
   * @param intervalMin shortest connection interval (7.5 ms to 4 s)
   * @param intervalMax longest connection interval (7.5 ms to 4 s), not below {@code intervalMin}
   * @param supervisionTimeout link supervision timeout (100 ms to 32 s)
   * @param latency slave latency in connection events (0 to 499)
   * @param timeout how long to wait for the connection to be made
   * @param operationTimeout default timeout of every blocking call on the device
   * @param retries how many times a failed connection attempt is tried again (0..100)
   * @param reconnect whether and how the device reconnects after its link is lost; not null
   * @throws IllegalArgumentException naming the first field out of its range
   */
  public ConnectOptions {
    if (retries < 0 || retries > 100) {
      throw new IllegalArgumentException("connect retries must lie in 0 .. 100, got " + retries);
    }
    Objects.requireNonNull(reconnect, "reconnect");
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

  /**
   * Options without retries and without automatic reconnection.
   *
   * @param addressType the peer's address type
   * @param intervalMin shortest connection interval (7.5 ms to 4 s)
   * @param intervalMax longest connection interval (7.5 ms to 4 s), not below {@code intervalMin}
   * @param supervisionTimeout link supervision timeout (100 ms to 32 s)
   * @param latency slave latency in connection events (0 to 499)
   * @param timeout how long to wait for the connection to be made
   * @param operationTimeout default timeout of every blocking call on the device
   * @throws IllegalArgumentException naming the first field out of its range
   */
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

  /**
   * Defaults: 7.5–30 ms interval, 4 s supervision, no latency, 5 s to connect, 10 s per call.
   *
   * @return options for a public-address peer, without retries or automatic reconnection
   */
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

  /**
   * Defaults for a random-address peer.
   *
   * @return the {@link #defaults()} with {@link AddressType#RANDOM}
   */
  public static ConnectOptions random() {
    return defaults().withAddressType(AddressType.RANDOM);
  }

  /**
   * The same options with another address type.
   *
   * @param type the peer's address type, e.g. from its {@link ScanResult}
   * @return a copy with only the address type changed
   */
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

  /**
   * The same options with another connect timeout.
   *
   * @param t how long each connection attempt may take
   * @return a copy with only the connect timeout changed
   */
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

  /**
   * The same options with another per-call timeout.
   *
   * @param t the default timeout of the device's blocking calls
   * @return a copy with only the per-call timeout changed
   */
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

  /**
   * The same options, trying a failed connection attempt again up to {@code n} times.
   *
   * @param n retries after the first attempt, 0 to 100
   * @return a copy with only the retry count changed
   * @throws IllegalArgumentException when {@code n} lies outside 0..100
   */
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

  /**
   * The same options with another reconnect policy.
   *
   * @param policy what the device does after its link is lost; not null
   * @return a copy with only the reconnect policy changed
   */
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

  /**
   * The same options with automatic reconnection, up to {@code maxAttempts} attempts a loss.
   *
   * @param maxAttempts connection attempts after each loss of the link, 1 or more
   * @return a copy reconnecting with {@link ReconnectPolicy#automatic(int)}
   */
  public ConnectOptions autoReconnect(int maxAttempts) {
    return withReconnect(ReconnectPolicy.automatic(maxAttempts));
  }

  /**
   * How long a blocking connect may take: every attempt's timeout and the waits between retries,
   * plus a second.
   *
   * @return the longest time a blocking connect with these options waits
   */
  public Duration connectBudget() {
    Duration total = timeout.multipliedBy(retries + 1L).plusSeconds(1);
    for (int i = 1; i <= retries; i++) {
      total = total.plus(reconnect.backoff(i));
    }
    return total;
  }
}
