package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class BgapiCodecTest {

  @Test
  void encodeIntoAppendsManyFramesToOneBufferThatParsesBack() {
    var out = new PayloadWriter(16);
    var sent = new ArrayList<BgapiMessage>();
    for (int i = 0; i < 1000; i++) {
      var m = new AttclientMessages.AttributeValueEvent(i % 8, i, 1, new byte[] {(byte) i});
      BgapiCodec.encodeInto(m, out);
      sent.add(m);
    }
    assertThat(out.size()).isEqualTo(1000 * 10);
    var got = new ArrayList<BgapiMessage>();
    var parser =
        new FrameParser(
            FrameParser.Side.HOST, (k, c, id, p) -> got.add(MessageRegistry.decode(k, c, id, p)));
    parser.feed(out.array(), 0, out.size(), 0);
    parser.checkTimeout(FrameParser.DEFAULT_SETTLE_TIME.toNanos());
    assertThat(got).isEqualTo(sent);
  }

  @Test
  void theLengthUsesElevenBitsAndEventsSetTheTypeBit() {
    byte[] payload = new byte[0x7FF];
    byte[] frame = BgapiCodec.encode(new UnknownMessage(MessageKey.event(9, 1), payload));
    assertThat(frame).hasSize(4 + 0x7FF).startsWith(0x87, 0xFF, 9, 1);
    byte[] cmd = BgapiCodec.encode(new UnknownMessage(MessageKey.command(7, 2), new byte[0x123]));
    assertThat(cmd).startsWith(0x01, 0x23, 7, 2);
    assertThat(BgapiCodec.headerByte0(MessageKind.RESPONSE, 0x456)).isEqualTo(0x04);
  }

  @Test
  void anOversizedPayloadIsRejectedAndLeavesTheBufferAsItWas() {
    var out = new PayloadWriter();
    BgapiCodec.encodeInto(new SystemMessages.Hello(), out);
    byte[] before = out.toByteArray();
    assertThatThrownBy(
            () ->
                BgapiCodec.encodeInto(
                    new UnknownMessage(MessageKey.event(9, 1), new byte[0x800]), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2048 bytes")
        .hasMessageContaining("2047");
    assertThat(out.toByteArray()).isEqualTo(before);
    assertThatThrownBy(() -> BgapiCodec.encode(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
