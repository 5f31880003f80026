package io.gattscope.ble.sim.world;

import io.gattscope.ble.BleAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The set of simulated devices in radio range of the virtual dongle. */
public final class SimWorld {
  private final List<SimPeripheral> peripherals;

  /**
   * A world holding exactly these devices.
   *
   * @param peripherals the devices, copied; addresses should differ, or {@link #find} returns the
   *     first
   */
  public SimWorld(List<SimPeripheral> peripherals) {
    this.peripherals = List.copyOf(peripherals);
  }

  /**
   * The standard world: HRM, Thermo, IMU, Twin, Secure and UART plus a crowd of 32 beacons.
   *
   * @param seed fixes every random walk and payload, so runs repeat
   * @return a new world of 38 devices
   */
  public static SimWorld standard(long seed) {
    List<SimPeripheral> list = new ArrayList<>();
    list.add(HeartRateMonitor.create(seed));
    list.add(Thermometer.create(seed + 1));
    list.add(MotionSensor.create(seed + 2));
    list.add(TwinServices.create());
    list.add(SecureSensor.create());
    list.add(UartDevice.create(seed + 4));
    list.addAll(BeaconCrowd.create(seed + 3));
    return new SimWorld(list);
  }

  /**
   * This world with more devices; each replaces a device already here with the same address.
   *
   * @param more the devices to add, e.g. served snapshots
   * @return a new world: the devices kept from this one, then {@code more} in order
   */
  public SimWorld plus(List<SimPeripheral> more) {
    List<SimPeripheral> list = new ArrayList<>();
    for (SimPeripheral p : peripherals) {
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
  public List<SimPeripheral> peripherals() {
    return peripherals;
  }

  /**
   * The device with this address, if in range.
   *
   * @param address the device's address
   * @return the first device with that address, or empty
   */
  public Optional<SimPeripheral> find(BleAddress address) {
    return peripherals.stream().filter(p -> p.address().equals(address)).findFirst();
  }

  /**
   * The device with this short name ("hrm", "thermo", "imu", "twin", "secure", "uart", ...).
   *
   * @param name the short name, matched exactly
   * @return the first device with that name, or empty
   */
  public Optional<SimPeripheral> byName(String name) {
    return peripherals.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
