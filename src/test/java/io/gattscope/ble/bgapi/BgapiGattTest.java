package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattDescriptor;
import io.gattscope.ble.GattException;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.Thermometer;
import io.gattscope.ble.sim.world.TwinServices;
import io.gattscope.testsupport.Waits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery, reads, writes and subscriptions through the BGAPI backend against the simulator. */
class BgapiGattTest {
  private static SimFixture f;

  @BeforeAll
  static void start() {
    f = new SimFixture(SimulatorConfig.defaults().withMaxConnections(8), BgapiOptions.defaults());
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void discoveryBuildsTheWholeTreeWithRealHandles() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    GattDatabase db = hrm.discover();
    assertThat(db.services())
        .extracting(s -> Uuids.format(s.uuid()))
        .contains("0x1800", "0x180D", "0x180F", "0x180A");
    GattCharacteristic hr = db.resolve(CharacteristicRef.parse("2a37"));
    assertThat(hr.valueHandle()).isEqualTo(HeartRateMonitor.HEART_RATE_MEASUREMENT);
    assertThat(hr.cccd())
        .hasValue(
            new GattDescriptor(GattDescriptor.CCCD, HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD));
    assertThat(db.resolve(CharacteristicRef.parse("2a19")).valueHandle())
        .isEqualTo(HeartRateMonitor.BATTERY_LEVEL);
  }

