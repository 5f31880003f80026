package io.gattscope.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HexTextTest {
  private static final byte[] BYTES = {0x0A, 0x1B, (byte) 0xFF};

  @Test
  void formatsSpacedCompactAndLowerCase() {
    assertThat(HexText.format(BYTES)).isEqualTo("0A 1B FF");
    assertThat(HexText.format(BYTES, 1, 2)).isEqualTo("1B FF");
    assertThat(HexText.format(new byte[0])).isEmpty();
    assertThat(HexText.appendTo(new StringBuilder("x "), BYTES)).hasToString("x 0A 1B FF");
    assertThat(HexText.appendTo(new StringBuilder("x "), BYTES, 1, 2)).hasToString("x 1B FF");
    assertThat(HexText.appendTo(new StringBuilder("x"), BYTES, 3, 0)).hasToString("x");
    assertThat(HexText.compact(BYTES)).isEqualTo("0A1BFF");
    assertThat(HexText.lower(BYTES)).isEqualTo("0a1bff");
    assertThat(HexText.appendLower(new StringBuilder(), BYTES)).hasToString("0a1bff");
    assertThat(HexText.appendLower(new StringBuilder("\\u00"), (byte) 0x1F)).hasToString("\\u001f");
  }

  @Test
  void parsesCompactHexOfEitherCaseAndRefusesAnythingElse() {
    assertThat(HexText.parseCompact("0a1BfF")).containsExactly(BYTES);
    assertThat(HexText.parseCompact("")).isEmpty();
    assertThatThrownBy(() -> HexText.parseCompact("0a1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HexText.parseCompact("0a 1b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HexText.parseCompact("zz"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
