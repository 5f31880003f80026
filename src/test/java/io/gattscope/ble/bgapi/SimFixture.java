package io.gattscope.ble.bgapi;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import java.time.Duration;

/** A started BGAPI backend over the in-memory simulator, for tests. */
final class SimFixture implements AutoCloseable {
  final Simulator sim;
  final BgapiBackend backend;

  SimFixture() {
    this(SimulatorConfig.defaults(), BgapiOptions.defaults());
  }

  SimFixture(SimulatorConfig config, BgapiOptions options) {
    SimulatedAdapter a = SimulatedAdapter.start(config, options);
    sim = a.simulator();
    backend = a.backend();
  }

  BleDevice connect(BleAddress address) {
    return backend.connect(
        address, ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(3)));
  }

  BleDevice connectRandom(BleAddress address) {
    return backend.connect(
        address, ConnectOptions.random().withOperationTimeout(Duration.ofSeconds(3)));
  }

  @Override
  public void close() {
    backend.stop();
    sim.close();
  }
}
