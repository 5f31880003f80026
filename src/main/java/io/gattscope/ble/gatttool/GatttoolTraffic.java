package io.gattscope.ble.gatttool;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logs the lines written to and read from a device's gatttool process at DEBUG on {@code
 * io.gattscope.traffic.gatttool}, with the device's address in the MDC key {@code device}. Callers
 * check {@link #enabled()} first.
 */
final class GatttoolTraffic {
  static final Logger LOG = LoggerFactory.getLogger("io.gattscope.traffic.gatttool");
  private static final String DEVICE_KEY = "device";

  private GatttoolTraffic() {}

  /** Whether traffic is logged: the one check on the hot path. */
  static boolean enabled() {
    return LOG.isDebugEnabled();
  }

  /** Logs a line written to gatttool for {@code device} (an address such as AA:BB:…). */
  static void sent(String device, String line) {
    log(device, "→ ", line);
  }

  /** Logs a line read from gatttool for {@code device}. */
  static void received(String device, String line) {
    log(device, "← ", line);
  }

  private static void log(String device, String arrow, String line) {
    String previous = MDC.get(DEVICE_KEY);
    MDC.put(DEVICE_KEY, device);
    try {
      LOG.debug("{}{}", arrow, line);
    } finally {
      if (previous == null) {
        MDC.remove(DEVICE_KEY);
      } else {
        MDC.put(DEVICE_KEY, previous);
      }
    }
  }
}
