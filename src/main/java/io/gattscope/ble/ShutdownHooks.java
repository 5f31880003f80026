package io.gattscope.ble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Clean-up work that must run at JVM shutdown before any adapter releases its port, such as
 * unsubscribing and disconnecting on Ctrl-C; backends that hold a port run it ahead of their own
 * shutdown handling.
 */
public final class ShutdownHooks {
  private static final List<Runnable> HOOKS = new CopyOnWriteArrayList<>();
  private static final Object RUN_LOCK = new Object();
  private static boolean ran;

  static {
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHooks::runAll, "gattscope-shutdown"));
    } catch (IllegalStateException shuttingDown) {
      // first used by a shutdown hook itself (a port's hook runs runAll): the JVM is already
      // running its hooks, and runAll is being called right now
    }
  }

  private ShutdownHooks() {}

  /**
   * Runs {@code hook} once at JVM shutdown, before the ports of serial adapters are closed.
   *
   * @param hook the clean-up work; it should finish within a couple of seconds
   * @return closing it removes the hook (when the work finished normally)
   */
  public static Registration add(Runnable hook) {
    HOOKS.add(hook);
    return Registration.once(() -> HOOKS.remove(hook));
  }

  /** Runs every registered hook once, in order; later calls wait for the first to finish. */
  public static void runAll() {
    synchronized (RUN_LOCK) {
      if (ran) {
        return;
      }
      ran = true;
      for (Runnable hook : new ArrayList<>(HOOKS)) {
        try {
          hook.run();
        } catch (RuntimeException e) {
          LoggerFactory.getLogger(ShutdownHooks.class).warn("shutdown clean-up failed", e);
        }
      }
    }
  }
}
