package io.gattscope.ble;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A backend kind that {@link Backends} finds through {@link java.util.ServiceLoader}. */
public interface BackendProvider {
  /**
   * The prefix of adapter ids this provider opens, e.g. {@code bgapi}.
   *
   * @return the kind, matched without regard to case
   */
  String kind();

  /**
   * The adapters of this kind present now (may be empty, never throws).
   *
   * @return one descriptor per adapter found, with the id that opens it
   */
  List<AdapterDescriptor> available();

  /**
   * Creates a backend (not started) for the part of the id after {@code kind:}, or for the
   * provider's default adapter when the argument is empty.
   *
   * @param argument what follows {@code kind:} in the id, e.g. a serial port path or {@code hci0};
   *     empty for the default adapter
   * @return a new backend; the caller starts and stops it
   * @throws AdapterUnavailableException when no such adapter exists
   * @throws IllegalArgumentException when the argument makes no sense for this kind
   */
  BleBackend create(String argument);

  /**
   * Sort order in pickers: real hardware first, the simulator last.
   *
   * @return lower sorts first; 50 by default
   */
  default int priority() {
    return 50;
  }

  /**
   * Creates (does not start) a backend as {@link #create(String)} does, with environment variables
   * that override the process's (such as {@code DBUS_SYSTEM_BUS_ADDRESS}) and a bound on each call
   * to the system; a backend that uses neither ignores them. Lets one backend borrow another's
   * ability (gatttool scanning through BlueZ's D-Bus discovery) without importing it.
   *
   * @param argument what follows {@code kind:} in the id; empty for the default adapter
   * @param environment variables that override the process's for this backend; not null
   * @param callTimeout the longest one call to the system (D-Bus, a child process) may take
   * @return a new backend; the caller starts and stops it
   */
  default BleBackend create(
      String argument, Map<String, String> environment, Duration callTimeout) {
    return create(argument);
  }
}
