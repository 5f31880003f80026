package io.gattscope.testsupport;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The one polling helper of the tests: waits for something observable to become true, failing after
 * a timeout (ten seconds unless told). Tests that can wait on a signal (a future, a latch, a fake's
 * own event) do that instead.
 */
public final class Waits {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private Waits() {}

  /** Polls every 5 ms; fails the test when the condition is still false after 10 s. */
  public static void waitFor(BooleanSupplier condition) {
    waitFor(DEFAULT_TIMEOUT, "condition", condition);
  }

  /**
   * Polls every 5 ms; fails the test, naming {@code what}, when the condition is still false after
   * {@code timeout}. A condition may itself throw to fail at once (a process that died, say).
   */
  public static void waitFor(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " not met within " + timeout.toMillis() + " ms");
      }
      LockSupport.parkNanos(5_000_000);
    }
  }
}
