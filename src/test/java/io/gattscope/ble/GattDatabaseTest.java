package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GattDatabaseTest {
  private static final UUID SVC_A = Uuids.parse("0000aaaa-0000-1000-8000-00805f9b34fb");
  private static final UUID SVC_B = Uuids.fromShort(0xBBBB);
  private static final UUID SHARED = Uuids.fromShort(0x2A19);

  private final GattDatabase db =
      new GattDatabase(
          List.of(
              new GattService(
                  SVC_A,
                  1,
                  5,
                  List.of(
                      new GattCharacteristic(
                          SHARED,
                          SVC_A,
                          2,
                          3,
                          0x12,
                          List.of(new GattDescriptor(GattDescriptor.CCCD, 4))))),
              new GattService(
                  SVC_B,
                  6,
                  9,
                  List.of(
                      new GattCharacteristic(SHARED, SVC_B, 7, 8, 0x02, List.of()),
                      new GattCharacteristic(
                          Uuids.fromShort(0x2A00), SVC_B, 9, 10, 0x02, List.of())))));

  @Test
  void ambiguousBareUuidNamesEveryCandidate() {
    assertThatThrownBy(() -> db.resolve(CharacteristicRef.uuid(SHARED)))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("ambiguous")
        .hasMessageContaining("0xAAAA")
        .hasMessageContaining("0xBBBB")
        .hasMessageContaining("0x0003")
        .hasMessageContaining("0x0008");
  }

  @Test
  void serviceQualifiedAndHandleReferencesPickOne() {
    assertThat(db.resolve(CharacteristicRef.of(SVC_B, SHARED)).valueHandle()).isEqualTo(8);
    assertThat(db.resolve(CharacteristicRef.parse("bbbb/2a19")).valueHandle()).isEqualTo(8);
    assertThat(db.resolve(CharacteristicRef.parse("0x0003")).serviceUuid()).isEqualTo(SVC_A);
    assertThat(db.resolve(CharacteristicRef.parse("2a00")).valueHandle()).isEqualTo(10);
    assertThat(db.resolve(CharacteristicRef.of(SVC_A, SHARED)).cccd())
        .hasValue(new GattDescriptor(GattDescriptor.CCCD, 4));
  }

  @Test
  void unknownReferenceSaysSo() {
    assertThatThrownBy(() -> db.resolve(CharacteristicRef.parse("2a37")))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("no characteristic 0x2A37");
    assertThatThrownBy(() -> CharacteristicRef.parse("0x10000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CharacteristicRef.handle(0)).hasMessageContaining("out of range");
  }

  @Test
  void propertiesDecode() {
    GattCharacteristic c = db.resolve(CharacteristicRef.handle(3));
    assertThat(c.propertySet())
        .containsExactlyInAnyOrder(CharacteristicProperty.READ, CharacteristicProperty.NOTIFY);
    assertThat(c.has(CharacteristicProperty.WRITE)).isFalse();
  }
}
