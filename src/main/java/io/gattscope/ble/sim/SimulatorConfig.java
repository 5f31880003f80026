package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a simulated dongle.
 *
 * @param world the devices in radio range
 * @param dongleAddress the dongle's own public address (system_address_get)
 * @param maxConnections connections it accepts at once (1..8; a BLED112 reports 3)
 * @param procedureDelay how long a GATT procedure, connection set-up or pairing step takes on air
 *     before its events arrive (0..10 s); a real link takes one or two connection intervals
 * @param seed fixes every random choice of the radio (RSSI walks, missed packets)
 * @param bootOnStart whether a system_boot event is sent when the dongle starts (as a BLE112 on a
 *     UART does at power-on)
 */
public record SimulatorConfig(
    SimWorld world,
    BleAddress dongleAddress,
    int maxConnections,
    Duration procedureDelay,
    long seed,
    boolean bootOnStart) {

  /** The default dongle address. */
  public static final BleAddress DEFAULT_ADDRESS = BleAddress.parse("00:07:80:5E:00:00");

  /**
   * Validates the settings.
   *
   * @param world the devices in radio range; not null
   * @param dongleAddress the dongle's own public address; not null
   * @param maxConnections connections it accepts at once (1..8)
   * @param procedureDelay how long a GATT procedure takes on air (0..10 s)
   * @param seed fixes every random choice of the radio
   * @param bootOnStart whether a system_boot event is sent when the dongle starts
   * @throws IllegalArgumentException naming the setting out of its range
   */
  public SimulatorConfig {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(dongleAddress, "dongleAddress");
    if (maxConnections < 1 || maxConnections > 8) {
      throw new IllegalArgumentException("maxConnections must be 1..8, got " + maxConnections);
    }
    if (procedureDelay == null
        || procedureDelay.isNegative()
        || procedureDelay.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException("procedureDelay must be 0..10 s, got " + procedureDelay);
    }
  }

  /**
   * The standard world, 3 connections, 5 ms procedures, no boot event at start.
   *
   * @return the defaults, with seed 42 for the world and the radio
   */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig(
        SimWorld.standard(42), DEFAULT_ADDRESS, 3, Duration.ofMillis(5), 42, false);
  }

  /**
   * A copy with another connection limit.
   *
   * @param n connections accepted at once, 1 to 8
   * @return a copy with only the limit changed
   */
  public SimulatorConfig withMaxConnections(int n) {
    return new SimulatorConfig(world, dongleAddress, n, procedureDelay, seed, bootOnStart);
  }

  /**
   * A copy with another procedure delay.
   *
   * @param d how long each GATT procedure, connection set-up or pairing step takes, 0 to 10 s
   * @return a copy with only the delay changed
   */
  public SimulatorConfig withProcedureDelay(Duration d) {
    return new SimulatorConfig(world, dongleAddress, maxConnections, d, seed, bootOnStart);
  }

  /**
   * A copy that sends (or not) system_boot at start.
   *
   * @param boot true to send the boot event when the dongle starts
   * @return a copy with only the boot flag changed
   */
  public SimulatorConfig withBootOnStart(boolean boot) {
    return new SimulatorConfig(world, dongleAddress, maxConnections, procedureDelay, seed, boot);
  }

  /**
   * A copy with another world.
   *
   * @param w the devices in radio range; not null
   * @return a copy with only the world changed
   */
  public SimulatorConfig withWorld(SimWorld w) {
    return new SimulatorConfig(w, dongleAddress, maxConnections, procedureDelay, seed, bootOnStart);
  }

  /**
   * A copy whose world also holds these devices, each replacing one with the same address.
   *
   * @param devices the devices to add, e.g. served snapshots
   * @return a copy with only the world changed
   */
  public SimulatorConfig withDevices(List<SimPeripheral> devices) {
    return withWorld(world.plus(devices));
  }
}
