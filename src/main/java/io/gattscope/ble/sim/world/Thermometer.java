package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The simulated room/body thermometer "GattScope Thermo": Environmental Sensing 0x181A
 * (temperature, humidity, pressure; notify) and Health Thermometer 0x1809 (indicated IEEE-11073
 * FLOAT temperature measurement).
 */
public final class Thermometer {
  /** Its public address. */
  public static final BleAddress ADDRESS = BleAddress.parse("00:07:80:5E:01:02");

  /** Handle of the Environmental Sensing service declaration (0x181A). */
  public static final int ENVIRONMENTAL_SENSING_SERVICE = 0x0006;

  /** Value handle of Temperature (0x2A6E): sint16 in 0.01 °C, read and notify at 1 Hz. */
  public static final int TEMPERATURE = 0x0008;

  /** Handle of Temperature's CCCD. */
  public static final int TEMPERATURE_CCCD = 0x0009;

  /** Value handle of Humidity (0x2A6F): uint16 in 0.01 %, read and notify at 1 Hz. */
  public static final int HUMIDITY = 0x000B;

  /** Handle of Humidity's CCCD. */
  public static final int HUMIDITY_CCCD = 0x000C;

  /** Value handle of Pressure (0x2A6D): uint32 in 0.1 Pa, read and notify at 1 Hz. */
  public static final int PRESSURE = 0x000E;

  /** Handle of Pressure's CCCD. */
  public static final int PRESSURE_CCCD = 0x000F;

  /** Handle of the Health Thermometer service declaration (0x1809). */
  public static final int HEALTH_THERMOMETER_SERVICE = 0x0010;

  /** Value handle of Temperature Measurement (0x2A1C): indicated every 2 s, IEEE-11073 FLOAT. */
  public static final int TEMPERATURE_MEASUREMENT = 0x0012;

  /** Handle of Temperature Measurement's CCCD. */
  public static final int TEMPERATURE_MEASUREMENT_CCCD = 0x0013;

  private final SplittableRandom random;
  private double room = 21.5;
  private double humidity = 45.0;
  private double pressure = 101_325.0;
  private double body = 36.6;

  private Thermometer(long seed) {
    random = new SplittableRandom(seed);
  }

  /**
   * Builds the peripheral; {@code seed} makes its values repeatable.
   *
   * @param seed seeds the random walks of the values: the same seed gives the same values
   * @return a connectable peripheral at {@link #ADDRESS}
   */
  public static SimPeripheral create(long seed) {
    return new Thermometer(seed).build();
  }

  private SimPeripheral build() {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    StandardServices.genericAccess(b, "GattScope Thermo", 0x0300);
    int rn = CharProps.READ | CharProps.NOTIFY;
    b.service(Uuids.fromShort(0x181A));
    int t = b.characteristic(Uuids.fromShort(0x2A6E), rn, temperature());
    b.cccd();
    int h = b.characteristic(Uuids.fromShort(0x2A6F), rn, humidity());
    b.cccd();
    int p = b.characteristic(Uuids.fromShort(0x2A6D), rn, pressure());
    b.cccd();
    b.service(Uuids.fromShort(0x1809));
    int m = b.characteristic(Uuids.fromShort(0x2A1C), CharProps.INDICATE, measurement());
    b.cccd();
    b.characteristic(Uuids.fromShort(0x2A1D), CharProps.READ, new byte[] {0x02});
    AttributeDatabase db = b.build();
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.PUBLIC,
            0,
            250,
            AdData.create().flags(0x06).services16(0x181A, 0x1809).build(),
            AdData.create().name("GattScope Thermo").build(),
            -62);
    List<ValueStream> streams =
        List.of(
            new GeneratedStream(db.get(t).orElseThrow(), false, () -> 1.0, this::temperature),
            new GeneratedStream(db.get(h).orElseThrow(), false, () -> 1.0, this::humidity),
            new GeneratedStream(db.get(p).orElseThrow(), false, () -> 1.0, this::pressure),
            new GeneratedStream(db.get(m).orElseThrow(), true, () -> 0.5, this::measurement));
    return new SimPeripheral("thermo", adv, db, streams, OptionalInt.empty());
  }

  /** sint16 in 0.01 °C. */
  private synchronized byte[] temperature() {
    room = walk(room, 21.5, 0.05, 15, 30);
    int v = (int) Math.round(room * 100);
    return new byte[] {(byte) v, (byte) (v >>> 8)};
  }

  /** uint16 in 0.01 %. */
  private synchronized byte[] humidity() {
    humidity = walk(humidity, 45, 0.2, 20, 80);
    int v = (int) Math.round(humidity * 100);
    return new byte[] {(byte) v, (byte) (v >>> 8)};
  }

  /** uint32 in 0.1 Pa. */
  private synchronized byte[] pressure() {
    pressure = walk(pressure, 101_325, 3, 95_000, 105_000);
    long v = Math.round(pressure * 10);
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }

  /** Flags 0 (Celsius, no time stamp), then a 32-bit FLOAT: int24 mantissa, int8 exponent -2. */
  private synchronized byte[] measurement() {
    body = walk(body, 36.8, 0.03, 35.5, 39.5);
    int mantissa = (int) Math.round(body * 100);
    return new byte[] {
      0x00, (byte) mantissa, (byte) (mantissa >>> 8), (byte) (mantissa >>> 16), -2
    };
  }

  private double walk(double v, double mean, double step, double min, double max) {
    double n = v + random.nextGaussian() * step + (mean - v) * 0.01;
    return Math.max(min, Math.min(max, n));
  }
}
