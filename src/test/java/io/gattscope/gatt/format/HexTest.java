package io.gattscope.gatt.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one hex formatter: each output form, and parsing what it prints. */
class HexTest {
  private static final byte[] BYTES = {0x0A, 0x1B, (byte) 0xFF, 0x00};

  @Test
  void formsOfOutput() {
    assertThat(Hex.format(BYTES)).isEqualTo("0A 1B FF 00");
    assertThat(Hex.compact(BYTES)).isEqualTo("0A1BFF00");
    assertThat(Hex.lower(BYTES)).isEqualTo("0a1bff00");
    assertThat(Hex.format(new byte[0])).isEmpty();
    StringBuilder sb = new StringBuilder("x");
    Hex.appendLower(sb, (byte) 0xC3);
    assertThat(sb).hasToString("xc3");
  }

  @Test
  void parsesWhatItPrintsAndNamesTheFaultyCharacter() {
    assertThat(Hex.parse(Hex.format(BYTES))).containsExactly(BYTES);
    assertThat(Hex.parse("0x0a:1B-ff,00")).containsExactly(BYTES);
    assertThatThrownBy(() -> Hex.parse("0A 1G"))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageContaining("'G' is not hex");
  }
}
