package io.gattscope.gatt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ValueFormatPropertiesTest {

  @Provide
  Arbitrary<ValueFormat> integerFormats() {
    return Arbitraries.of(
        Arrays.stream(ValueFormat.values())
            .filter(f -> f.isNumeric() && f.label().matches("[us]int.*"))
            .toList());
  }

  @Provide
  Arbitrary<ValueFormat> exactFormats() {
    return Arbitraries.of(ValueFormat.HEX, ValueFormat.UTF8, ValueFormat.ASCII, ValueFormat.BITS);
  }

  @Property(tries = 400)
  void integerBytesRoundTrip(
      @ForAll("integerFormats") ValueFormat f, @ForAll @Size(max = 4) byte[][] chunks) {
    byte[] bytes = new byte[0];
    for (byte[] c : chunks) {
      bytes = concat(bytes, Arrays.copyOf(c, f.width()));
    }
    String text = f.format(bytes);
    assertThat(f.parse(text)).as(text).isEqualTo(bytes);
  }

  @Property(tries = 300)
  void integerTextRoundTrip(@ForAll("integerFormats") ValueFormat f, @ForAll long v) {
    byte[] bytes = new byte[f.width()];
    IntegerCodec.write(v, bytes, 0, f.width(), false);
    String text = f.format(bytes);
    assertThat(f.format(f.parse(text))).isEqualTo(text);
  }

  @Property(tries = 300)
  void outOfRangeIntegersAreRejected(
      @ForAll("integerFormats") ValueFormat f, @ForAll @IntRange(min = 1, max = 1000) int extra) {
    Assume.that(f.width() < 8);
    String tooBig =
        IntegerCodec.max(f.width(), f.label().startsWith("s"))
            .add(BigInteger.valueOf(extra))
            .toString();
    assertThatThrownBy(() -> f.parse(tooBig))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageContaining("out of range for " + f.label());
  }

  @Property(tries = 500)
  void float32RoundTrip(@ForAll float v, @ForAll boolean bigEndian) {
    ValueFormat f = bigEndian ? ValueFormat.FLOAT32_BE : ValueFormat.FLOAT32_LE;
    byte[] bytes = new byte[4];
    IntegerCodec.write(Float.floatToIntBits(v), bytes, 0, 4, bigEndian);
    assertThat(f.parse(f.format(bytes))).isEqualTo(bytes);
  }

  @Property(tries = 500)
  void float64RoundTrip(@ForAll double v, @ForAll boolean bigEndian) {
    ValueFormat f = bigEndian ? ValueFormat.FLOAT64_BE : ValueFormat.FLOAT64_LE;
    byte[] bytes = new byte[8];
    IntegerCodec.write(Double.doubleToLongBits(v), bytes, 0, 8, bigEndian);
    assertThat(f.parse(f.format(bytes))).isEqualTo(bytes);
  }

  @Property(tries = 1000)
  void sfloatRoundTripKeepsValue(@ForAll short raw) {
    byte[] bytes = {(byte) raw, (byte) (raw >> 8)};
    String text = ValueFormat.SFLOAT.format(bytes);
    byte[] again = ValueFormat.SFLOAT.parse(text);
    assertThat(ValueFormat.SFLOAT.format(again)).isEqualTo(text);
    Ieee11073.Value v = Ieee11073.decodeSfloat(raw);
    if (v instanceof Ieee11073.Finite fin && fin.exponent() <= 0) {
      assertThat(again).isEqualTo(bytes); // the scale of the text keeps the same encoding
    }
  }

  @Property(tries = 1000)
  void float11073RoundTripKeepsValue(@ForAll int raw) {
    byte[] bytes = new byte[4];
    IntegerCodec.write(raw, bytes, 0, 4, false);
    String text = ValueFormat.FLOAT.format(bytes);
    assertThat(ValueFormat.FLOAT.format(ValueFormat.FLOAT.parse(text))).isEqualTo(text);
  }

  @Property(tries = 500)
  void exactFormatsRoundTripAnyBytes(
      @ForAll("exactFormats") ValueFormat f, @ForAll @Size(max = 40) byte[] bytes) {
    assertThat(f.parse(f.format(bytes))).isEqualTo(bytes);
  }

  @Property(tries = 300)
  void printableTextShowsAsTyped(@ForAll("printable") String text) {
    assertThat(ValueFormat.UTF8.format(ValueFormat.UTF8.parse(text))).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> printable() {
    return Arbitraries.strings()
        .withCharRange(' ', '[')
        .withCharRange(']', '~')
        .withCharRange('\u00a0', '\ud7ff')
        .ofMaxLength(30);
  }

  @Property(tries = 500)
  void hexParsesAnySeparatorsAndCase(
      @ForAll @Size(max = 20) byte[] bytes,
      @ForAll("separators") String sep,
      @ForAll boolean prefix,
      @ForAll boolean lower) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      String h = String.format("%02X", bytes[i]);
      sb.append(prefix ? "0x" : "").append(lower ? h.toLowerCase() : h);
    }
    assertThat(Hex.parse(sb.toString())).isEqualTo(bytes);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", ":", "-", ", ", "  ", "");
  }

  @Property(tries = 500)
  void hexRejectsNonHexWithPosition(
      @ForAll @Size(max = 10) byte[] bytes, @ForAll("nonHex") char bad) {
    String good = Hex.format(bytes);
    String text = good + " " + bad;
    assertThatThrownBy(() -> Hex.parse(text))
        .isInstanceOf(ValueFormatException.class)
        .satisfies(
            e -> assertThat(((ValueFormatException) e).position()).isEqualTo(good.length() + 1));
  }

  @Provide
  Arbitrary<Character> nonHex() {
    return Arbitraries.chars()
        .ascii()
        .filter(c -> Character.digit(c, 16) < 0 && c > ' ' && ":-,_".indexOf(c) < 0);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
