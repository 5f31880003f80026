package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  @Test
  void everyRegisteredMessageSurvivesEncodeParseDecode() {
    List<Class<?>> classes = SampleMessages.recordClasses();
    assertThat(classes).hasSize(MessageRegistry.keys().size());
    for (Class<?> c : classes) {
      for (int seed = 0; seed < 3; seed++) {
        BgapiMessage m = SampleMessages.sample(c, seed);
        byte[] frame = BgapiCodec.encode(m);
        var side =
            m.key().kind() == MessageKind.COMMAND ? FrameParser.Side.DEVICE : FrameParser.Side.HOST;
        var got = new ArrayList<BgapiMessage>();
        var parser =
            new FrameParser(
                side, (k, cls, id, p) -> got.add(MessageRegistry.decode(k, cls, id, p)));
        parser.feed(frame, 0, frame.length);
        parser.checkTimeout(System.nanoTime() + FrameParser.DEFAULT_SETTLE_TIME.toNanos());
        assertThat(got).as(c.getName()).containsExactly(m);
        assertThat(BgapiCodec.encode(got.get(0))).isEqualTo(frame);
      }
    }
  }
}