  @Test
  void readsByUuidAndByHandle() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    String name = new String(hrm.read(CharacteristicRef.parse("2a00")), StandardCharsets.UTF_8);
    assertThat(name).isNotBlank();
    assertThat(hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME)))
        .isEqualTo(name.getBytes(StandardCharsets.UTF_8));
    assertThat(hrm.read(CharacteristicRef.parse("2a38"))).hasSize(1);
  }

  @Test
  void writingAReadOnlyCharacteristicFailsWithTheAttCode() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    hrm.discover();
    assertThatThrownBy(() -> hrm.write(CharacteristicRef.parse("2a38"), new byte[] {1}))
        .isInstanceOf(GattException.class)
        .hasMessageContaining("Write Not Permitted")
        .satisfies(e -> assertThat(((GattException) e).attErrorCode()).isEqualTo(0x03));
  }

  @Test
  void anUndiscoveredHandleIsAnsweredWithInvalidHandle() {
    BleDevice imu = f.connect(MotionSensor.ADDRESS);
    assertThatThrownBy(() -> imu.read(CharacteristicRef.handle(0x0700)))
        .isInstanceOf(GattException.class)
        .satisfies(e -> assertThat(((GattException) e).attErrorCode()).isEqualTo(0x01));
  }

  @Test
  void badValuesAndHandlesAreRefusedBeforeAnythingIsSent() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    hrm.discover();
    assertThatThrownBy(
            () ->
                hrm.writeHandleAsync(
                    HeartRateMonitor.HEART_RATE_CONTROL_POINT, new byte[0], WriteType.REQUEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                hrm.writeHandleAsync(
                    HeartRateMonitor.HEART_RATE_CONTROL_POINT, new byte[21], WriteType.COMMAND))
        .hasMessageContaining("MTU 23 allows 20 bytes");
    assertThatThrownBy(
            () ->
                hrm.writeLongHandleAsync(HeartRateMonitor.HEART_RATE_CONTROL_POINT, new byte[513]))
        .hasMessageContaining("512 bytes at most");
    assertThatThrownBy(() -> hrm.readHandleAsync(0xF000))
        .hasMessageContaining("beyond the last handle");
    assertThatThrownBy(() -> hrm.readHandleAsync(0)).hasMessageContaining("out of range");
  }

  @Test
  void ambiguousUuidsNameEveryCandidateAndServiceQualifiedOnesWork() {
    BleDevice twin = f.connect(TwinServices.ADDRESS);
    GattDatabase db = twin.discover();
    GattCharacteristic left = db.resolve(CharacteristicRef.handle(TwinServices.LEFT_SIDE));
    assertThatThrownBy(() -> twin.read(CharacteristicRef.uuid(left.uuid())))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("ambiguous")
        .hasMessageContaining(String.format("0x%04X", TwinServices.LEFT_SIDE))
        .hasMessageContaining(String.format("0x%04X", TwinServices.RIGHT_SIDE));
    byte[] l = twin.read(CharacteristicRef.of(left.serviceUuid(), left.uuid()));
    byte[] r = twin.read(CharacteristicRef.handle(TwinServices.RIGHT_SIDE));
    assertThat(l).isNotEqualTo(r);
  }

  @Test
  void longReadsAndReliableLongWritesRoundTrip() {
    BleDevice imu = f.connect(MotionSensor.ADDRESS);
    imu.discover();
    assertThat(imu.readLong(CharacteristicRef.handle(MotionSensor.INFO_BLOB))).hasSize(120);
    byte[] notes = new byte[200];
    for (int i = 0; i < notes.length; i++) {
      notes[i] = (byte) (i * 7);
    }
    imu.writeLong(CharacteristicRef.handle(MotionSensor.NOTES_BLOB), notes);
    assertThat(imu.readLong(CharacteristicRef.handle(MotionSensor.NOTES_BLOB))).isEqualTo(notes);
    // a plain write request longer than MTU - 3 goes out as prepare/execute writes too
    byte[] more = new byte[notes.length];
    Arrays.fill(more, (byte) 0x5A);
    imu.write(CharacteristicRef.handle(MotionSensor.NOTES_BLOB), more);
    assertThat(imu.readLong(CharacteristicRef.handle(MotionSensor.NOTES_BLOB))).isEqualTo(more);
  }

  @Test
  void notificationsArriveInOrderOnlyWhileSubscribed() throws Exception {
    BleDevice imu = f.connect(MotionSensor.ADDRESS);
    imu.discover();
    imu.write(CharacteristicRef.handle(MotionSensor.SAMPLE_RATE), new byte[] {(byte) 0xE8, 0x03});
    List<Long> stamps = new CopyOnWriteArrayList<>();
    List<byte[]> values = new CopyOnWriteArrayList<>();
    Subscription s =
        imu.subscribe(
            CharacteristicRef.handle(MotionSensor.MOTION),
            (h, v, t) -> {
              stamps.add(t);
              values.add(v);
            });
    Waits.waitFor(() -> values.size() >= 200);
    s.close();
    assertThat(values).allSatisfy(v -> assertThat(v).hasSize(12));
    assertThat(stamps).isSorted();
    assertThat(s.delivered()).isGreaterThanOrEqualTo(200);
    // The signal: a second subscription on the same connection. Callbacks of one connection run in
    // order on one lane, so once it has a value every callback queued for the first one has run,
    // and each further value is one the first listener would have had, had it stayed subscribed.
    List<byte[]> second = new CopyOnWriteArrayList<>();
    try (Subscription again =
        imu.subscribe(CharacteristicRef.handle(MotionSensor.MOTION), (h, v, t) -> second.add(v))) {
      Waits.waitFor(() -> !second.isEmpty());
      int settled = values.size();
      Waits.waitFor(() -> second.size() >= 100);
      assertThat(values).as("nothing after unsubscribe").hasSize(settled);
    }
  }

  @Test
  void indicationsAreConfirmedSoTheNextOneComes() {
    BleDevice thermo = f.connect(Thermometer.ADDRESS);
    thermo.discover();
    List<byte[]> got = new CopyOnWriteArrayList<>();
    try (Subscription s =
        thermo.subscribe(
            CharacteristicRef.handle(Thermometer.TEMPERATURE_MEASUREMENT),
            SubscriptionType.INDICATE,
            (h, v, t) -> got.add(v))) {
      Waits.waitFor(() -> got.size() >= 2);
      assertThat(s.type()).isEqualTo(SubscriptionType.INDICATE);
    }
  }

  @Test
  void subscribingToSomethingThatCannotNotifySaysWhy() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    hrm.discover();
    assertThatThrownBy(() -> hrm.subscribe(CharacteristicRef.parse("2a38"), (h, v, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot notify");
  }

  @Test
  void rssiIsRead() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    assertThat(hrm.rssi()).isBetween(-127, 20);
  }
}
