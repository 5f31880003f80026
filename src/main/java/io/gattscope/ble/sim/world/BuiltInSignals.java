package io.gattscope.ble.sim.world;

import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.gatt.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * The values the built-in simulated devices generate (heart rate, temperatures, motion, the UART's
 * output), by the name a snapshot's {@code generator} field gives them: the device's short name, a
 * slash and the characteristic's UUID as a snapshot writes it, e.g. {@code hrm/2a37}.
 */
public final class BuiltInSignals {
  /** The seed each referenced signal starts from, so served values repeat from run to run. */
  public static final long SEED = 42;

  private static final Map<String, LongFunction<SimPeripheral>> DEVICES =
      new TreeMap<>(
          Map.of(
              "hrm", HeartRateMonitor::create,
              "thermo", Thermometer::create,
              "imu", MotionSensor::create,
              "uart", UartDevice::create));

  private BuiltInSignals() {}

  /**
   * Every signal a snapshot can reference.
   *
   * @return the names, sorted
   */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    DEVICES.forEach(
        (device, factory) -> {
          SimPeripheral p = factory.apply(SEED);
          for (ValueStream s : p.streams()) {
            out.add(device + "/" + text(uuidOf(p, s)));
          }
        });
    out.sort(null);
    return out;
  }

  /**
   * A stream that feeds {@code target} from the named signal, at the signal's own rate; each call
   * starts a fresh instance of the device that generates it.
   *
   * @param name a signal name, e.g. {@code hrm/2a37}
   * @param target the served characteristic value it updates
   * @return the stream, or empty when no built-in device generates that signal
   */
  public static Optional<ValueStream> stream(String name, Attribute target) {
    return new BuiltInBinding().stream(name, target);
  }

  /** A new instance of the named device, seeded with {@link #SEED}, or empty when none is. */
  static Optional<SimPeripheral> device(String device) {
    return Optional.ofNullable(DEVICES.get(device)).map(f -> f.apply(SEED));
  }

  /** The stream of {@code p} on the characteristic written {@code uuid} in a signal name. */
  static Optional<ValueStream> signal(SimPeripheral p, String uuid) {
    return p.streams().stream().filter(s -> uuid.equals(text(uuidOf(p, s)))).findFirst();
  }

  private static UUID uuidOf(SimPeripheral p, ValueStream s) {
    Attribute declaration = p.database().get(s.valueHandle() - 1).orElseThrow();
    byte[] v = declaration.value();
    return Uuids.fromLittleEndian(v, 3, v.length - 3);
  }

  private static String text(UUID u) {
    String f = Uuids.format(u);
    return f.startsWith("0x") ? f.substring(2).toLowerCase(Locale.ROOT) : f;
  }
}
