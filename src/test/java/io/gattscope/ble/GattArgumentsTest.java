package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the shared argument policy, one message each. */
class GattArgumentsTest {
  @Test
  void writeRulesDependOnTypeAndMtu() {
    assertThat(GattArguments.writeProblem(0, WriteType.REQUEST, 23))
        .isEqualTo("nothing to write: the value is empty");
    assertThat(GattArguments.writeProblem(20, WriteType.COMMAND, 23)).isEmpty();
    assertThat(GattArguments.writeProblem(21, WriteType.COMMAND, 23))
        .isEqualTo("21 bytes do not fit a write without response: MTU 23 allows 20 bytes");
    assertThat(GattArguments.writeProblem(182, WriteType.COMMAND, 185)).isEmpty();
    assertThat(GattArguments.writeProblem(512, WriteType.REQUEST, 23)).isEmpty();
    assertThat(GattArguments.writeProblem(513, WriteType.REQUEST, 517))
        .isEqualTo("513 bytes do not fit an attribute value: 512 bytes at most");
    assertThat(GattArguments.needsLongWrite(21, WriteType.REQUEST, 23)).isTrue();
    assertThat(GattArguments.needsLongWrite(20, WriteType.REQUEST, 23)).isFalse();
    assertThat(GattArguments.needsLongWrite(21, WriteType.COMMAND, 23)).isFalse();
  }

  @Test
  void aReadThatFillsTheResponseContinuesWithReadBlob() {
    assertThat(GattArguments.mayContinue(22, 23)).isTrue();
    assertThat(GattArguments.mayContinue(21, 23)).isFalse();
    assertThat(GattArguments.mayContinue(184, 185)).isTrue();
  }

  @Test
  void propertyChecksNameTheCharacteristicAndWhatItCan() {
    GattCharacteristic notifyOnly =
        new GattCharacteristic(
            Uuids.fromShort(0x2A37), Uuids.fromShort(0x180D), 0x0007, 0x0008, 0x10, List.of());
    assertThat(GattArguments.propertyProblem(notifyOnly, CharacteristicProperty.NOTIFY)).isEmpty();
    assertThat(GattArguments.propertyProblem(notifyOnly, CharacteristicProperty.READ))
        .isEqualTo(
            "characteristic 0x2A37 at handle 0x0008 cannot be read: its properties are [NOTIFY]");
    assertThat(GattArguments.property(WriteType.COMMAND))
        .isEqualTo(CharacteristicProperty.WRITE_WITHOUT_RESPONSE);
    assertThat(GattArguments.property(SubscriptionType.INDICATE))
        .isEqualTo(CharacteristicProperty.INDICATE);
  }

  @Test
  void offsetMtuAndTableRules() {
    assertThatThrownBy(() -> GattArguments.requireFitsAt(-1, 1))
        .hasMessage("offset must lie in 0 .. 512, got -1");
    assertThatThrownBy(() -> GattArguments.requireFitsAt(500, 13))
        .hasMessage("13 bytes at offset 500 do not fit an attribute value: 512 bytes at most");
    GattArguments.requireFitsAt(500, 12);
    assertThatThrownBy(() -> GattArguments.requireMtu(518))
        .hasMessage("an ATT MTU lies in 23 .. 517, got 518");
    GattArguments.requireMtu(23);
    GattArguments.requireMtu(517);
    GattDatabase table =
        new GattDatabase(
            List.of(new GattService(Uuids.fromShort(0x1800), 0x0001, 0x0005, List.of())));
    GattArguments.requireInTable(0x0005, table, "AA:BB:CC:DD:EE:FF");
    GattArguments.requireInTable(0x0100, null, "AA:BB:CC:DD:EE:FF");
    assertThatThrownBy(() -> GattArguments.requireInTable(0x0006, table, "AA:BB:CC:DD:EE:FF"))
        .hasMessage("handle 0x0006 is beyond the last handle 0x0005 of AA:BB:CC:DD:EE:FF");
  }

  @Test
  void writeTypeChecksUseThePropertyMessage() {
    GattCharacteristic writeOnly =
        new GattCharacteristic(
            Uuids.fromShort(0x2A00), Uuids.fromShort(0x1800), 0x0002, 0x0003, 0x08, List.of());
    assertThat(GattArguments.writable(writeOnly)).isTrue();
    assertThat(GattArguments.writeTypeProblem(writeOnly, WriteType.REQUEST)).isEmpty();
    assertThat(GattArguments.writeTypeProblem(writeOnly, WriteType.COMMAND))
        .isEqualTo(
            "characteristic 0x2A00 at handle 0x0003 cannot be written without response: its"
                + " properties are [WRITE]");
    GattCharacteristic readOnly =
        new GattCharacteristic(
            Uuids.fromShort(0x2A00), Uuids.fromShort(0x1800), 0x0002, 0x0003, 0x02, List.of());
    assertThat(GattArguments.writable(readOnly)).isFalse();
  }
}
