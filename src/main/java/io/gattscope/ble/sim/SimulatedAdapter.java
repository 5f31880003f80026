package io.gattscope.ble.sim;

import io.gattscope.ble.BleBackend;
import io.gattscope.ble.bgapi.BgapiBackend;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The built-in "Simulated adapter": a virtual BLED112 on one end of an in-memory link and the real
 * BGAPI backend on the other, so every byte goes through the same code as with a dongle.
 *
 * @param simulator the virtual dongle, for scripting (rates, drops, faults)
 * @param backend the BGAPI backend talking to it (not yet started)
 */
public record SimulatedAdapter(Simulator simulator, BgapiBackend backend) {

  /**
   * Creates a simulator and a backend over a fresh in-memory link; start the backend to use it.
   *
   * @param config the simulated world and dongle
   * @param options the BGAPI backend's settings
   * @return the running simulator and its backend, not yet started or registered
   */
  public static SimulatedAdapter create(SimulatorConfig config, BgapiOptions options) {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    Simulator sim = Simulator.start(pair.device(), config);
    BgapiBackend backend = new BgapiBackend(pair.host(), options);
    return new SimulatedAdapter(sim, backend);
  }

  /**
   * Creates a simulator with this world and a default backend over a fresh in-memory link.
   *
   * @param config the simulated world and dongle, e.g. {@code
   *     SimulatorConfig.defaults().withDevices(List.of(SnapshotPeripheral.load(file)))}
   * @return the running simulator and its backend, not yet started or registered
   */
  public static SimulatedAdapter create(SimulatorConfig config) {
    return create(config, BgapiOptions.defaults());
  }

  /**
   * The simulator's faults on demand (drop, out of range, reboot, services, latency, silence).
   *
   * @return the simulator's fault controls
   */
  public SimFaults faults() {
    return simulator.faults();
  }

  /**
   * A default simulator and a default backend.
   *
   * @return the pair, the backend not yet started
   */
  public static SimulatedAdapter create() {
    return create(SimulatorConfig.defaults(), BgapiOptions.defaults());
  }

  /**
   * Creates and starts the backend.
   *
   * @param config the simulated world and dongle
   * @param options the BGAPI backend's settings
   * @return the pair with a started backend; stop the backend, then close the simulator
   */
  public static SimulatedAdapter start(SimulatorConfig config, BgapiOptions options) {
    SimulatedAdapter a = create(config, options);
    a.backend.start();
    return a;
  }

  /**
   * The simulator behind a backend this class made, if it is one.
   *
   * @param backend any backend, e.g. one opened by {@code new Backends().open("sim")}
   * @return the simulator's controls when the backend was {@link #register() registered}, else
   *     empty
   */
  public static Optional<SimulatorControl> controlOf(BleBackend backend) {
    return Optional.ofNullable(Registry.CONTROLS.get(backend));
  }

  /** Remembers which simulator belongs to which backend, without keeping either alive. */
  static final class Registry {
    static final Map<BleBackend, SimulatorControl> CONTROLS =
        Collections.synchronizedMap(new WeakHashMap<>());

    private Registry() {}
  }

  /**
   * Records this pair so {@link #controlOf} can find the simulator. The record is weak: it keeps
   * neither the backend nor the simulator alive.
   *
   * @return this pair
   */
  public SimulatedAdapter register() {
    Registry.CONTROLS.put(backend, simulator);
    return this;
  }
}
