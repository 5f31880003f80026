package io.gattscope.ble;

import java.util.List;

/** A backend kind that {@link Backends} finds through {@link java.util.ServiceLoader}. */
public interface BackendProvider {
  /** The prefix of adapter ids this provider opens, e.g. {@code bgapi}. */
  String kind();

  /** The adapters of this kind present now (may be empty, never throws). */
  List<AdapterDescriptor> available();

  /**
   * Creates a backend (not started) for the part of the id after {@code kind:}, or for the
   * provider's default adapter when the argument is empty.
   *
   * @throws AdapterUnavailableException when no such adapter exists
   * @throws IllegalArgumentException when the argument makes no sense for this kind
   */
  BleBackend create(String argument);

  /** Sort order in pickers: real hardware first, the simulator last. */
  default int priority() {
    return 50;
  }
}
