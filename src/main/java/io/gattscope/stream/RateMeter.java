package io.gattscope.stream;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Notification and byte rates per subscription and in total; counters are registered once (off the
 * hot path) and then recorded into without locks from any thread, and read from the UI.
 */
public final class RateMeter {
  private final LongSupplier clockNanos;
  private final RateCounter total;
  private final List<RateCounter> counters = new CopyOnWriteArrayList<>();

  /** A meter on {@link System#nanoTime()}. */
  public RateMeter() {
    this(System::nanoTime);
  }

  /**
   * A meter on the given monotonic nanosecond clock (tests pass a manual clock).
   *
   * @param clockNanos a monotonic clock in nanoseconds, read by every record and rate call
   * @throws NullPointerException if {@code clockNanos} is {@code null}
   */
  public RateMeter(LongSupplier clockNanos) {
    this.clockNanos = Objects.requireNonNull(clockNanos, "clockNanos");
    this.total = new RateCounter("total", clockNanos, null);
  }

  /**
   * The counter that every registered counter also records into.
   *
   * @return the total counter, named {@code "total"}; it is not in {@link #counters()}
   */
  public RateCounter total() {
    return total;
  }

  /**
   * Creates and keeps a counter for one subscription; record into the returned counter.
   *
   * @param name the name shown for the subscription, e.g. the characteristic's label
   * @return a new counter feeding the total
   * @throws IllegalArgumentException if {@code name} is {@code null} or blank
   */
  public RateCounter register(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a rate counter needs a name");
    }
    RateCounter counter = new RateCounter(name, clockNanos, total);
    counters.add(counter);
    return counter;
  }

  /**
   * Stops listing a counter (its counts stay in the total).
   *
   * @param counter a counter from {@link #register(String)}; an unknown one is ignored
   */
  public void unregister(RateCounter counter) {
    counters.remove(counter);
  }

  /**
   * The registered counters in registration order.
   *
   * @return a snapshot copy, safe to iterate while other threads register
   */
  public List<RateCounter> counters() {
    return List.copyOf(counters);
  }
}
