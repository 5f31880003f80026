package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadLayoutTest {

  private static final byte[] IMU = {
    (byte) 0xE8,
    0x03, // 1000
    0x18,
    (byte) 0xFC, // -1000
    0x00,
    (byte) 0x80, // -32768
    (byte) 0xFF,
    0x7F, // 32767
    0x01,
    0x00, // 1
    (byte) 0xFF,
    (byte) 0xFF // -1
  };

  @Test
  void structFormDecodesSixLittleEndianInt16() {
    PayloadLayout layout = PayloadLayout.parse("<6h");
    double[] out = new double[6];

    assertThat(layout.decode(IMU, out)).isEqualTo(6);
    assertThat(out).containsExactly(1000, -1000, -32768, 32767, 1, -1);
    assertThat(layout.names()).containsExactly("c0", "c1", "c2", "c3", "c4", "c5");
    assertThat(layout.minimumLength()).isEqualTo(12);
    assertThat(PayloadLayout.parse("<hhhhhh")).isEqualTo(layout);
  }

  @Test
  void namedFormAppliesScaleOffsetAndUnits() {
    PayloadLayout layout =
        PayloadLayout.parse(
            "ax:i16*0.001 g, ay:i16*0.001 g, az:i16 * 0.001 g, gx:i16*0.01 dps, t:u16-1 °C, n:i16");
    double[] out = new double[6];

    assertThat(layout.decode(IMU, out)).isEqualTo(6);
    assertThat(out[0]).isCloseTo(1.0, within(1e-12));
    assertThat(out[1]).isCloseTo(-1.0, within(1e-12));
    assertThat(out[2]).isCloseTo(-32.768, within(1e-12));
    assertThat(out[3]).isCloseTo(327.67, within(1e-9));
    assertThat(out[4]).isEqualTo(0.0);
    assertThat(out[5]).isEqualTo(-1.0);
    assertThat(layout.names()).containsExactly("ax", "ay", "az", "gx", "t", "n");
    assertThat(layout.units()).containsExactly("g", "g", "g", "dps", "°C", "");
  }

  @Test
  void byteOrderPrefixSuffixAndPadding() {
    byte[] p = {0x12, 0x34, 0x00, 0x56, 0x34, 0x12, (byte) 0x80, 0x00};
    PayloadLayout be = PayloadLayout.parse("be a:u16, pad, b:u16le, c:u24, d:i8");
    double[] out = new double[4];

    assertThat(be.decode(p, out)).isEqualTo(3);
    assertThat(out[0]).isEqualTo(0x1234);
    assertThat(out[1]).isEqualTo(0x3456);
    assertThat(out[2]).isEqualTo(0x128000);
    assertThat(be.minimumLength()).isEqualTo(9);

    PayloadLayout i24 = PayloadLayout.parse("v:i24, w:i24be");
    assertThat(i24.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, 1, 0, 0}, out))
        .isEqualTo(2);
    assertThat(out[0]).isEqualTo(-2);
    assertThat(out[1]).isEqualTo(65536);
  }

  @Test
  void floatsAndSixtyFourBitTypes() {
    PayloadLayout layout = PayloadLayout.parse(">f d Q q");
    ByteBuffer b = ByteBuffer.allocate(28);
    b.putFloat(1.5f).putDouble(-2.25).putLong(-1L).putLong(Long.MIN_VALUE);
    double[] out = new double[4];

    assertThat(layout.decode(b.array(), out)).isEqualTo(4);
    assertThat(out).containsExactly(1.5, -2.25, 18446744073709551615.0, -9.223372036854775808E18);
  }

  @Test
  void shortPayloadDecodesWhatFitsAndNeverThrows() {
    PayloadLayout layout = PayloadLayout.parse("<6h");
    double[] out = new double[6];

    assertThat(layout.decode(new byte[] {1, 0, 2, 0, 3}, out)).isEqualTo(2);
    assertThat(out[0]).isEqualTo(1);
    assertThat(out[1]).isEqualTo(2);
    assertThat(layout.decode(new byte[0], out)).isZero();
    assertThat(layout.decode(null, out)).isZero();
    assertThat(layout.decode(new byte[20], out)).isEqualTo(6);
  }

  @Test
  void tooSmallOutputArrayIsRejected() {
    assertThatThrownBy(() -> PayloadLayout.parse("<6h").decode(IMU, new double[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 slots")
        .hasMessageContaining("6 channels");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<6h",
        ">B 2x H f d q Q b",
        "<hxhx",
        "ax:i16*0.001 g, ay:i16*0.001 g, az:i16*0.001 g, gx:i16*0.01 dps",
        "be a:u16, pad3, b:u32le-273.15 K, c:f32*-2.5e-7+1e3, d:u8",
        "x.y_z:u64be*1.0000000001, q:i64"
      })
  void toSpecRoundTripsThroughParse(String spec) {
    PayloadLayout layout = PayloadLayout.parse(spec);
    PayloadLayout again = PayloadLayout.parse(layout.toSpec());

    assertThat(again).isEqualTo(layout);
    assertThat(again.toSpec()).isEqualTo(layout.toSpec());
  }

  @Test
  void canonicalSpecsAreCompact() {
    assertThat(PayloadLayout.parse("< h h h h h h").toSpec()).isEqualTo("<6h");
    assertThat(PayloadLayout.parse("!BxxH").toSpec()).isEqualTo(">B2xH");
    assertThat(PayloadLayout.parse("be a : i16 * 0.500 g").toSpec()).isEqualTo("a:i16be*0.5 g");
  }

  @Test
  void randomLayoutsRoundTrip() {
    Random random = new Random(42);
    FieldType[] types = FieldType.values();
    for (int run = 0; run < 200; run++) {
      List<LayoutItem> items = new ArrayList<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(5) == 0) {
          items.add(new Padding(1 + random.nextInt(4)));
        }
        double scale = random.nextBoolean() ? 1.0 : (random.nextInt(2000) - 1000) / 64.0 + 0.001;
        double offset = random.nextBoolean() ? 0.0 : random.nextGaussian() * 1000;
        String unit = random.nextBoolean() ? "" : "u" + random.nextInt(9) + " /s";
        items.add(
            new LayoutField(
                "f" + i,
                types[random.nextInt(types.length)],
                random.nextBoolean(),
                scale,
                offset,
                unit));
      }
      PayloadLayout layout = PayloadLayout.of(items);

      assertThat(PayloadLayout.parse(layout.toSpec())).as(layout.toSpec()).isEqualTo(layout);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                      | 0  | empty layout spec",
        "<6z                     | 2  | unknown struct code 'z'",
        "<0h                     | 1  | repeat count must be at least 1",
        "<3                      | 2  | repeat count 3 without a type",
        "@hh                     | 0  | native byte order",
        "<513B                   | 1  | exceeds 512",
        "<xx                     | 3  | no numeric fields",
        "ax:i17                  | 3  | unknown type 'i17'",
        "ax:i16, ax:u8           | 8  | duplicate field name 'ax'",
        "ax:i16,,b:u8            | 7  | empty field",
        "ax:i16, b:u8,           | 13 | empty field",
        "1x:u8                   | 0  | field name '1x'",
        "a:u8, junk              | 6  | expected name:type or padN",
        "a:u8*g                  | 5  | expected a number for the scale",
        "a:u8*0                  | 5  | scale must not be 0",
        "a:u8+x                  | 5  | expected a number for the offset",
        "a:u8+1 *2               | 7  | scale must come before the offset",
        "a:                      | 2  | missing type",
        "a:f64, pad0             | 7  | at least 1 byte",
      })
  void badSpecsSayWhereAndWhy(String spec, int position, String reason) {
    assertThatThrownBy(() -> PayloadLayout.parse(spec))
        .isInstanceOfSatisfying(
            LayoutSpecException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.reason()).contains(reason);
              assertThat(e.getMessage()).contains("position " + position).contains(reason);
            });
  }

  @Test
  void nullSpecIsRejected() {
    assertThatThrownBy(() -> PayloadLayout.parse(null)).isInstanceOf(LayoutSpecException.class);
  }
}
