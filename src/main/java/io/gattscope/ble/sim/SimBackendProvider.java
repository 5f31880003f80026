package io.gattscope.ble.sim;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers the built-in simulated BLED112 as adapter {@code sim}; always available, listed last.
 * {@code sim:device=FILE,device=FILE} adds the devices of snapshot files to its world.
 */
public final class SimBackendProvider implements BackendProvider {
  private static final String DEVICE = "device=";

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
    if (argument.isBlank()) {
      return SimulatedAdapter.create().register().backend();
    }
    SimulatorConfig config = SimulatorConfig.defaults().withDevices(devices(argument));
    return SimulatedAdapter.create(config).register().backend();
  }

  /** The snapshot devices named in {@code device=FILE,device=FILE}. */
  private static List<SimPeripheral> devices(String argument) {
    List<Path> files = new ArrayList<>();
    for (String part : argument.split(",", -1)) {
      if (!part.startsWith(DEVICE) || part.length() == DEVICE.length()) {
        throw new IllegalArgumentException(
            "the simulated adapter takes snapshot files as 'sim:device=FILE[,device=FILE...]',"
                + " not 'sim:"
                + argument
                + "'");
      }
      files.add(Path.of(part.substring(DEVICE.length())));
    }
    return SnapshotPeripheral.loadAll(files);
  }

  @Override
  public int priority() {
    return 100;
  }
}
