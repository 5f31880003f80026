package io.gattscope.gatt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValueFormatTest {
  private static byte[] b(int... v) {
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) v[i];
    }
    return out;
  }

  @Test
  void hexOutputAndTolerantInput() {
    assertThat(ValueFormat.HEX.format(b(0x0A, 0x1B))).isEqualTo("0A 1B");
    assertThat(ValueFormat.HEX.format(new byte[0])).isEmpty();
    for (String s :
        new String[] {"0a1b", "0A 1B", "0x0A 0x1B", "0a:1b", "0A-1b", "0x0a1B", " 0A,1B "}) {
      assertThat(ValueFormat.HEX.parse(s)).as(s).containsExactly(0x0A, 0x1B);
    }
  }

  @Test
  void hexErrorsSayWhereAndWhy() {
    assertThatThrownBy(() -> ValueFormat.HEX.parse("0A 1g"))
        .isInstanceOf(ValueFormatException.class)
        .hasMessage("character 5 (byte 2): 'g' is not hex")
        .extracting(e -> ((ValueFormatException) e).position())
        .isEqualTo(4);
    assertThatThrownBy(() -> ValueFormat.HEX.parse("0A1"))
        .hasMessageContaining("odd number of hex digits");
    assertThatThrownBy(() -> ValueFormat.HEX.parse("A B"))
        .hasMessageContaining("character 1 (byte 1): 'A' is a lone hex digit");
  }

  @Test
  void integersInBothByteOrders() {
    assertThat(ValueFormat.UINT16_LE.format(b(0x34, 0x12))).isEqualTo("4660");
    assertThat(ValueFormat.UINT16_BE.format(b(0x34, 0x12))).isEqualTo("13330");
    assertThat(ValueFormat.SINT16_LE.format(b(0xFE, 0xFF))).isEqualTo("-2");
    assertThat(ValueFormat.SINT24_BE.format(b(0x80, 0x00, 0x00))).isEqualTo("-8388608");
    assertThat(ValueFormat.UINT24_LE.format(b(0x01, 0x02, 0x03))).isEqualTo("197121");
    assertThat(ValueFormat.UINT32_BE.format(b(0xFF, 0xFF, 0xFF, 0xFF))).isEqualTo("4294967295");
    assertThat(ValueFormat.UINT64_LE.format(b(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)))
        .isEqualTo("18446744073709551615");
    assertThat(ValueFormat.SINT64_BE.format(b(0x80, 0, 0, 0, 0, 0, 0, 0)))
        .isEqualTo("-9223372036854775808");
    assertThat(ValueFormat.UINT8.format(b(1, 2, 255))).isEqualTo("1, 2, 255");
    assertThat(ValueFormat.UINT16_LE.parse("4660")).containsExactly(0x34, 0x12);
    assertThat(ValueFormat.UINT16_BE.parse("0x1234")).containsExactly(0x12, 0x34);
    assertThat(ValueFormat.SINT8.parse("-1, 5 -128")).containsExactly(0xFF, 5, 0x80);
    assertThat(ValueFormat.UINT64_BE.parse("18446744073709551615"))
        .containsExactly(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
  }

  @Test
  void integerErrorsSayRangeAndPosition() {
    assertThatThrownBy(() -> ValueFormat.UINT8.parse("300"))
        .isInstanceOf(ValueFormatException.class)
        .hasMessage("value 300 is out of range for uint8 (0..255)");
    assertThatThrownBy(() -> ValueFormat.SINT16_LE.parse("1, -40000"))
        .hasMessage("value -40000 is out of range for sint16 LE (-32768..32767)")
        .extracting(e -> ((ValueFormatException) e).position())
        .isEqualTo(3);
    assertThatThrownBy(() -> ValueFormat.UINT8.parse("12 x4"))
        .hasMessage("character 4: 'x4' is not an integer");
    assertThatThrownBy(() -> ValueFormat.UINT16_LE.format(b(1, 2, 3)))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageContaining("3 bytes do not fit uint16 LE");
    assertThat(ValueFormat.UINT16_LE.canFormat(b(1, 2, 3))).isFalse();
  }

  @Test
  void ieee754Floats() {
    assertThat(ValueFormat.FLOAT32_LE.format(b(0x00, 0x00, 0xC0, 0x3F))).isEqualTo("1.5");
    assertThat(ValueFormat.FLOAT32_BE.parse("1.5")).containsExactly(0x3F, 0xC0, 0x00, 0x00);
    assertThat(ValueFormat.FLOAT64_LE.parse("-2")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0xC0);
    assertThat(ValueFormat.FLOAT32_LE.format(ValueFormat.FLOAT32_LE.parse("NaN"))).isEqualTo("NaN");
    assertThat(ValueFormat.FLOAT64_BE.format(ValueFormat.FLOAT64_BE.parse("-inf")))
        .isEqualTo("-Infinity");
    assertThatThrownBy(() -> ValueFormat.FLOAT32_LE.parse("1e39"))
        .hasMessage("value 1e39 is out of range for float32 LE");
    assertThatThrownBy(() -> ValueFormat.FLOAT32_LE.parse("1.2.3"))
        .hasMessage("character 1: '1.2.3' is not a number");
  }

  @Test
  void sfloatValuesAndSpecials() {
    // mantissa 234 = 0x0EA, exponent -1 = 0xF -> 0xF0EA little endian
    assertThat(ValueFormat.SFLOAT.format(b(0xEA, 0xF0))).isEqualTo("23.4");
    assertThat(ValueFormat.SFLOAT.parse("23.4")).containsExactly(0xEA, 0xF0);
    assertThat(ValueFormat.SFLOAT.parse("2.34")).containsExactly(0xEA, 0xE0);
    assertThat(ValueFormat.SFLOAT.format(b(0xFF, 0x07))).isEqualTo("NaN");
    assertThat(ValueFormat.SFLOAT.format(b(0x00, 0x08))).isEqualTo("NRes");
    assertThat(ValueFormat.SFLOAT.format(b(0xFE, 0x07))).isEqualTo("+INF");
    assertThat(ValueFormat.SFLOAT.format(b(0x02, 0x08))).isEqualTo("-INF");
    assertThat(ValueFormat.SFLOAT.format(b(0x01, 0x08))).isEqualTo("Reserved");
    assertThat(ValueFormat.SFLOAT.parse("NRes")).containsExactly(0x00, 0x08);
    assertThat(ValueFormat.SFLOAT.parse("-INF")).containsExactly(0x02, 0x08);
    // -1 mantissa (0xFFF), exponent 2 -> 0x2FFF -> -100
    assertThat(ValueFormat.SFLOAT.format(b(0xFF, 0x2F))).isEqualTo("-100");
    assertThat(ValueFormat.SFLOAT.parse("50000")).containsExactly(0x05, 0x40);
    assertThatThrownBy(() -> ValueFormat.SFLOAT.parse("12345"))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageContaining("cannot be stored exactly as SFLOAT (mantissa -2045..2045");
  }

  @Test
  void floatValuesAndSpecials() {
    // mantissa 365 (0x00016D), exponent -1 (0xFF): 36.5
    assertThat(ValueFormat.FLOAT.format(b(0x6D, 0x01, 0x00, 0xFF))).isEqualTo("36.5");
    assertThat(ValueFormat.FLOAT.parse("36.5")).containsExactly(0x6D, 0x01, 0x00, 0xFF);
    assertThat(ValueFormat.FLOAT.format(b(0xFF, 0xFF, 0x7F, 0x00))).isEqualTo("NaN");
    assertThat(ValueFormat.FLOAT.format(b(0x00, 0x00, 0x80, 0x00))).isEqualTo("NRes");
    assertThat(ValueFormat.FLOAT.format(b(0xFE, 0xFF, 0x7F, 0x00))).isEqualTo("+INF");
    assertThat(ValueFormat.FLOAT.format(b(0x02, 0x00, 0x80, 0x00))).isEqualTo("-INF");
  }

  @Test
  void textFormatsShowInvalidBytes() {
    assertThat(ValueFormat.UTF8.format("héllo".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("héllo");
    assertThat(ValueFormat.UTF8.format(b('a', 0xFF, 'b', 0xC3))).isEqualTo("a\\xFFb\\xC3");
    assertThat(ValueFormat.UTF8.parse("\ud83d\ude00")).containsExactly(0xF0, 0x9F, 0x98, 0x80);
    assertThat(ValueFormat.UTF8.format(b(0xF0, 0x9F, 0x98, 0x80))).isEqualTo("\ud83d\ude00");
    // an encoded surrogate (ED A0 80) is not valid UTF-8: each byte is shown
    assertThat(ValueFormat.UTF8.format(b(0xED, 0xA0, 0x80))).isEqualTo("\\xED\\xA0\\x80");
    assertThat(ValueFormat.UTF8.parse("a\\xFFb\\xC3")).containsExactly('a', 0xFF, 'b', 0xC3);
    assertThat(ValueFormat.UTF8.format(b('a', '\\', 0x0A))).isEqualTo("a\\\\\\x0A");
    assertThat(ValueFormat.ASCII.format(b('O', 'K', 0x00, 0xE9))).isEqualTo("OK\\x00\\xE9");
    assertThat(ValueFormat.ASCII.parse("OK\\n")).containsExactly('O', 'K', 0x0A);
    assertThatThrownBy(() -> ValueFormat.ASCII.parse("caf\u00e9"))
        .hasMessageContaining("character 4: 'é' is not ASCII");
    assertThatThrownBy(() -> ValueFormat.UTF8.parse("ab\\q"))
        .hasMessageContaining("character 3: unknown escape '\\q'");
    assertThatThrownBy(() -> ValueFormat.UTF8.parse("ab\\x4"))
        .hasMessageContaining("\\x must be followed by two hex digits");
  }

  @Test
  void booleanAndBits() {
    assertThat(ValueFormat.BOOLEAN.format(b(1))).isEqualTo("true");
    assertThat(ValueFormat.BOOLEAN.parse("off")).containsExactly(0);
    for (byte[] v : new byte[][] {b(0), b(1)}) {
      assertThat(ValueFormat.BOOLEAN.parse(ValueFormat.BOOLEAN.format(v))).isEqualTo(v);
    }
    assertThatThrownBy(() -> ValueFormat.BOOLEAN.format(b(2)))
        .hasMessageContaining("0x02 is not a boolean");
    assertThatThrownBy(() -> ValueFormat.BOOLEAN.parse("maybe")).hasMessageContaining("maybe");
    assertThat(ValueFormat.BITS.format(b(0x05, 0x80))).isEqualTo("0, 2, 15 of 16 bits");
    assertThat(ValueFormat.BITS.format(b(0x00))).isEqualTo("none of 8 bits");
    assertThat(ValueFormat.BITS.parse("0, 2, 15 of 16 bits")).containsExactly(0x05, 0x80);
    assertThat(ValueFormat.BITS.parse("3")).containsExactly(0x08);
    assertThat(ValueFormat.BITS.parse("0b00000101 0b10000000")).containsExactly(0x05, 0x80);
    assertThatThrownBy(() -> ValueFormat.BITS.parse("1, 9 of 8 bits"))
        .hasMessageContaining("bit 9 is out of range (0..7)");
  }

  @Test
  void formatsByName() {
    assertThat(ValueFormat.fromName("uint16-le")).isEqualTo(ValueFormat.UINT16_LE);
    assertThat(ValueFormat.fromName("SINT24_BE")).isEqualTo(ValueFormat.SINT24_BE);
    assertThat(ValueFormat.fromName("float32 LE")).isEqualTo(ValueFormat.FLOAT32_LE);
    assertThat(ValueFormat.fromName("utf8")).isEqualTo(ValueFormat.UTF8);
    assertThat(ValueFormat.fromName("UTF-8")).isEqualTo(ValueFormat.UTF8);
    assertThat(ValueFormat.fromName("sfloat")).isEqualTo(ValueFormat.SFLOAT);
    assertThatThrownBy(() -> ValueFormat.fromName("int7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown value format 'int7'; valid formats: hex, utf8, ascii");
  }
}
