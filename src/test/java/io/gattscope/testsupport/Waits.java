package io.gattscope.testsupport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits in tests for something observable to become true, failing after ten seconds. */
public final class Waits {
  private Waits() {}

  /** Polls every 5 ms; fails the test when the condition is still false after 10 s. */
  public static void waitFor(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      LockSupport.parkNanos(5_000_000);
    }
  }
}
