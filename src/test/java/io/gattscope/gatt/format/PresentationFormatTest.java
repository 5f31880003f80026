package io.gattscope.gatt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PresentationFormatTest {
  private static byte[] b(int... v) {
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) v[i];
    }
    return out;
  }

  // sint16 (0x0E), exponent -2, unit 0x272F (°C), namespace 1, description 0x0001 (first)
  private static final byte[] CELSIUS = b(0x0E, 0xFE, 0x2F, 0x27, 0x01, 0x01, 0x00);

  @Test
  void parsesTheSevenBytes() {
    PresentationFormat pf = PresentationFormat.parse(CELSIUS);
    assertThat(pf.type()).contains(GattFormatType.SINT16);
    assertThat(pf.exponent()).isEqualTo(-2);
    assertThat(pf.unitUuid()).isEqualTo(0x272F);
    assertThat(pf.unit().orElseThrow().name()).isEqualTo("Celsius temperature (degree Celsius)");
    assertThat(pf.unitSymbol()).isEqualTo("°C");
    assertThat(pf.describe()).isEqualTo("sint16 ×10^-2 °C, Bluetooth SIG: first");
    assertThat(pf.toBytes()).isEqualTo(CELSIUS);
  }

  @Test
  void showsAndEditsScaledValues() {
    PresentationFormat pf = PresentationFormat.parse(CELSIUS);
    // 2345 = 0x0929 little endian
    assertThat(pf.format(b(0x29, 0x09))).isEqualTo("23.45 °C");
    assertThat(pf.format(b(0xF6, 0xFF))).isEqualTo("-0.10 °C");
    assertThat(pf.toDouble(b(0x29, 0x09))).isEqualTo(OptionalDouble.of(23.45));
    assertThat(pf.parse("23.45 °C")).containsExactly(0x29, 0x09);
    assertThat(pf.parse("-0.1")).containsExactly(0xF6, 0xFF);
    assertThatThrownBy(() -> pf.parse("23.456 °C"))
        .isInstanceOf(ValueFormatException.class)
        .hasMessage("23.456 has more decimals than this value stores (steps of 0.01)");
    assertThatThrownBy(() -> pf.parse("400"))
        .hasMessage("value 400 is out of range for sint16 ×10^-2 (-327.68..327.67)");
    assertThatThrownBy(() -> pf.parse("warm")).hasMessage("'warm' is not a number");
    assertThatThrownBy(() -> pf.format(b(1, 2, 3))).hasMessage("sint16 needs 2 bytes, got 3");
  }

  @Test
  void positiveExponentAndOtherTypes() {
    // uint8, exponent 2, unit 0x2724 pascal
    PresentationFormat pa = PresentationFormat.parse(b(0x04, 0x02, 0x24, 0x27, 1, 0, 0));
    assertThat(pa.format(b(12))).isEqualTo("1200 Pa");
    assertThat(pa.parse("2500 Pa")).containsExactly(25);
    // uint8 percent
    PresentationFormat pct = PresentationFormat.parse(b(0x04, 0, 0xAD, 0x27, 1, 0, 0));
    assertThat(pct.format(b(87))).isEqualTo("87 %");
    // SFLOAT with bpm
    PresentationFormat bpm = PresentationFormat.parse(b(0x16, 0, 0xAF, 0x27, 1, 0, 0));
    assertThat(bpm.format(b(0x48, 0x00))).isEqualTo("72 bpm");
    assertThat(bpm.parse("72 bpm")).containsExactly(0x48, 0x00);
    // utf8s, unitless
    PresentationFormat text = PresentationFormat.parse(b(0x19, 0, 0x00, 0x27, 1, 0, 0));
    assertThat(text.format("hi".getBytes())).isEqualTo("hi");
    // float32 in volts ignores the exponent (it applies to integers only)
    PresentationFormat volts = PresentationFormat.parse(b(0x14, 0xFD, 0x28, 0x27, 1, 0, 0));
    assertThat(volts.format(b(0x00, 0x00, 0xC0, 0x3F))).isEqualTo("1.5 V");
    // sint12 uses only 12 bits
    PresentationFormat s12 = PresentationFormat.parse(b(0x0D, 0, 0x00, 0x27, 1, 0, 0));
    assertThat(s12.format(b(0xFF, 0x0F))).isEqualTo("-1");
    assertThat(s12.describe()).isEqualTo("sint12 unitless, Bluetooth SIG: unknown");
  }

  @Test
  void wrongLengthIsRejected() {
    assertThatThrownBy(() -> PresentationFormat.parse(b(1, 2, 3)))
        .isInstanceOf(ValueFormatException.class)
        .hasMessage("a Presentation Format descriptor has 7 bytes, got 3");
  }

  @Test
  void commonUnitsHaveSymbols() {
    assertThat(Units.symbol(0x272F)).isEqualTo("°C");
    assertThat(Units.symbol(0x27AD)).isEqualTo("%");
    assertThat(Units.symbol(0x2724)).isEqualTo("Pa");
    assertThat(Units.symbol(0x27AF)).isEqualTo("bpm");
    assertThat(Units.symbol(0x2728)).isEqualTo("V");
    assertThat(Units.symbol(0x2704)).isEqualTo("A");
    assertThat(Units.symbol(0x2701)).isEqualTo("m");
    assertThat(Units.symbol(0x2702)).isEqualTo("kg");
    assertThat(Units.symbol(0x2703)).isEqualTo("s");
    assertThat(Units.symbol(0x2712)).isEqualTo("m/s");
    assertThat(Units.symbol(0x2713)).isEqualTo("m/s²");
    assertThat(Units.symbol(0x2743)).isEqualTo("rad/s");
    assertThat(Units.count()).isGreaterThan(120);
  }

  @Property(tries = 300)
  void scaledIntegersRoundTrip(
      @ForAll short raw, @ForAll @IntRange(min = -6, max = 6) int exponent) {
    PresentationFormat pf = new PresentationFormat(0x0E, exponent, 0x272F, 1, 0);
    byte[] bytes = {(byte) raw, (byte) (raw >> 8)};
    assertThat(pf.parse(pf.format(bytes))).isEqualTo(bytes);
  }
}
