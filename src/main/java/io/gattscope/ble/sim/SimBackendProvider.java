package io.gattscope.ble.sim;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import java.util.List;

/** Offers the built-in simulated BLED112 as adapter {@code sim}; always available, listed last. */
public final class SimBackendProvider implements BackendProvider {

  @Override
  public String kind() {
    return "sim";
  }

  @Override
  public List<AdapterDescriptor> available() {
    return List.of(new AdapterDescriptor("sim", "Simulated adapter", kind(), true));
  }

  @Override
  public BleBackend create(String argument) {
    if (!argument.isBlank()) {
      throw new IllegalArgumentException(
          "the simulated adapter takes no argument: use 'sim', not 'sim:" + argument + "'");
    }
    return SimulatedAdapter.create().register().backend();
  }

  @Override
  public int priority() {
    return 100;
  }
}
