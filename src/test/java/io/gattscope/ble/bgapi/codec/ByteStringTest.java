package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Checks that byte strings compare by content and that nobody can change one after it is made. */
class ByteStringTest {
  @Test
  void equalContentMeansEqualStringsAndEqualMessages() {
    assertThat(ByteString.of((byte) 1, (byte) 2)).isEqualTo(ByteString.ofHex("0102"));
    assertThat(ByteString.of((byte) 1, (byte) 2).hashCode())
        .isEqualTo(ByteString.ofHex("0102").hashCode());
    assertThat(new AttclientMessages.AttributeWrite(1, 0x10, new byte[] {5, 6}))
        .isEqualTo(new AttclientMessages.AttributeWrite(1, 0x10, ByteString.ofHex("0506")))
        .hasToString("AttributeWrite[connection=1, atthandle=16, data=0506]");
    assertThat(ByteString.of(new byte[0])).isSameAs(ByteString.EMPTY);
  }

  @Test
  void changingTheSourceOrACopyLeavesTheStringAlone() {
    byte[] source = {(byte) 0xFE, 7};
    ByteString b = ByteString.of(source);
    source[0] = 0;
    b.toArray()[1] = 0;
    assertThat(b.get(0)).isEqualTo(0xFE);
    assertThat(b.get(1)).isEqualTo(7);
    assertThat(b.length()).isEqualTo(2);
    assertThat(b).hasToString("fe07");
  }

  @Test
  void aRecordRefusesMoreThanTheLengthByteCanSay() {
    assertThatThrownBy(() -> new AttclientMessages.AttributeWrite(1, 1, new byte[256]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'data' (uint8array) holds at most 255 bytes, got 256");
  }
}
