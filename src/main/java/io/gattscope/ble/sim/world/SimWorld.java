package io.gattscope.ble.sim.world;

import io.gattscope.ble.BleAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set of simulated devices in radio range of the virtual dongle. The standard world builds a
 * device when it is first needed (a read of one device builds only that one); any other world holds
 * the devices it was given.
 */
public final class SimWorld {
  /**
   * The standard world's named devices by position: HRM, Thermo, IMU, Twin, Secure, UART (each
   * class's {@code ADDRESS}, written out so that finding one loads no other device's class).
   */
  private static final BleAddress[] NAMED = {
    BleAddress.parse("00:07:80:5E:01:01"),
    BleAddress.parse("00:07:80:5E:01:02"),
    BleAddress.parse("00:07:80:5E:01:03"),
    BleAddress.parse("00:07:80:5E:01:04"),
    BleAddress.parse("C6:5E:01:00:00:05"),
    BleAddress.parse("00:07:80:5E:01:06")
  };

  /** All devices; null while a standard world has not built every one. */
  private List<SimPeripheral> peripherals;

  /** The standard world's seed. */
  private final long seed;

  /** The standard world's named devices built so far, by position. */
  private final SimPeripheral[] named;

  /** The standard world's beacon crowd, once built. */
  private List<SimPeripheral> crowd;

  /**
   * A world holding exactly these devices.
   *
   * @param peripherals the devices, copied; addresses should differ, or {@link #find} returns the
   *     first
   */
  public SimWorld(List<SimPeripheral> peripherals) {
    this.peripherals = List.copyOf(peripherals);
    this.seed = 0;
    this.named = null;
  }

  private SimWorld(long seed) {
    this.seed = seed;
    this.named = new SimPeripheral[NAMED.length];
  }

  /**
   * The standard world: HRM, Thermo, IMU, Twin, Secure and UART plus a crowd of 32 beacons.
   *
   * @param seed fixes every random walk and payload, so runs repeat
   * @return a new world of 38 devices
   */
  public static SimWorld standard(long seed) {
    return new SimWorld(seed);
  }

  /** The standard world's named device at a position, built on first use. */
  private SimPeripheral named(int i) {
    if (named[i] == null) {
      SimPeripheral p =
          switch (i) {
            case 0 -> HeartRateMonitor.create(seed);
            case 1 -> Thermometer.create(seed + 1);
            case 2 -> MotionSensor.create(seed + 2);
            case 3 -> TwinServices.create();
            case 4 -> SecureSensor.create();
            default -> UartDevice.create(seed + 4);
          };
      if (!p.address().equals(NAMED[i])) {
        throw new IllegalStateException(p.name() + " is not at " + NAMED[i]);
      }
      named[i] = p;
    }
    return named[i];
  }

  /** The standard world's beacon crowd, built on first use. */
  private List<SimPeripheral> crowd() {
    if (crowd == null) {
      crowd = BeaconCrowd.create(seed + 3);
    }
    return crowd;
  }

  /**
   * This world with more devices; each replaces a device already here with the same address.
   *
   * @param more the devices to add, e.g. served snapshots
   * @return a new world: the devices kept from this one, then {@code more} in order
   */
  public SimWorld plus(List<SimPeripheral> more) {
    List<SimPeripheral> list = new ArrayList<>();
    for (SimPeripheral p : peripherals()) {
      if (more.stream().noneMatch(m -> m.address().equals(p.address()))) {
        list.add(p);
      }
    }
    list.addAll(more);
    return new SimWorld(list);
  }

  /**
   * All devices.
   *
   * @return an unmodifiable list in the order given
   */
  public synchronized List<SimPeripheral> peripherals() {
    if (peripherals == null) {
      List<SimPeripheral> list = new ArrayList<>();
      for (int i = 0; i < NAMED.length; i++) {
        list.add(named(i));
      }
      list.addAll(crowd());
      peripherals = List.copyOf(list);
    }
    return peripherals;
  }

  /**
   * The device with this address, if in range.
   *
   * @param address the device's address
   * @return the first device with that address, or empty
   */
  public synchronized Optional<SimPeripheral> find(BleAddress address) {
    if (peripherals == null) {
      for (int i = 0; i < NAMED.length; i++) {
        if (NAMED[i].equals(address)) {
          return Optional.of(named(i));
        }
      }
      for (SimPeripheral p : crowd()) {
        if (p.address().equals(address)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
    for (SimPeripheral p : peripherals) {
      if (p.address().equals(address)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The device with this short name ("hrm", "thermo", "imu", "twin", "secure", "uart", ...).
   *
   * @param name the short name, matched exactly
   * @return the first device with that name, or empty
   */
  public Optional<SimPeripheral> byName(String name) {
    for (SimPeripheral p : peripherals()) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
