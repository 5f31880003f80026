package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.gatt.AttPermissions;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The simulated IMU "GattScope IMU": a vendor service notifying six int16 (accelerometer in mg,
 * gyroscope in 0.1 °/s) at a rate set through a writable uint16 in Hz, plus a 120-byte read-only
 * blob and a 200-byte writable one for long reads and writes. A second motion characteristic
 * notifies the same kind of samples followed by a uint16 sample counter (+1 per sample made,
 * wrapping at 65536), at the same rate, so a chart can take the device's own time base and count
 * samples the link lost.
 */
public final class MotionSensor {
  /** Its public address. */
  public static final BleAddress ADDRESS = BleAddress.parse("00:07:80:5E:01:03");

  /** The vendor motion service, advertised as its 128-bit UUID. */
  public static final UUID SERVICE = UUID.fromString("a5f10000-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** The motion characteristic: notifies six int16 little-endian, 12 bytes. */
  public static final UUID MOTION_UUID = UUID.fromString("a5f10001-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** The sample rate characteristic: a readable and writable uint16 in Hz. */
  public static final UUID RATE_UUID = UUID.fromString("a5f10002-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** The read-only 120-byte blob (bytes 0, 1, 2, ...), for long reads. */
  public static final UUID INFO_UUID = UUID.fromString("a5f10003-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** The writable blob of up to 200 bytes, for long writes. */
  public static final UUID NOTES_UUID = UUID.fromString("a5f10004-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** The motion characteristic whose samples end in a uint16 sample counter (notify). */
  public static final UUID COUNTED_MOTION_UUID =
      UUID.fromString("a5f10005-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  /** Value handle of the motion characteristic. */
  public static final int MOTION = 0x0008;

  /** Handle of the motion characteristic's CCCD. */
  public static final int MOTION_CCCD = 0x0009;

  /** Handle of the motion characteristic's user description (0x2901). */
  public static final int MOTION_USER_DESCRIPTION = 0x000A;

  /** Handle of the motion characteristic's presentation format (0x2904: sint16). */
  public static final int MOTION_FORMAT = 0x000B;

  /** Value handle of the sample rate characteristic. */
  public static final int SAMPLE_RATE = 0x000D;

  /** Handle of the sample rate's user description (0x2901). */
  public static final int SAMPLE_RATE_USER_DESCRIPTION = 0x000E;

  /** Handle of the sample rate's presentation format (0x2904: uint16, hertz). */
  public static final int SAMPLE_RATE_FORMAT = 0x000F;

  /** Value handle of the read-only 120-byte blob. */
  public static final int INFO_BLOB = 0x0011;

  /** Value handle of the writable 200-byte blob. */
  public static final int NOTES_BLOB = 0x0013;

  /** Value handle of the motion characteristic with a sample counter. */
  public static final int COUNTED_MOTION = 0x0015;

  /** Handle of the counted motion characteristic's CCCD. */
  public static final int COUNTED_MOTION_CCCD = 0x0016;

  /** Bytes of a counted motion sample: six int16 and the uint16 counter. */
  public static final int COUNTED_MOTION_LENGTH = 14;

  /** The rate the motion characteristic starts with. */
  public static final int DEFAULT_RATE_HZ = 200;

  private final Motion plain;
  private final Motion counted;
  private volatile int rateHz = DEFAULT_RATE_HZ;

  private MotionSensor(long seed) {
    plain = new Motion(new SplittableRandom(seed));
    counted = new Motion(new SplittableRandom(seed ^ 0x5EED));
  }

  /**
   * Builds the peripheral; {@code seed} makes its motion repeatable.
   *
   * @param seed seeds the sensor noise: the same seed gives the same samples
   * @return a connectable peripheral at {@link #ADDRESS}, notifying at {@value #DEFAULT_RATE_HZ} Hz
   */
  public static SimPeripheral create(long seed) {
    return new MotionSensor(seed).build();
  }

  private SimPeripheral build() {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    StandardServices.genericAccess(b, "GattScope IMU", 0x0540);
    b.service(SERVICE);
    int motion = b.characteristic(MOTION_UUID, CharProps.NOTIFY, new byte[12]);
    b.cccd();
    b.userDescription("Motion: accel x,y,z (mg), gyro x,y,z (0.1 dps)");
    b.presentationFormat(0x0E, 0, 0x2713);
    int rw = CharProps.READ | CharProps.WRITE;
    b.characteristic(
        RATE_UUID,
        rw,
        AttPermissions.fromProperties(rw).withLength(2, 2),
        u16(DEFAULT_RATE_HZ),
        null,
        v -> rateHz = (v[0] & 0xFF) | (v[1] & 0xFF) << 8);
    b.userDescription("Sample rate (Hz)");
    b.presentationFormat(0x06, 0, 0x2722);
    byte[] info = new byte[120];
    for (int i = 0; i < info.length; i++) {
      info[i] = (byte) i;
    }
    b.characteristic(INFO_UUID, CharProps.READ, info);
    b.characteristic(
        NOTES_UUID,
        rw,
        AttPermissions.fromProperties(rw).withLength(0, 200),
        new byte[200],
        null,
        null);
    int countedMotion =
        b.characteristic(COUNTED_MOTION_UUID, CharProps.NOTIFY, new byte[COUNTED_MOTION_LENGTH]);
    b.cccd();
    b.userDescription(
        "Motion with sample counter: accel x,y,z (mg), gyro x,y,z (0.1 dps), counter");
    AttributeDatabase db = b.build();
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.PUBLIC,
            0,
            50,
            AdData.create().flags(0x06).service128(SERVICE).build(),
            AdData.create().name("GattScope IMU").build(),
            -48);
    List<ValueStream> streams =
        List.of(
            new GeneratedStream(db.get(motion).orElseThrow(), false, () -> rateHz, plain::next),
            new GeneratedStream(
                db.get(countedMotion).orElseThrow(), false, () -> rateHz, counted::nextCounted));
    return new SimPeripheral("imu", adv, db, streams, OptionalInt.empty());
  }

  /** One motion stream's state: its phase, noise and sample counter. */
  private final class Motion {
    private final SplittableRandom random;
    private double t;
    private int counter;

    Motion(SplittableRandom random) {
      this.random = random;
    }

    /** A slow wobble on top of gravity plus sensor noise. */
    synchronized byte[] next() {
      t += 1.0 / Math.max(1, rateHz);
      double w = 2 * Math.PI * 0.7;
      short ax = (short) (180 * Math.sin(w * t) + random.nextInt(-8, 9));
      short ay = (short) (120 * Math.cos(w * t * 0.6) + random.nextInt(-8, 9));
      short az = (short) (1000 + 60 * Math.sin(w * t * 1.3) + random.nextInt(-8, 9));
      short gx = (short) (450 * Math.cos(w * t) + random.nextInt(-20, 21));
      short gy = (short) (-300 * Math.sin(w * t * 0.6) + random.nextInt(-20, 21));
      short gz = (short) (80 * Math.sin(w * t * 0.2) + random.nextInt(-20, 21));
      byte[] out = new byte[12];
      short[] s = {ax, ay, az, gx, gy, gz};
      for (int i = 0; i < s.length; i++) {
        out[2 * i] = (byte) s[i];
        out[2 * i + 1] = (byte) (s[i] >>> 8);
      }
      return out;
    }

    /** The next sample followed by its uint16 counter. */
    synchronized byte[] nextCounted() {
      byte[] out = Arrays.copyOf(next(), COUNTED_MOTION_LENGTH);
      out[12] = (byte) counter;
      out[13] = (byte) (counter >>> 8);
      counter = (counter + 1) & 0xFFFF;
      return out;
    }
  }

  private static byte[] u16(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8)};
  }
}
