package io.gattscope.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.BluetoothNames;
import org.junit.jupiter.api.Test;

class SigKnowledgeTest {
  private final SigKnowledge k = new SigKnowledge(BluetoothNames.get());

  @Test
  void aPresentationFormatAppliesToEachElementOfAnArrayValue() {
    // 0x2904: sint16 (0x0E), exponent -2, unit 0x272F (degree Celsius), namespace 1, description 0
    byte[] pf = {0x0E, (byte) 0xFE, 0x2F, 0x27, 0x01, 0x00, 0x00};
    assertThat(k.formatPresentation(pf, new byte[] {(byte) 0x29, 0x09})).isEqualTo("23.45 °C");
    assertThat(k.formatPresentation(pf, new byte[] {0x29, 0x09, (byte) 0xD7, (byte) 0xF6}))
        .isEqualTo("23.45 °C, -23.45 °C");
    assertThat(k.formatPresentation(pf, new byte[] {0x01, 0x02, 0x03})).contains("sint16");
  }

  @Test
  void namesComeFromTheBluetoothNumbers() {
    assertThat(k.serviceName(Uuids.fromShort(0x180D))).contains("Heart Rate");
    assertThat(k.characteristicName(Uuids.fromShort(0x2A37))).contains("Heart Rate Measurement");
    assertThat(k.descriptorName(Uuids.fromShort(0x2902)))
        .contains("Client Characteristic Configuration");
  }

  @Test
  void advertisingStructuresKeepTheirRawBytesAndServicesAndCompanyAreListed() {
    byte[] ad = {2, 0x01, 0x06, 3, 0x03, 0x0D, 0x18, 5, (byte) 0xFF, 0x4C, 0x00, 1, 2};

    assertThat(k.advertising(ad)).hasSize(3);
    assertThat(k.advertising(ad).get(1).raw()).containsExactly(3, 0x03, 0x0D, 0x18);
    assertThat(k.advertisedServices(ad)).containsExactly("Heart Rate (0x180D)");
    assertThat(k.company(ad)).hasValueSatisfying(c -> assertThat(c).contains("Apple"));
  }

  @Test
  void formatsRoundTripAndBadInputSaysWhy() {
    assertThat(k.format("uint16 LE", k.parse("uint16 LE", "200"))).isEqualTo("200");
    assertThat(k.parse("hex", "0A 00")).containsExactly(10, 0);
    assertThatThrownBy(() -> k.parse("uint8", "300")).isInstanceOf(IllegalArgumentException.class);
    assertThat(k.format("uint16 LE", new byte[] {1, 2, 3})).startsWith("(");
  }

  @Test
  void sigCharacteristicsDecodeIntoFields() {
    assertThat(k.hasDecoder(Uuids.fromShort(0x2A37))).isTrue();
    assertThat(k.decode(Uuids.fromShort(0x2A37), new byte[] {0, 72}))
        .anySatisfy(f -> assertThat(f.value()).contains("72"));
  }

  @Test
  void presentationFormatScalesAndAddsTheUnit() {
    byte[] celsiusHundredths = {0x0E, (byte) 0xFE, 0x2F, 0x27, 1, 0, 0};
    assertThat(k.formatPresentation(celsiusHundredths, new byte[] {(byte) 0x29, 0x09}))
        .isEqualTo("23.45 °C");
  }
}
