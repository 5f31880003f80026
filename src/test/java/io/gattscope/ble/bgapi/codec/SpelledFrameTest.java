package io.gattscope.ble.bgapi.codec;

import static io.gattscope.ble.bgapi.codec.FrameParserTest.concat;
import static io.gattscope.ble.bgapi.codec.FrameParserTest.hex;
import static io.gattscope.ble.bgapi.codec.FrameParserTest.notification;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value that spells another frame: a parser for a link that loses no bytes delivers it and still
 * drops garbage written onto the link; on a serial line, where a cut frame reads the same, neither
 * the value nor a frame of another kind that it spells is delivered.
 */
class SpelledFrameTest {
  /**
   * A 20-byte value that starts with {@code header} and is zeros after it: the benchmark's values,
   * whose sequence number spells a header for some numbers.
   */
  static byte[] spelling(int... header) {
    int[] value = Arrays.copyOf(header, 20);
    return notification(0x08, value);
  }

  // sequence number 200832: a connection status event (16 bytes) ending where the value ends
  static final byte[] SPELLS_STATUS = spelling(0x80, 0x10, 0x03, 0x00);
  // sequence number 396160: a scan response (10 bytes and an empty array) lying inside the value
  static final byte[] SPELLS_SCAN = spelling(0x80, 0x0B, 0x06, 0x00);

  static FrameParserTest.Collector feed(
      byte[] stream, int chunk, boolean lossless, FrameParser[] p) {
    var c = new FrameParserTest.Collector();
    p[0] =
        new FrameParser(
            FrameParser.Side.HOST,
            c,
            FrameParser.DEFAULT_INTER_BYTE_TIMEOUT,
            FrameParser.DEFAULT_SETTLE_TIME,
            lossless);
    for (int off = 0; off < stream.length; off += chunk) {
      p[0].feed(stream, off, Math.min(chunk, stream.length - off), 0);
    }
    FrameParserTest.settle(p[0], 0);
    return c;
  }

  @Test
  void aValueThatSpellsAFrameIsDeliveredInEveryChunking() {
    List<byte[]> sent =
        List.of(notification(0x08, 1, 2, 3, 4), SPELLS_STATUS, SPELLS_SCAN, SPELLS_STATUS);
    byte[] stream = concat(sent);
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      var p = new FrameParser[1];
      var c = feed(stream, chunk, true, p);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(sent));
      assertThat(p[0].refusedFrames()).as("chunks of %d", chunk).isZero();
      assertThat(p[0].droppedBytes()).as("chunks of %d", chunk).isZero();
    }
  }

  @Test
  void aSerialLineDeliversNeitherTheValueNorTheOtherKindOfFrameItSpells() {
    byte[] first = notification(0x08, 1);
    byte[] last = notification(0x08, 2);
    byte[] stream = concat(List.of(first, SPELLS_STATUS, SPELLS_SCAN, last));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      var p = new FrameParser[1];
      var c = feed(stream, chunk, false, p);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(List.of(first, last)));
      assertThat(p[0].refusedFrames()).as("chunks of %d", chunk).isEqualTo(2);
      assertThat(p[0].droppedBytes())
          .as("chunks of %d", chunk)
          .isEqualTo(SPELLS_STATUS.length + SPELLS_SCAN.length);
    }
  }

  @Test
  void aStrayHeaderWrittenOntoTheLinkIsStillDropped() {
    byte[] a = notification(0x25, 0xA1, 2, 3, 4);
    byte[] b = notification(0x26, 0xB1, 2, 3, 4, 5, 6);
    // a header whose length runs from a into b: not followed by a header, so refused
    byte[] stray = Arrays.copyOf(notification(0x27, new int[a.length + 3]), 9);
    byte[] stream = concat(List.of(stray, a, b));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      var p = new FrameParser[1];
      var c = feed(stream, chunk, true, p);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(List.of(a, b)));
      assertThat(p[0].refusedFrames()).as("chunks of %d", chunk).isEqualTo(1);
      assertThat(p[0].droppedBytes()).as("chunks of %d", chunk).isEqualTo(stray.length);
    }
  }

  @Test
  void theSettleTimeDecidesAValueThatEndsTheBytes() {
    var c = new FrameParserTest.Collector();
    var p =
        new FrameParser(
            FrameParser.Side.HOST, c, Duration.ofMillis(500), Duration.ofMillis(1), true);
    p.feed(SPELLS_STATUS, 0, SPELLS_STATUS.length, 0);
    assertThat(c.frames).isEmpty();
    p.checkTimeout(Duration.ofMillis(1).toNanos());
    assertThat(c.hex()).isEqualTo(hex(List.of(SPELLS_STATUS)));
  }
}
