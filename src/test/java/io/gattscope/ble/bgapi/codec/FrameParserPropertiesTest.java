package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Generated streams of frames, garbage and chunkings for the frame parser. */
class FrameParserPropertiesTest {
  private static final List<byte[]> POOL = FrameParserTest.hostFrames();

  @Property(tries = 100)
  void anyChunkingOfAnyFrameSequenceYieldsTheSequence(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1000) Integer> picks,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 97) Integer> chunks) {
    var sent = new ArrayList<byte[]>();
    picks.forEach(i -> sent.add(POOL.get(i % POOL.size())));
    byte[] stream = FrameParserTest.concat(sent);
    var c = new FrameParserTest.Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c);
    int k = 0;
    for (int off = 0; off < stream.length; k++) {
      int n = Math.min(chunks.get(k % chunks.size()), stream.length - off);
      p.feed(stream, off, n, 0);
      off += n;
    }
    FrameParserTest.settle(p, 0);
    assertThat(c.hex()).isEqualTo(FrameParserTest.hex(sent));
  }

  /**
   * Garbage made of bytes with technology bits set can never start a header, so every frame must
   * come through and exactly the garbage must be counted as dropped.
   */
  @Property(tries = 100)
  void framesSurviveGarbageThatCannotStartAHeader(
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 1000) Integer> picks,
      @ForAll @Size(max = 20) List<@Size(max = 9) List<@IntRange(min = 0, max = 255) Integer>> junk,
      @ForAll @IntRange(min = 1, max = 64) int chunk) {
    var out = new ByteArrayOutputStream();
    var sent = new ArrayList<byte[]>();
    long garbage = 0;
    for (int i = 0; i < picks.size(); i++) {
      if (i < junk.size()) {
        for (int b : junk.get(i)) {
          out.write(b | 0x08);
          garbage++;
        }
      }
      byte[] f = POOL.get(picks.get(i) % POOL.size());
      out.writeBytes(f);
      sent.add(f);
    }
    byte[] stream = out.toByteArray();
    var c = new FrameParserTest.Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c);
    for (int off = 0; off < stream.length; off += chunk) {
      p.feed(stream, off, Math.min(chunk, stream.length - off), 0);
    }
    FrameParserTest.settle(p, 0);
    assertThat(c.hex()).as(HexFormat.of().formatHex(stream)).isEqualTo(FrameParserTest.hex(sent));
    assertThat(p.droppedBytes()).isEqualTo(garbage);
  }
}
