package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.sim.world.AdData;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each filter condition passes the devices it names and no others. */
class ScanFilterTest {
  private static final BleAddress A = BleAddress.parse("00:07:80:5E:01:01");
  private static final BleAddress B = BleAddress.parse("C6:5E:01:00:00:05");
  private static final UUID CUSTOM = UUID.fromString("c0de0000-7e57-4a11-b0b0-5ec0de000000");

  private static ScanResult result(BleAddress a, int rssi, byte[] adv, byte[] response) {
    return new ScanResult(a, AddressType.PUBLIC, rssi, true, adv, response, 1, 0);
  }

  private final ScanResult hrm =
      result(
          A,
          -55,
          AdData.create().flags(0x06).services16(0x180D, 0x180F).build(),
          AdData.create().name("GattScope HRM").build());
  private final ScanResult secure =
      result(
          B,
          -80,
          AdData.create().name("GattScope Secure").manufacturer(0x0059, new byte[] {1}).build(),
          AdData.create().service128(CUSTOM).build());
  private final ScanResult nameless =
      result(BleAddress.parse("00:00:00:00:00:09"), -40, new byte[0], new byte[0]);

  @Test
  void namesMatchExactlyByPartIgnoringCaseOrByPattern() {
    assertThat(ScanFilter.nameEquals("GattScope HRM").test(hrm)).isTrue();
    assertThat(ScanFilter.nameEquals("GattScope").test(hrm)).isFalse();
    assertThat(ScanFilter.nameContains("hrm").test(hrm)).isTrue();
    assertThat(ScanFilter.nameContains("hrm").test(secure)).isFalse();
    assertThat(ScanFilter.nameMatches("GattScope (HRM|Secure)").test(secure)).isTrue();
    assertThat(ScanFilter.nameMatches("Secure").test(secure)).isFalse(); // whole name
    assertThat(ScanFilter.nameContains("x").test(nameless)).isFalse();
  }

  @Test
  void serviceUuidsAreFoundInEitherPayloadIn16And128BitLists() {
    assertThat(ScanFilter.service(Uuids.fromShort(0x180F)).test(hrm)).isTrue();
    assertThat(ScanFilter.service(CUSTOM).test(secure)).isTrue();
    assertThat(ScanFilter.service(CUSTOM).test(hrm)).isFalse();
    assertThat(ScanFilter.service(Uuids.fromShort(0x1809)).test(hrm)).isFalse();
  }

  @Test
  void addressManufacturerAndRssiSelect() {
    assertThat(ScanFilter.address(A).test(hrm)).isTrue();
    assertThat(ScanFilter.address(A).test(secure)).isFalse();
    assertThat(ScanFilter.manufacturer(0x0059).test(secure)).isTrue();
    assertThat(ScanFilter.manufacturer(0x004C).test(secure)).isFalse();
    assertThat(ScanFilter.minRssi(-60).test(hrm)).isTrue();
    assertThat(ScanFilter.minRssi(-60).test(secure)).isFalse();
  }

  @Test
  void andNeedsBothAndDescribesBoth() {
    ScanFilter f = ScanFilter.nameContains("gattscope").and(ScanFilter.minRssi(-60));
    assertThat(f.test(hrm)).isTrue();
    assertThat(f.test(secure)).isFalse();
    assertThat(f).hasToString("name contains 'gattscope' and RSSI >= -60 dBm");
    assertThat(ScanFilter.any().test(nameless)).isTrue();
  }

  @Test
  void malformedPayloadsDoNotThrow() {
    ScanResult broken = result(A, -50, new byte[] {5, 0x03, 0x0D}, new byte[] {2, (byte) 0xFF});
    assertThat(ScanFilter.service(Uuids.fromShort(0x180D)).test(broken)).isFalse();
    assertThat(ScanFilter.manufacturer(0).test(broken)).isFalse();
  }

  @Test
  void badArgumentsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> ScanFilter.nameMatches("("))
        .hasMessageContaining("not a regular expression");
    assertThatThrownBy(() -> ScanFilter.nameEquals("")).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> ScanFilter.manufacturer(0x10000)).hasMessageContaining("16 bits");
    assertThatThrownBy(() -> ScanFilter.minRssi(-128)).hasMessageContaining("-127 .. 20");
  }
}
