package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.world.SimWorld;
import java.time.Duration;
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

  /** Validates the settings. */
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

  /** The standard world, 3 connections, 5 ms procedures, no boot event at start. */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig(
        SimWorld.standard(42), DEFAULT_ADDRESS, 3, Duration.ofMillis(5), 42, false);
  }

  /** A copy with another connection limit. */
  public SimulatorConfig withMaxConnections(int n) {
    return new SimulatorConfig(world, dongleAddress, n, procedureDelay, seed, bootOnStart);
  }

  /** A copy with another procedure delay. */
  public SimulatorConfig withProcedureDelay(Duration d) {
    return new SimulatorConfig(world, dongleAddress, maxConnections, d, seed, bootOnStart);
  }

  /** A copy that sends (or not) system_boot at start. */
  public SimulatorConfig withBootOnStart(boolean boot) {
    return new SimulatorConfig(world, dongleAddress, maxConnections, procedureDelay, seed, boot);
  }

  /** A copy with another world. */
  public SimulatorConfig withWorld(SimWorld w) {
    return new SimulatorConfig(w, dongleAddress, maxConnections, procedureDelay, seed, bootOnStart);
  }
}
