package io.gattscope.app;

import io.gattscope.gatt.BluetoothNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares what the first window needs but JavaFX does not (the logging set-up and the Bluetooth
 * names database) on a daemon thread, so it runs on a second core while the toolkit starts instead
 * of on the FX thread afterwards. Results are the same shared instances the window uses.
 */
final class StartupPreload {
  private StartupPreload() {}

  /** Starts the preload thread and returns it (daemon: it never keeps the application alive). */
  static Thread start() {
    Thread t = new Thread(StartupPreload::run, "gattscope-preload");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void run() {
    Logger log = LoggerFactory.getLogger(StartupPreload.class);
    try {
      BluetoothNames.get();
    } catch (RuntimeException | LinkageError e) {
      // The window asks for the names again on the FX thread, which then fails as before.
      log.warn("Preloading the Bluetooth names failed", e);
    }
  }
}
