package io.gattscope.ble;

import java.time.Duration;

/**
 * Whether a device reconnects by itself after its link is lost, and how: up to {@code maxAttempts}
 * attempts, waiting {@code initialBackoff} before the first and doubling up to {@code maxBackoff}.
 *
 * @param auto true to reconnect by itself after a link loss the application did not ask for
 * @param maxAttempts attempts before giving up (1..1000)
 * @param initialBackoff wait before the first attempt (0 .. 1 min)
 * @param maxBackoff the longest wait between attempts (initialBackoff .. 10 min)
 */
public record ReconnectPolicy(
    boolean auto, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  /**
   * Checks the ranges.
   *
   * @param auto true to reconnect by itself after a link loss the application did not ask for
   * @param maxAttempts attempts before giving up (1..1000)
   * @param initialBackoff wait before the first attempt (0 .. 1 min)
   * @param maxBackoff the longest wait between attempts (initialBackoff .. 10 min)
   * @throws IllegalArgumentException naming the value out of its range
   */
  public ReconnectPolicy {
    if (maxAttempts < 1 || maxAttempts > 1000) {
      throw new IllegalArgumentException(
          "reconnect attempts must lie in 1 .. 1000, got " + maxAttempts);
    }
    if (initialBackoff.isNegative() || initialBackoff.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "the first reconnect wait must lie in 0 .. 1 min, got " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0
        || maxBackoff.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "the longest reconnect wait must lie in " + initialBackoff + " .. 10 min");
    }
  }

  /**
   * No automatic reconnection (the default); {@code reconnect()} still tries up to 5 times.
   *
   * @return a manual policy waiting 250 ms before the first attempt, doubling up to 5 s
   */
  public static ReconnectPolicy manual() {
    return new ReconnectPolicy(false, 5, Duration.ofMillis(250), Duration.ofSeconds(5));
  }

  /**
   * Automatic reconnection with up to {@code maxAttempts} attempts, 250 ms doubling to 5 s.
   *
   * @param maxAttempts attempts after each link loss before giving up, 1 to 1000
   * @return an automatic policy
   * @throws IllegalArgumentException when {@code maxAttempts} lies outside 1..1000
   */
  public static ReconnectPolicy automatic(int maxAttempts) {
    return new ReconnectPolicy(true, maxAttempts, Duration.ofMillis(250), Duration.ofSeconds(5));
  }

  /**
   * The same policy with other waits.
   *
   * @param initial wait before the first attempt, 0 to 1 min
   * @param max the longest wait between attempts, {@code initial} to 10 min
   * @return a copy with only the waits changed
   * @throws IllegalArgumentException when a wait is out of its range
   */
  public ReconnectPolicy withBackoff(Duration initial, Duration max) {
    return new ReconnectPolicy(auto, maxAttempts, initial, max);
  }

  /**
   * The wait before attempt {@code attempt} (from 1): the initial wait, doubled each time.
   *
   * @param attempt the attempt's number, from 1
   * @return the initial wait times 2^(attempt - 1), at most {@code maxBackoff}
   */
  public Duration backoff(int attempt) {
    Duration d = initialBackoff;
    for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
