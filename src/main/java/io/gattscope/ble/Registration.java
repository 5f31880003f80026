package io.gattscope.ble;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A listener or scan that stays in effect until closed. Unlike a bare {@link AutoCloseable} its
 * {@link #close()} throws no checked exception, so it fits try-with-resources without a {@code
 * catch (Exception)}.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

  /** Removes the listener or stops the scan; calling it again does nothing. */
  @Override
  void close();

  /**
   * A registration that runs {@code undo} on the first close only.
   *
   * @param undo what closing does, e.g. removing a listener from a list
   * @return a registration whose close runs {@code undo} once, however often it is called
   */
  static Registration once(Runnable undo) {
    AtomicBoolean closed = new AtomicBoolean();
    return () -> {
      if (closed.compareAndSet(false, true)) {
        undo.run();
      }
    };
  }
}
