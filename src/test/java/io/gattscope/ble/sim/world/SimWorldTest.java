package io.gattscope.ble.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.gatt.AttSession;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimWorldTest {
  private final SimWorld world = SimWorld.standard(7);

  @Test
  void theStandardWorldHasMoreThanThirtyDistinctAdvertisers() {
    Set<BleAddress> addresses = new HashSet<>();
    world.peripherals().forEach(p -> addresses.add(p.address()));
    assertThat(addresses).hasSameSizeAs(world.peripherals()).hasSizeGreaterThan(30);
  }

  @Test
  void aDeviceFoundBeforeTheListIsTheOneTheListHolds() {
    SimWorld fresh = SimWorld.standard(7);
    SimPeripheral hrm = fresh.find(HeartRateMonitor.ADDRESS).orElseThrow();
    SimPeripheral uart = fresh.find(UartDevice.ADDRESS).orElseThrow();
    SimPeripheral lastBeacon = world.peripherals().get(world.peripherals().size() - 1);
    SimPeripheral beacon = fresh.find(lastBeacon.address()).orElseThrow();
    assertThat(beacon.name()).isEqualTo(lastBeacon.name());
    assertThat(fresh.peripherals().get(0)).isSameAs(hrm);
    assertThat(fresh.peripherals()).contains(uart, beacon);
    assertThat(fresh.peripherals().stream().map(SimPeripheral::name).toList())
        .startsWith("hrm", "thermo", "imu", "twin", "secure", "uart")
        .isEqualTo(world.peripherals().stream().map(SimPeripheral::name).toList());
    assertThat(fresh.find(BleAddress.parse("00:00:00:00:00:01"))).isEmpty();
  }

  @Test
  void publishedHandlesMatchTheDatabases() {
    AttributeDatabase hrm = world.find(HeartRateMonitor.ADDRESS).orElseThrow().database();
    assertThat(hrm.valueHandlesOf(Uuids.fromShort(0x2A37)))
        .containsExactly(HeartRateMonitor.HEART_RATE_MEASUREMENT);
    assertThat(hrm.cccdOf(HeartRateMonitor.HEART_RATE_MEASUREMENT))
        .contains(HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD);
    assertThat(hrm.valueHandlesOf(Uuids.fromShort(0x2A19)))
        .containsExactly(HeartRateMonitor.BATTERY_LEVEL);
    assertThat(hrm.valueHandlesOf(Uuids.fromShort(0x2A39)))
        .containsExactly(HeartRateMonitor.HEART_RATE_CONTROL_POINT);
    AttributeDatabase thermo = world.byName("thermo").orElseThrow().database();
    assertThat(thermo.valueHandlesOf(Uuids.fromShort(0x2A1C)))
        .containsExactly(Thermometer.TEMPERATURE_MEASUREMENT);
    assertThat(thermo.cccdOf(Thermometer.PRESSURE)).contains(Thermometer.PRESSURE_CCCD);
    AttributeDatabase imu = world.byName("imu").orElseThrow().database();
    assertThat(imu.valueHandlesOf(MotionSensor.RATE_UUID))
        .containsExactly(MotionSensor.SAMPLE_RATE);
    assertThat(imu.valueHandlesOf(MotionSensor.NOTES_UUID))
        .containsExactly(MotionSensor.NOTES_BLOB);
    assertThat(imu.valueHandlesOf(MotionSensor.COUNTED_MOTION_UUID))
        .containsExactly(MotionSensor.COUNTED_MOTION);
    assertThat(imu.cccdOf(MotionSensor.COUNTED_MOTION)).contains(MotionSensor.COUNTED_MOTION_CCCD);
    AttributeDatabase twin = world.byName("twin").orElseThrow().database();
    assertThat(twin.valueHandlesOf(TwinServices.SIDE_UUID))
        .containsExactly(TwinServices.LEFT_SIDE, TwinServices.RIGHT_SIDE);
    AttributeDatabase secure = world.find(SecureSensor.ADDRESS).orElseThrow().database();
    assertThat(secure.valueHandlesOf(SecureSensor.SECRET_UUID))
        .containsExactly(SecureSensor.SECRET);
  }

  @Test
  void secureUsesARandomStaticAddressAndAPasskey() {
    SimPeripheral secure = world.byName("secure").orElseThrow();
    assertThat(secure.addressType()).isEqualTo(AddressType.RANDOM);
    assertThat(secure.address().value() >>> 46).isEqualTo(3);
    assertThat(secure.passkey()).hasValue(123456);
  }

  @Test
  void heartRateMeasurementsStayPlausible() {
    ValueStream s = world.byName("hrm").orElseThrow().stream(0x0008).orElseThrow();
    for (int i = 0; i < 500; i++) {
      byte[] v = s.next();
      int flags = v[0];
      int bpm = (flags & 1) == 0 ? v[1] & 0xFF : (v[1] & 0xFF) | (v[2] & 0xFF) << 8;
      assertThat(bpm).isBetween(60, 180);
      assertThat(flags & 0x10).as("RR intervals present").isNotZero();
    }
    assertThat(s.rateHz()).isEqualTo(1.0);
  }

  @Test
  void imuRateFollowsTheWrittenSampleRate() throws Exception {
    SimPeripheral imu = world.byName("imu").orElseThrow();
    ValueStream motion = imu.stream(MotionSensor.MOTION).orElseThrow();
    assertThat(motion.rateHz()).isEqualTo(200);
    var server = imu.server().orElseThrow();
    server.write(new AttSession(), MotionSensor.SAMPLE_RATE, new byte[] {0x50, (byte) 0xC3});
    assertThat(motion.rateHz()).isEqualTo(50_000);
    byte[] sample = motion.next();
    short az = (short) ((sample[4] & 0xFF) | sample[5] << 8);
    assertThat(az).as("z acceleration around 1 g in mg").isBetween((short) 900, (short) 1100);
  }

  @Test
  void theCountedMotionCarriesAWrappingSampleCounterAtTheSameRate() throws Exception {
    SimPeripheral imu = world.byName("imu").orElseThrow();
    ValueStream counted = imu.stream(MotionSensor.COUNTED_MOTION).orElseThrow();
    var server = imu.server().orElseThrow();
    server.write(new AttSession(), MotionSensor.SAMPLE_RATE, new byte[] {(byte) 0xD0, 0x07});
    assertThat(counted.rateHz()).isEqualTo(2_000);
    for (int k = 0; k < 70_000; k++) {
      byte[] sample = counted.next();
      assertThat(sample).hasSize(MotionSensor.COUNTED_MOTION_LENGTH);
      int counter = (sample[12] & 0xFF) | (sample[13] & 0xFF) << 8;
      assertThat(counter).isEqualTo(k % 65_536);
      if (k < 3) {
        short az = (short) ((sample[4] & 0xFF) | sample[5] << 8);
        assertThat(az).as("z acceleration around 1 g in mg").isBetween((short) 900, (short) 1100);
      }
    }
    // the plain motion characteristic keeps its 12 bytes
    assertThat(imu.stream(MotionSensor.MOTION).orElseThrow().next()).hasSize(12);
  }

  @Test
  void twinCharacteristicsShareAUuidButNotAValue() throws Exception {
    var server = world.byName("twin").orElseThrow().server().orElseThrow();
    AttSession s = new AttSession();
    assertThat(new String(server.read(s, TwinServices.LEFT_SIDE))).isEqualTo("left");
    assertThat(new String(server.read(s, TwinServices.RIGHT_SIDE))).isEqualTo("right");
  }

  @Test
  void thermometerMeasurementIsAnIeee11073Float() {
    byte[] v = world.byName("thermo").orElseThrow().stream(0x0012).orElseThrow().next();
    int mantissa = (v[1] & 0xFF) | (v[2] & 0xFF) << 8 | v[3] << 16;
    double celsius = mantissa * Math.pow(10, v[4]);
    assertThat(celsius).isBetween(35.5, 39.5);
    assertThat(List.of(v[0])).containsExactly((byte) 0);
  }
}
