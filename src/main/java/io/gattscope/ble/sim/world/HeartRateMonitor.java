package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.gatt.AttPermissions;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The simulated heart-rate strap "GattScope HRM": Heart Rate 0x180D with a measurement that walks
 * between 60 and 180 bpm at about 1 Hz, Battery 0x180F, Device Information, Generic Access and
 * Generic Attribute (Service Changed, last so the other handles stay where they were).
 */
public final class HeartRateMonitor {
  /** Its public address. */
  public static final BleAddress ADDRESS = BleAddress.parse("00:07:80:5E:01:01");

  /** Value handle of Device Name (0x2A00): "GattScope HRM". */
  public static final int DEVICE_NAME = 0x0003;

  /** Handle of the Heart Rate service declaration (0x180D). */
  public static final int HEART_RATE_SERVICE = 0x0006;

  /** Value handle of Heart Rate Measurement (0x2A37): notified at about 1 Hz. */
  public static final int HEART_RATE_MEASUREMENT = 0x0008;

  /** Handle of Heart Rate Measurement's CCCD. */
  public static final int HEART_RATE_MEASUREMENT_CCCD = 0x0009;

  /** Value handle of Body Sensor Location (0x2A38): read-only, 1 (chest). */
  public static final int BODY_SENSOR_LOCATION = 0x000B;

  /** Value handle of Heart Rate Control Point (0x2A39): write-only, exactly one byte. */
  public static final int HEART_RATE_CONTROL_POINT = 0x000D;

  /** Value handle of Battery Level (0x2A19): percent, read and notify every 10 s. */
  public static final int BATTERY_LEVEL = 0x0010;

  /** Handle of Battery Level's CCCD. */
  public static final int BATTERY_LEVEL_CCCD = 0x0011;

  /** Value handle of Service Changed (0x2A05), indicated when the table changes. */
  public static final int SERVICE_CHANGED = 0x001D;

  /** Handle of Service Changed's CCCD. */
  public static final int SERVICE_CHANGED_CCCD = 0x001E;

  private final SplittableRandom random;
  private double bpm = 72;
  private int battery = 97;
  private int count;

  private HeartRateMonitor(long seed) {
    random = new SplittableRandom(seed);
  }

  /**
   * Builds the peripheral; {@code seed} makes its random walk repeatable.
   *
   * @param seed seeds the heart rate's walk and the battery's drain
   * @return a connectable peripheral at {@link #ADDRESS}
   */
  public static SimPeripheral create(long seed) {
    return new HeartRateMonitor(seed).build();
  }

  private SimPeripheral build() {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    StandardServices.genericAccess(b, "GattScope HRM", 0x0341);
    b.service(Uuids.fromShort(0x180D));
    int hrm = b.characteristic(Uuids.fromShort(0x2A37), CharProps.NOTIFY, measurement());
    b.cccd();
    b.characteristic(Uuids.fromShort(0x2A38), CharProps.READ, new byte[] {0x01});
    b.characteristic(
        Uuids.fromShort(0x2A39),
        CharProps.WRITE,
        AttPermissions.fromProperties(CharProps.WRITE).withLength(1, 1),
        new byte[] {0},
        null,
        v -> resetEnergy());
    b.service(Uuids.fromShort(0x180F));
    int bat =
        b.characteristic(
            Uuids.fromShort(0x2A19), CharProps.READ | CharProps.NOTIFY, new byte[] {97});
    b.cccd();
    StandardServices.deviceInformation(b, "GattScope", "HRM-1", "HRM-000101", "1.4.2");
    StandardServices.genericAttribute(b);
    AttributeDatabase db = b.build();
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.PUBLIC,
            0,
            100,
            AdData.create().flags(0x06).services16(0x180D, 0x180F).appearance(0x0341).build(),
            AdData.create().name("GattScope HRM").txPower(0).build(),
            -55);
    List<ValueStream> streams =
        List.of(
            new GeneratedStream(db.get(hrm).orElseThrow(), false, () -> 1.0, this::measurement),
            new GeneratedStream(db.get(bat).orElseThrow(), false, () -> 0.1, this::battery));
    return new SimPeripheral("hrm", adv, db, streams, OptionalInt.empty());
  }

  private synchronized void resetEnergy() {
    count = 0;
  }

  /** Flags, bpm (uint8, or uint16 every tenth sample), then one or two RR intervals (1/1024 s). */
  private synchronized byte[] measurement() {
    bpm += random.nextGaussian() * 2.5 + (110 - bpm) * 0.02;
    bpm = Math.max(60, Math.min(180, bpm));
    int value = (int) Math.round(bpm);
    boolean wide = count++ % 10 == 9;
    int rr = (int) Math.round(60.0 / bpm * 1024);
    int rrCount = value > 120 ? 2 : 1;
    byte[] out = new byte[1 + (wide ? 2 : 1) + 2 * rrCount];
    out[0] = (byte) (0x16 | (wide ? 0x01 : 0x00));
    int i = 1;
    out[i++] = (byte) value;
    if (wide) {
      out[i++] = (byte) (value >>> 8);
    }
    for (int k = 0; k < rrCount; k++) {
      int r = rr + random.nextInt(-12, 13);
      out[i++] = (byte) r;
      out[i++] = (byte) (r >>> 8);
    }
    return out;
  }

  private synchronized byte[] battery() {
    if (battery > 5 && random.nextInt(6) == 0) {
      battery--;
    }
    return new byte[] {(byte) battery};
  }
}
