package io.gattscope.ble.bgapi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleAddress;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class FrameParserTest {
  private static final long MS = 1_000_000L;

  /** Frames a host receives: a sample of every response and event, plus the captured frame. */
  static List<byte[]> hostFrames() {
    var out = new ArrayList<byte[]>();
    for (Class<?> c : SampleMessages.recordClasses()) {
      if (SampleMessages.keyOf(c).kind() != MessageKind.COMMAND) {
        out.add(BgapiCodec.encode(SampleMessages.sample(c, 2)));
      }
    }
    out.add(
        HexFormat.ofDelimiter(" ")
            .parseHex(
                "80 22 06 00 a6 00 15 13 0b d2 02 61 01 ff 17 02 01 06 13 ff 4c 00 0c 0e 00 64"
                    + " 27 26 3d a7 e2 80 87 00 4c c8 3c 4e"));
    return out;
  }

  static List<byte[]> deviceFrames() {
    var out = new ArrayList<byte[]>();
    for (Class<?> c : SampleMessages.recordClasses()) {
      if (SampleMessages.keyOf(c).kind() == MessageKind.COMMAND) {
        out.add(BgapiCodec.encode(SampleMessages.sample(c, 3)));
      }
    }
    return out;
  }

  /** Records frames re-encoded as header + payload, so they compare with the input bytes. */
  static final class Collector implements FrameParser.FrameListener {
    final List<byte[]> frames = new ArrayList<>();

    @Override
    public void onFrame(MessageKind kind, int classId, int messageId, byte[] payload) {
      frames.add(BgapiCodec.encode(MessageRegistry.decode(kind, classId, messageId, payload)));
    }

    List<String> hex() {
      return frames.stream().map(HexFormat.of()::formatHex).toList();
    }
  }

  static List<String> hex(List<byte[]> frames) {
    return frames.stream().map(HexFormat.of()::formatHex).toList();
  }

  static byte[] concat(List<byte[]> frames) {
    var out = new ByteArrayOutputStream();
    frames.forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Test
  void everySplitPointOfEveryFrameYieldsTheFrame() {
    for (FrameParser.Side side : FrameParser.Side.values()) {
      List<byte[]> frames = side == FrameParser.Side.HOST ? hostFrames() : deviceFrames();
      for (byte[] f : frames) {
        for (int split = 0; split <= f.length; split++) {
          var c = new Collector();
          var p = new FrameParser(side, c);
          p.feed(f, 0, split, 0);
          p.feed(f, split, f.length - split, MS);
          settle(p, MS);
          assertThat(c.hex()).as("split at %d", split).containsExactly(HexFormat.of().formatHex(f));
          assertThat(p.droppedBytes()).isZero();
          assertThat(p.pendingBytes()).isZero();
        }
      }
    }
  }

  @Test
  void aConcatenationSplitAnywhereOrFedInAnyChunkSizeYieldsAllFrames() {
    List<byte[]> frames = hostFrames();
    byte[] stream = concat(frames);
    for (int split = 0; split <= stream.length; split++) {
      var c = new Collector();
      var p = new FrameParser(FrameParser.Side.HOST, c);
      p.feed(stream, 0, split, 0);
      p.feed(stream, split, stream.length - split, 0);
      settle(p, 0);
      assertThat(c.hex()).as("split at %d", split).isEqualTo(hex(frames));
    }
    for (int chunk : chunkSizes(stream.length)) {
      var c = new Collector();
      var p = new FrameParser(FrameParser.Side.HOST, c);
      for (int off = 0; off < stream.length; off += chunk) {
        p.feed(stream, off, Math.min(chunk, stream.length - off), 0);
      }
      settle(p, 0);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(frames));
      assertThat(p.framesParsed()).isEqualTo(frames.size());
      assertThat(p.droppedBytes()).isZero();
      assertThat(p.resyncCount()).isZero();
    }
  }

  @Test
  void randomGarbageBetweenFramesLosesNoValidFrame() {
    List<byte[]> pool = hostFrames();
    for (int seed = 0; seed < 150; seed++) {
      var rnd = new Random(seed);
      var stream = new ByteArrayOutputStream();
      var sent = new ArrayList<byte[]>();
      int garbage = 0;
      for (int i = 0; i < 30; i++) {
        byte[] junk = new byte[rnd.nextInt(12)];
        rnd.nextBytes(junk);
        stream.writeBytes(junk);
        garbage += junk.length;
        byte[] f = pool.get(rnd.nextInt(pool.size()));
        stream.writeBytes(f);
        sent.add(f);
      }
      byte[] bytes = stream.toByteArray();
      var c = new Collector();
      var p = new FrameParser(FrameParser.Side.HOST, c);
      for (int off = 0; off < bytes.length; ) {
        int n = Math.min(1 + rnd.nextInt(40), bytes.length - off);
        p.feed(bytes, off, n, 0);
        off += n;
      }
      settle(p, 0);
      assertThat(c.hex()).as("seed %d", seed).isEqualTo(hex(sent));
      assertThat(p.droppedBytes()).as("seed %d", seed).isEqualTo(garbage);
    }
  }

  @Test
  void aLostByteCostsAtMostTheDamagedFrameAndItsSuccessor() {
    var frames = new ArrayList<byte[]>();
    for (int i = 0; i < 20; i++) {
      frames.add(
          BgapiCodec.encode(
              new AttclientMessages.AttributeValueEvent(1, 0x20 + i, 1, new byte[] {10, 20, 30})));
    }
    byte[] stream = concat(frames);
    int frameLen = frames.get(0).length;
    for (int inFrame = 0; inFrame < frameLen; inFrame++) {
      int damaged = 7;
      int lost = damaged * frameLen + inFrame;
      byte[] cut = new byte[stream.length - 1];
      System.arraycopy(stream, 0, cut, 0, lost);
      System.arraycopy(stream, lost + 1, cut, lost, stream.length - lost - 1);
      var c = new Collector();
      var p = new FrameParser(FrameParser.Side.HOST, c);
      p.feed(cut, 0, cut.length, 0);
      settle(p, 0);

      List<String> got = c.hex();
      List<String> all = hex(frames);
      assertThat(got)
          .as("byte %d lost", inFrame)
          .startsWith(all.subList(0, damaged).toArray(String[]::new));
      assertThat(got)
          .as("byte %d lost", inFrame)
          .endsWith(all.subList(damaged + 2, all.size()).toArray(String[]::new));
      assertThat(got.size()).isBetween(all.size() - 2, all.size() - 1);
      assertThat(p.resyncCount()).isPositive();
    }
  }

  @Test
  void aPartialFrameIsDroppedAfterTheInterByteTimeout() {
    byte[] f = BgapiCodec.encode(new AttclientMessages.ProcedureCompletedEvent(0, 0, 0x2A));
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c, Duration.ofMillis(100));

    p.feed(f, 0, 5, 0);
    p.feed(f, 5, f.length - 5, 80 * MS);
    settle(p, 80 * MS);
    assertThat(c.frames).hasSize(1);

    p.feed(f, 0, 5, 1000 * MS);
    p.feed(f, 0, f.length, 1150 * MS);
    settle(p, 1150 * MS);
    assertThat(c.hex()).containsExactly(HexFormat.of().formatHex(f), HexFormat.of().formatHex(f));
    assertThat(p.partialTimeouts()).isEqualTo(1);
    assertThat(p.droppedBytes()).isEqualTo(5);
    assertThat(p.pendingBytes()).isZero();
  }

  @Test
  void aFrameBehindABogusHeaderIsDeliveredWhenTheArrayLengthDisagrees() {
    byte[] bogus = {(byte) 0x80, 0x06, 0x04, 0x05};
    byte[] hello = BgapiCodec.encode(new SystemMessages.HelloResponse());
    byte[] rssi = BgapiCodec.encode(new ConnectionMessages.GetRssiResponse(2, -60));
    byte[] stream = concat(List.of(bogus, hello, rssi));
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c);
    p.feed(stream, 0, stream.length, 0);
    settle(p, 0);
    assertThat(c.hex())
        .containsExactly(HexFormat.of().formatHex(hello), HexFormat.of().formatHex(rssi));
    assertThat(p.droppedBytes()).isEqualTo(4);
  }

  static byte[] notification(int handle, int... value) {
    byte[] v = new byte[value.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (byte) value[i];
    }
    return BgapiCodec.encode(new AttclientMessages.AttributeValueEvent(1, handle, 1, v));
  }

  /** Feeds the stream in chunks of {@code chunk} bytes, then lets the line fall silent. */
  static Collector feedInChunks(byte[] stream, int chunk, FrameParser[] parserOut) {
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c);
    for (int off = 0; off < stream.length; off += chunk) {
      p.feed(stream, off, Math.min(chunk, stream.length - off), 0);
    }
    settle(p, 0);
    p.checkTimeout(FrameParser.DEFAULT_INTER_BYTE_TIMEOUT.toNanos() + 1);
    parserOut[0] = p;
    return c;
  }

  @Test
  void aCutFrameThatSwallowedAWholeFrameIsRefusedThoughAHeaderFollowsIt() {
    byte[] a = notification(0x25, 0xA1, 2, 3, 4);
    byte[] b = notification(0x26, 0xB1, 2, 3, 4, 5, 6);
    byte[] whole = notification(0x27, new int[9 + a.length]);
    byte[] cut = Arrays.copyOf(whole, whole.length - a.length);
    byte[] stream = concat(List.of(cut, a, b));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      var p = new FrameParser[1];
      Collector c = feedInChunks(stream, chunk, p);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(List.of(a, b)));
      assertThat(p[0].refusedFrames()).as("chunks of %d", chunk).isEqualTo(1);
      assertThat(p[0].droppedBytes()).as("chunks of %d", chunk).isEqualTo(cut.length);
    }
  }

  @Test
  void aCutFrameIsRefusedWhenTheNextHeaderStraddlesItsEndAndItsEndLooksLikeAHeader() {
    // a's bytes 6 to 9 (00 01 05 05) read as an sm_get_bonds response header
    byte[] a = notification(0x25, 5, 9, 9, 9, 9);
    byte[] b = notification(0x26, 0xB1, 2, 3, 4);
    byte[] whole = notification(0x27, new int[12]);
    byte[] cut = Arrays.copyOf(whole, whole.length - 6);
    byte[] stream = concat(List.of(cut, a, b));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      var p = new FrameParser[1];
      Collector c = feedInChunks(stream, chunk, p);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(List.of(a, b)));
    }
  }

  @Test
  void aRealFrameFollowedByLineNoiseIsDeliveredThoughAHeaderHidesInside() {
    byte[] a = notification(0x25, 0xA1, 2, 3, 4);
    // bytes 6 to 9 of b (00 01 05 05) read as an sm_get_bonds response header
    byte[] b = notification(0x25, 5, 0x22, 0, 0, 0xA9);
    byte[] noise = HexFormat.of().parseHex("08a614a2915fb3");
    byte[] stream = concat(List.of(a, b, noise));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      var p = new FrameParser[1];
      Collector c = feedInChunks(stream, chunk, p);
      assertThat(c.hex()).as("chunks of %d", chunk).isEqualTo(hex(List.of(a, b)));
      assertThat(p[0].refusedFrames()).as("chunks of %d", chunk).isZero();
      assertThat(p[0].droppedBytes()).as("chunks of %d", chunk).isEqualTo(noise.length);
    }
  }

  @Test
  void aStrayHeaderDoesNotStallACompleteAnswerBehindIt() {
    byte[] bogus = {(byte) 0x80, 0x22, 0x06, 0x00};
    byte[] hello = BgapiCodec.encode(new SystemMessages.HelloResponse());
    byte[] next = BgapiCodec.encode(new SystemMessages.GetConnectionsResponse(8));
    byte[] stream = concat(List.of(bogus, hello));
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c, Duration.ofMillis(100));
    p.feed(stream, 0, stream.length, 0);
    settle(p, 0);
    assertThat(c.hex()).containsExactly(HexFormat.of().formatHex(hello));
    p.feed(next, 0, next.length, 500 * MS);
    settle(p, 500 * MS);
    assertThat(c.hex())
        .containsExactly(HexFormat.of().formatHex(hello), HexFormat.of().formatHex(next));
    assertThat(p.partialTimeouts()).isZero();
    assertThat(p.droppedBytes()).isEqualTo(4);
    assertThat(p.pendingBytes()).isZero();
  }

  @Test
  void aStrayHeaderWithoutAnythingBehindItIsDroppedByTheTimer() {
    byte[] bogus = {(byte) 0x80, 0x22, 0x06, 0x00};
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c, Duration.ofMillis(100));
    p.feed(bogus, 0, bogus.length, 0);
    assertThat(p.nextCheckNanos()).isEqualTo(100 * MS + 1);
    p.checkTimeout(50 * MS);
    assertThat(p.pendingBytes()).isEqualTo(4);
    p.checkTimeout(p.nextCheckNanos());
    assertThat(c.frames).isEmpty();
    assertThat(p.partialTimeouts()).isEqualTo(1);
    assertThat(p.droppedBytes()).isEqualTo(4);
    assertThat(p.pendingBytes()).isZero();
    assertThat(p.nextCheckNanos()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void unknownKeysAreSkippedAsGarbageAndTheNextFrameIsKept() {
    byte[] unknown =
        BgapiCodec.encode(new UnknownMessage(MessageKey.event(9, 42), new byte[] {7, 7}));
    byte[] good = BgapiCodec.encode(new SystemMessages.HelloResponse());
    byte[] stream = concat(List.of(good, unknown, good));
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c);
    p.feed(stream, 0, stream.length, 0);
    settle(p, 0);
    assertThat(c.frames).hasSize(2);
    assertThat(p.droppedBytes()).isEqualTo(unknown.length);
    assertThat(p.resyncCount()).isEqualTo(1);
  }

  @Test
  void headersThatCannotBeValidAreRejected() {
    byte[] hello = BgapiCodec.encode(new SystemMessages.HelloResponse());
    byte[] techBits = {0x08, 0x00, 0x00, 0x01};
    byte[] wrongLength = {0x00, 0x01, 0x00, 0x01, 0x00};
    byte[] arrayMismatch = {(byte) 0x80, 0x06, 0x04, 0x05, 0x00, 0x01, 0x00, 0x01, 0x05, 0x00};
    for (byte[] bad : List.of(techBits, wrongLength, arrayMismatch)) {
      var c = new Collector();
      var p = new FrameParser(FrameParser.Side.HOST, c);
      byte[] stream = concat(List.of(bad, hello));
      p.feed(stream, 0, stream.length, 0);
      settle(p, 0);
      settle(p, 0);
      assertThat(c.hex())
          .as(HexFormat.of().formatHex(bad))
          .containsExactly(HexFormat.of().formatHex(hello));
      assertThat(p.droppedBytes()).isEqualTo(bad.length);
    }
  }

  @Test
  void sidesDecideTheKindOfTypeBitZeroAndDevicesRejectEvents() {
    byte[] hello = BgapiCodec.encode(new SystemMessages.Hello());
    byte[] boot = BgapiCodec.encode(new SystemMessages.BootEvent(1, 3, 2, 0x55, 3, 1, 2));
    var kinds = new ArrayList<MessageKind>();
    var device = new FrameParser(FrameParser.Side.DEVICE, (k, cls, id, pl) -> kinds.add(k));
    byte[] s = concat(List.of(boot, hello));
    device.feed(s, 0, s.length, 0);
    settle(device, 0);
    assertThat(kinds).containsExactly(MessageKind.COMMAND);
    assertThat(device.droppedBytes()).isEqualTo(boot.length);

    kinds.clear();
    var host = new FrameParser(FrameParser.Side.HOST, (k, cls, id, pl) -> kinds.add(k));
    byte[] rsp = BgapiCodec.encode(new SystemMessages.HelloResponse());
    byte[] s2 = concat(List.of(boot, rsp));
    host.feed(s2, 0, s2.length, 0);
    settle(host, 0);
    assertThat(kinds).containsExactly(MessageKind.EVENT, MessageKind.RESPONSE);
  }

  @Test
  void aFailingListenerDoesNotStopTheParser() {
    byte[] f = BgapiCodec.encode(new SystemMessages.HelloResponse());
    byte[] s = concat(List.of(f, f, f));
    int[] calls = {0};
    var p =
        new FrameParser(
            FrameParser.Side.HOST,
            (k, cls, id, pl) -> {
              calls[0]++;
              throw new IllegalStateException("listener bug");
            });
    p.feed(s, 0, s.length, 0);
    settle(p, 0);
    assertThat(calls[0]).isEqualTo(3);
    assertThat(p.framesParsed()).isEqualTo(3);
  }

  @Test
  void resetForgetsAPartialFrameAndBadArgumentsAreRejected() {
    byte[] f = BgapiCodec.encode(new SystemMessages.AddressGetResponse(new BleAddress(1)));
    var c = new Collector();
    var p = new FrameParser(FrameParser.Side.HOST, c);
    p.feed(f, 0, 4, 0);
    assertThat(p.pendingBytes()).isEqualTo(4);
    p.reset();
    p.feed(f, 0, f.length, 0);
    settle(p, 0);
    assertThat(c.frames).hasSize(1);
    assertThatThrownBy(() -> p.feed(f, 5, 10, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new FrameParser(FrameParser.Side.HOST, c, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void largeChunksOfNotificationsParseCompletely() {
    parseLargeChunks();
  }

  @Test
  @Tag("perf")
  void largeChunksOfNotificationsParseQuickly() {
    assertThat(parseLargeChunks()).as("frames per second").isGreaterThan(150_000);
  }

  /** Feeds 2,000,000 notification frames in 4,000-frame chunks; returns the frames per second. */
  private static double parseLargeChunks() {
    byte[] one =
        BgapiCodec.encode(
            new AttclientMessages.AttributeValueEvent(0, 0x0E, 1, new byte[] {1, 2, 3, 4, 5, 6}));
    byte[] chunk = new byte[one.length * 4000];
    for (int i = 0; i < 4000; i++) {
      System.arraycopy(one, 0, chunk, i * one.length, one.length);
    }
    long[] count = {0};
    var p = new FrameParser(FrameParser.Side.HOST, (k, cls, id, pl) -> count[0] += pl.length);
    int rounds = 500;
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      p.feed(chunk, 0, chunk.length, 0);
    }
    settle(p, 0);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(p.framesParsed()).isEqualTo(rounds * 4000L);
    assertThat(count[0]).isEqualTo(rounds * 4000L * (one.length - 4));
    double rate = p.framesParsed() / seconds;
    System.out.printf("FrameParser: %.0f notification frames/s%n", rate);
    return rate;
  }

  /** 1 to 64, then a few larger sizes up to the whole stream. */
  static List<Integer> chunkSizes(int total) {
    var out = new ArrayList<Integer>();
    for (int i = 1; i <= 64; i++) {
      out.add(i);
    }
    out.addAll(List.of(100, 257, 1000, total));
    return out;
  }

  /** Lets the line fall quiet for the settle time after bytes fed at {@code atNanos}. */
  static void settle(FrameParser p, long atNanos) {
    p.checkTimeout(atNanos + FrameParser.DEFAULT_SETTLE_TIME.toNanos());
  }
}
