package io.gattscope.ble.sim.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AttError;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.SecureSensor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttServerTest {
  private final AttServer hrm = HeartRateMonitor.create(1).server().orElseThrow();
  private final AttServer imu = MotionSensor.create(1).server().orElseThrow();
  private final AttSession session = new AttSession();

  @Test
  void primaryServicesAreFoundWithTheirHandleRanges() throws Exception {
    List<AttributeDatabase.ServiceGroup> groups =
        hrm.readByGroupType(1, 0xFFFF, AttTypes.PRIMARY_SERVICE);
    assertThat(groups)
        .extracting(g -> Uuids.format(g.uuid()))
        .containsExactly("0x1800", "0x180D", "0x180F", "0x180A", "0x1801");
    assertThat(groups.get(1).start()).isEqualTo(HeartRateMonitor.HEART_RATE_SERVICE);
    assertThat(groups.get(1).end()).isEqualTo(groups.get(2).start() - 1);
    assertThat(groups.get(4).end()).isEqualTo(hrm.database().lastHandle());
  }

  @Test
  void groupSearchPastTheLastServiceAndUnsupportedTypesFail() {
    assertAttError(
        () -> hrm.readByGroupType(0x0100, 0xFFFF, AttTypes.PRIMARY_SERVICE),
        AttError.ATTRIBUTE_NOT_FOUND);
    assertAttError(
        () -> hrm.readByGroupType(1, 0xFFFF, Uuids.fromShort(0x2A37)),
        AttError.UNSUPPORTED_GROUP_TYPE);
    assertAttError(
        () -> hrm.readByGroupType(5, 4, AttTypes.PRIMARY_SERVICE), AttError.INVALID_HANDLE);
  }

  @Test
  void characteristicDeclarationsCarryPropertiesValueHandleAndUuid() throws Exception {
    var decls = hrm.readByType(session, 6, 13, AttTypes.CHARACTERISTIC);
    assertThat(decls).hasSize(3);
    byte[] first = decls.get(0).value();
    assertThat(first).containsExactly(0x10, 0x08, 0x00, 0x37, 0x2A);
    assertThat(decls.get(0).handle()).isEqualTo(HeartRateMonitor.HEART_RATE_MEASUREMENT - 1);
  }

  @Test
  void findInformationListsDescriptorsWith128BitTypes() throws Exception {
    var info = imu.findInformation(MotionSensor.MOTION + 1, MotionSensor.SAMPLE_RATE - 2);
    assertThat(info)
        .extracting(i -> Uuids.format(i.type()))
        .containsExactly("0x2902", "0x2901", "0x2904");
    var value = imu.findInformation(MotionSensor.MOTION, MotionSensor.MOTION);
    assertThat(value.get(0).type()).isEqualTo(MotionSensor.MOTION_UUID);
  }

  @Test
  void readBlobWalksALongValueAndRejectsAnOffsetPastTheEnd() throws Exception {
    byte[] first = imu.read(session, MotionSensor.INFO_BLOB);
    assertThat(first).hasSize(22);
    byte[] last = imu.readBlob(session, MotionSensor.INFO_BLOB, 110);
    assertThat(last).hasSize(10).startsWith((byte) 110);
    assertThat(imu.readBlob(session, MotionSensor.INFO_BLOB, 120)).isEmpty();
    assertAttError(
        () -> imu.readBlob(session, MotionSensor.INFO_BLOB, 121), AttError.INVALID_OFFSET);
  }

  @Test
  void writesAreCheckedForPermissionLengthAndHandle() throws Exception {
    assertAttError(
        () -> hrm.write(session, HeartRateMonitor.DEVICE_NAME, new byte[] {1}),
        AttError.WRITE_NOT_PERMITTED);
    assertAttError(
        () -> imu.write(session, MotionSensor.SAMPLE_RATE, new byte[] {1, 2, 3}),
        AttError.INVALID_ATTRIBUTE_VALUE_LENGTH);
    assertAttError(() -> imu.write(session, 0x0999, new byte[] {1}), AttError.INVALID_HANDLE);
    assertAttError(
        () -> hrm.read(session, HeartRateMonitor.HEART_RATE_MEASUREMENT),
        AttError.READ_NOT_PERMITTED);
    imu.write(session, MotionSensor.SAMPLE_RATE, new byte[] {(byte) 0xE8, 0x03});
    assertThat(imu.read(session, MotionSensor.SAMPLE_RATE)).containsExactly(0xE8, 0x03);
    assertThat(imu.database().get(MotionSensor.SAMPLE_RATE).orElseThrow().value())
        .containsExactly(0xE8, 0x03);
  }

  @Test
  void writeCommandIsDroppedWhenNotPermitted() {
    assertThat(hrm.writeCommand(session, HeartRateMonitor.DEVICE_NAME, new byte[] {1})).isFalse();
    assertThat(hrm.database().get(HeartRateMonitor.DEVICE_NAME).orElseThrow().value())
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("GattScope HRM");
  }

  @Test
  void secretNeedsAnAuthenticatedLink() throws Exception {
    AttServer secure = SecureSensor.create().server().orElseThrow();
    assertAttError(
        () -> secure.read(session, SecureSensor.SECRET), AttError.INSUFFICIENT_AUTHENTICATION);
    assertAttError(
        () -> secure.write(session, SecureSensor.SECRET, new byte[] {1}),
        AttError.INSUFFICIENT_AUTHENTICATION);
    session.setAuthenticated(true);
    assertThat(new String(secure.read(session, SecureSensor.SECRET), StandardCharsets.UTF_8))
        .isEqualTo(SecureSensor.SECRET_VALUE);
  }

  @Test
  void preparedWritesApplyOnlyOnCommitAndAllAtOnce() throws Exception {
    byte[] notes = new byte[200];
    Arrays.fill(notes, (byte) 0x5A);
    for (int off = 0; off < 200; off += 18) {
      imu.prepareWrite(
          session,
          MotionSensor.NOTES_BLOB,
          off,
          Arrays.copyOfRange(notes, off, Math.min(200, off + 18)));
    }
    assertThat(imu.readFull(session, MotionSensor.NOTES_BLOB)).containsOnly(0);
    imu.executeWrite(session, true);
    assertThat(imu.readFull(session, MotionSensor.NOTES_BLOB)).isEqualTo(notes);

    imu.prepareWrite(session, MotionSensor.NOTES_BLOB, 0, new byte[] {1});
    imu.executeWrite(session, false);
    assertThat(imu.readFull(session, MotionSensor.NOTES_BLOB)).isEqualTo(notes);

    imu.prepareWrite(session, MotionSensor.NOTES_BLOB, 195, new byte[10]);
    assertAttError(() -> imu.executeWrite(session, true), AttError.INVALID_ATTRIBUTE_VALUE_LENGTH);
    assertThat(imu.readFull(session, MotionSensor.NOTES_BLOB)).isEqualTo(notes);
    assertThat(session.queuedWrites()).isZero();
  }

  @Test
  void cccdIsPerConnectionAndGatesNotifications() throws Exception {
    AttSession other = new AttSession();
    int value = HeartRateMonitor.HEART_RATE_MEASUREMENT;
    assertThat(hrm.notifying(session, value)).isFalse();
    hrm.write(session, HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD, new byte[] {1, 0});
    assertThat(hrm.notifying(session, value)).isTrue();
    assertThat(hrm.indicating(session, value)).isFalse();
    assertThat(hrm.notifying(other, value)).isFalse();
    assertThat(hrm.read(other, HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD)).containsExactly(0, 0);
    assertAttError(
        () -> hrm.write(session, HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD, new byte[] {1}),
        AttError.INVALID_ATTRIBUTE_VALUE_LENGTH);
    hrm.write(session, HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD, new byte[] {0, 0});
    assertThat(hrm.notifying(session, value)).isFalse();
  }

  private static void assertAttError(ThrowingCall call, int code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            AttErrorException.class, e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }
}
