package io.gattscope.gatt.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import io.gattscope.gatt.format.PresentationFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PresentationFormatDecoderTest {
  private static final UUID VENDOR = UUID.fromString("12345678-1234-5678-1234-56789abcdef0");

  @Test
  void vendorValueIsScaledWithUnit() {
    PresentationFormat pf = PresentationFormat.parse(Hex.parse("0E FE 2F 27 01 00 00"));
    CharacteristicDecoder d = Decoders.forPresentationFormat(VENDOR, "Probe", pf);
    Decoded out = d.decode(Hex.parse("29 09"));
    assertThat(out.summary()).isEqualTo("Probe: 23.45 °C");
    assertThat(out.channels()).containsExactly(new Channel("Probe", "°C", 23.45));
    assertThat(d.decode(Hex.parse("29")).fields().get(0))
        .satisfies(f -> assertThat(f.error()).isTrue())
        .satisfies(f -> assertThat(f.value()).isEqualTo("sint16 needs 2 bytes, got 1"));
  }

  @Test
  void sfloatNanHasNoChannel() {
    PresentationFormat pf = PresentationFormat.parse(Hex.parse("16 00 AF 27 01 00 00"));
    Decoded out = Decoders.forPresentationFormat(VENDOR, "Pulse", pf).decode(Hex.parse("FF 07"));
    assertThat(out.summary()).isEqualTo("Pulse: NaN bpm");
    assertThat(out.channels()).isEmpty();
  }

  @Test
  void decodeConvenience() {
    assertThat(Decoders.decode(Uuids.fromShort(0x2A19), new byte[] {50}).orElseThrow().summary())
        .isEqualTo("Battery Level: 50 %");
    assertThat(Decoders.decode(VENDOR, new byte[] {1})).isEmpty();
  }
}
