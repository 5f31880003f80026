package io.gattscope.ble.bgapi.codec;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a BGAPI byte stream, arriving in chunks of any size, into frames checked against their
 * message definitions, and resynchronises after garbage or lost bytes. Not thread-safe: feed it
 * from one thread at a time (the link's reader, and a timer calling {@link #checkTimeout}).
 *
 * <p>A frame is delivered only if its technology bits are 0, its key is registered for this side,
 * its 11-bit length equals the message's fixed fields plus the value of its trailing uint8array
 * length byte, and no confirmed frame starts inside it (a frame cut short by lost bytes would
 * otherwise take the next frame's header as its value): it waits while such a frame is undecided,
 * and when one is confirmed the bytes before it are dropped. A header that fails is dropped one
 * byte at a time. A frame with an unregistered key is skipped whole only when it is well-formed:
 * class 0 to {@value #MAX_CLASS}, at most {@value #MAX_UNKNOWN_PAYLOAD} payload bytes, and followed
 * by a valid header or the end of the stream. A partial frame whose bytes stopped for longer than
 * the inter-byte timeout is dropped by {@link #checkTimeout}; a complete frame whose last bytes
 * could start another header waits up to the settle time for the bytes that decide it.
 *
 * <p>On a link that loses no bytes (see {@link #FrameParser(Side, FrameListener, Duration,
 * Duration, boolean)}) no frame can be cut short, so a frame that is itself confirmed (a valid
 * header or, once settled, the end of the bytes right behind it) is delivered even when its payload
 * happens to spell another frame: refusing it would lose the value and deliver a frame nobody sent.
 * On a serial line a frame cut short by exactly the next frame's length reads the same, so there
 * such a frame is refused; but when the frame it spells is of another kind and confirmed no better
 * than the frame itself, neither is delivered: a stream's cut frame most often swallowed a frame
 * like itself, and a connection status or a boot spelled in a value should not reach the host.
 */
public final class FrameParser {
  private static final Logger LOG = LoggerFactory.getLogger(FrameParser.class);

  /** The default inter-byte timeout after which a partial frame is discarded. */
  public static final Duration DEFAULT_INTER_BYTE_TIMEOUT = Duration.ofMillis(500);

  /** The default wait for the bytes after a frame whose tail looks like the start of a header. */
  public static final Duration DEFAULT_SETTLE_TIME = Duration.ofMillis(4);

  /** The highest class id the protocol defines (8, test). */
  public static final int MAX_CLASS = 8;

  /** The longest payload of a frame with an unregistered key that is skipped whole. */
  public static final int MAX_UNKNOWN_PAYLOAD = 0xFF + 16;

  private static final int MAX_FRAME = BgapiCodec.HEADER_LENGTH + BgapiCodec.MAX_PAYLOAD;
  private static final int BUFFER_SIZE = 4 * MAX_FRAME;
  private static final int H = BgapiCodec.HEADER_LENGTH;

  /** Which end of the link this parser reads for. */
  public enum Side {
    /** Reads what a device sends: responses (type bit 0) and events (type bit 1). */
    HOST,
    /** Reads what a host sends: commands (type bit 0); events are invalid. */
    DEVICE
  }

  /** How far the bytes in the buffer may still grow. */
  private enum Mode {
    /** More bytes may come at once. */
    OPEN,
    /** The line paused for the settle time: a header cut at the end of the buffer is no header. */
    SETTLED,
    /** No more bytes will come: drop what cannot be completed. */
    STALE
  }

  /** Receives each complete frame, on the thread that called {@code feed}. */
  @FunctionalInterface
  public interface FrameListener {
    /**
     * One frame.
     *
     * @param kind response or event on the host side, command on the device side
     * @param classId the class byte of the header
     * @param messageId the command or event id byte of the header
     * @param payload the payload (0 to 2047 bytes), owned by the listener from now on
     */
    void onFrame(MessageKind kind, int classId, int messageId, byte[] payload);
  }

  private final Side side;
  private final FrameListener listener;
  private final long interByteTimeoutNanos;
  private final long settleNanos;
  private final boolean lossless;
  private final byte[] buf = new byte[BUFFER_SIZE];
  private int start;
  private int end;
  private long lastByteNanos;
  private boolean dropping;
  private boolean settling;

  /** For the frame waiting at {@code start}: inner headers before this index were ruled out. */
  private int innerFrom;

  /**
   * Where the confirmed frame that made {@link #judge} refuse the frame at {@code start} starts.
   */
  private int rival = -1;

  /** Whether that rival is confirmed by a valid header behind it that is not behind the frame. */
  private boolean rivalStrong;

  private volatile long droppedBytes;
  private volatile long resyncCount;
  private volatile long partialTimeouts;
  private volatile long framesParsed;
  private volatile long unknownFrames;
  private volatile long refusedFrames;

  /**
   * A parser with the default inter-byte timeout and settle time.
   *
   * @param side which end of the link the bytes come from, and so which kinds are valid
   * @param listener receives each complete frame on the thread that feeds the parser
   * @throws NullPointerException if the side or the listener is missing
   */
  public FrameParser(Side side, FrameListener listener) {
    this(side, listener, DEFAULT_INTER_BYTE_TIMEOUT);
  }

  /**
   * A parser that drops a partial frame after {@code interByteTimeout} without bytes.
   *
   * @param side which end of the link the bytes come from, and so which kinds are valid
   * @param listener receives each complete frame on the thread that feeds the parser
   * @param interByteTimeout how long a partial frame may wait for its next byte; positive
   * @throws IllegalArgumentException if a duration is missing, zero or negative
   * @throws NullPointerException if the side or the listener is missing
   */
  public FrameParser(Side side, FrameListener listener, Duration interByteTimeout) {
    this(side, listener, interByteTimeout, DEFAULT_SETTLE_TIME);
  }

  /**
   * A parser that drops a partial frame after {@code interByteTimeout} without bytes and decides a
   * frame with an ambiguous tail after {@code settleTime} without bytes.
   *
   * @param side which end of the link the bytes come from, and so which kinds are valid
   * @param listener receives each complete frame on the thread that feeds the parser
   * @param interByteTimeout how long a partial frame may wait for its next byte; positive
   * @param settleTime how long a frame whose tail looks like another header waits for the bytes
   *     that decide it; positive, and capped at the inter-byte timeout
   * @throws IllegalArgumentException if a duration is missing, zero or negative
   * @throws NullPointerException if the side or the listener is missing
   */
  public FrameParser(
      Side side, FrameListener listener, Duration interByteTimeout, Duration settleTime) {
    this(side, listener, interByteTimeout, settleTime, false);
  }

  /**
   * A parser as {@link #FrameParser(Side, FrameListener, Duration, Duration)} that, when {@code
   * lossless}, trusts a complete frame confirmed by what follows it over a frame its payload
   * spells.
   *
   * @param side which end of the link the bytes come from, and so which kinds are valid
   * @param listener receives each complete frame on the thread that feeds the parser
   * @param interByteTimeout how long a partial frame may wait for its next byte; positive
   * @param settleTime how long a frame whose tail looks like another header waits for the bytes
   *     that decide it; positive, and capped at the inter-byte timeout
   * @param lossless whether the link can lose no bytes (an in-memory pipe), so that no frame on it
   *     can be cut short; only garbage written onto it can then open a false frame
   * @throws IllegalArgumentException if a duration is missing, zero or negative
   * @throws NullPointerException if the side or the listener is missing
   */
  public FrameParser(
      Side side,
      FrameListener listener,
      Duration interByteTimeout,
      Duration settleTime,
      boolean lossless) {
    this.lossless = lossless;
    this.side = Objects.requireNonNull(side, "side");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.interByteTimeoutNanos = positive(interByteTimeout, "inter-byte timeout");
    this.settleNanos = Math.min(positive(settleTime, "settle time"), interByteTimeoutNanos);
  }

  private static long positive(Duration d, String what) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + d);
    }
    return d.toNanos();
  }

  /**
   * Feeds bytes received now.
   *
   * @param data the array holding the received bytes; read, not kept
   * @param off the index of the first received byte
   * @param len how many bytes were received
   * @throws IndexOutOfBoundsException if off and len do not lie within the array
   */
  public void feed(byte[] data, int off, int len) {
    feed(data, off, len, System.nanoTime());
  }

  /**
   * Feeds bytes received at {@code nowNanos} (a {@link System#nanoTime()} reading).
   *
   * @param data the array holding the received bytes; read, not kept
   * @param off the index of the first received byte
   * @param len how many bytes were received
   * @param nowNanos when the bytes arrived, a {@link System#nanoTime()} reading
   * @throws IndexOutOfBoundsException if off and len do not lie within the array
   */
  public void feed(byte[] data, int off, int len, long nowNanos) {
    Objects.checkFromIndexSize(off, len, data.length);
    if (len == 0) {
      return;
    }
    checkTimeout(nowNanos);
    lastByteNanos = nowNanos;
    while (len > 0) {
      if (start == end) {
        start = 0;
        end = 0;
        innerFrom = 0;
      } else if (start > 0 && buf.length - end < Math.min(len, MAX_FRAME)) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
        innerFrom = 0;
      }
      int n = Math.min(len, buf.length - end);
      System.arraycopy(data, off, buf, end, n);
      end += n;
      off += n;
      len -= n;
      scan(Mode.OPEN);
    }
  }

  /**
   * Settles what waits once the line has been quiet long enough: after the settle time a complete
   * frame whose tail only looked like the start of another header is delivered; after the inter-
   * byte timeout a partial frame's first byte is dropped and the bytes behind it are rescanned as a
   * finished stream, so a complete frame hidden behind a stray header is still delivered and
   * nothing stays pending. {@link #feed} calls this; a timer should call it at {@link
   * #nextCheckNanos()}.
   *
   * @param nowNanos the current {@link System#nanoTime()} reading
   */
  public void checkTimeout(long nowNanos) {
    if (end == start) {
      return;
    }
    long quiet = nowNanos - lastByteNanos;
    if (quiet > interByteTimeoutNanos) {
      partialTimeouts++;
      LOG.debug("partial frame of {} byte(s) timed out", end - start);
      scan(Mode.STALE);
      start = 0;
      end = 0;
      innerFrom = 0;
    } else if (settling && quiet >= settleNanos) {
      scan(Mode.SETTLED);
    }
  }

  /**
   * When {@link #checkTimeout} next has work to do, as a {@link System#nanoTime()} reading, or
   * {@link Long#MAX_VALUE} when nothing is pending.
   *
   * @return the {@link System#nanoTime()} reading to call {@link #checkTimeout} at, or {@link
   *     Long#MAX_VALUE}
   */
  public long nextCheckNanos() {
    if (end == start) {
      return Long.MAX_VALUE;
    }
    return lastByteNanos + (settling ? settleNanos : interByteTimeoutNanos + 1);
  }

  /** Discards any partial frame (for example after the link was reopened). */
  public void reset() {
    start = 0;
    end = 0;
    innerFrom = 0;
    dropping = false;
    settling = false;
  }

  /**
   * Bytes held waiting for the rest of a frame.
   *
   * @return the number of bytes held, 0 when nothing is pending
   */
  public int pendingBytes() {
    return end - start;
  }

  /**
   * Bytes discarded as garbage, stale partial frames or frames with unregistered keys.
   *
   * @return the count of dropped bytes since the parser was made
   */
  public long droppedBytes() {
    return droppedBytes;
  }

  /**
   * How many times the parser lost sync and had to skip bytes to find a frame.
   *
   * @return the count of resynchronisations since the parser was made
   */
  public long resyncCount() {
    return resyncCount;
  }

  /**
   * How many partial frames were dropped by the inter-byte timeout.
   *
   * @return the count of timed-out partial frames since the parser was made
   */
  public long partialTimeouts() {
    return partialTimeouts;
  }

  /**
   * Frames delivered to the listener.
   *
   * @return the count of delivered frames since the parser was made
   */
  public long framesParsed() {
    return framesParsed;
  }

  /**
   * Well-formed frames with an unregistered key, skipped whole.
   *
   * @return the count of skipped unknown frames since the parser was made
   */
  public long unknownFrames() {
    return unknownFrames;
  }

  /**
   * Complete frames refused because a confirmed frame started inside them.
   *
   * @return the count of refused frames since the parser was made
   */
  public long refusedFrames() {
    return refusedFrames;
  }

  /**
   * Frames dropped in all: resynchronisations (each a run of bad bytes) and unknown frames.
   *
   * @return resyncCount() plus unknownFrames()
   */
  public long droppedFrames() {
    return resyncCount + unknownFrames;
  }

  /** Cuts frames from the buffer. */
  private void scan(Mode mode) {
    settling = false;
    while (end - start >= H) {
      int shape = knownShape(start);
      if (shape < 0) {
        if (!unknownFrame(mode)) {
          return;
        }
        continue;
      }
      if (!lengthFits(start, shape)) {
        dropOne();
        continue;
      }
      int frameEnd = start + H + length(start);
      if (frameEnd > end) {
        if (mode != Mode.STALE && !frameInsidePartialFrame(mode)) {
          return;
        }
        dropOne();
        continue;
      }
      if (!arrayByteFits(start, shape)) {
        dropOne();
        continue;
      }
      int verdict = side == Side.DEVICE ? NONE : judge(frameEnd, mode);
      if (verdict == FOUND && (lossless || spelledOtherKind())) {
        int own = ownVerdict(frameEnd, mode);
        if (own == NONE && !lossless) {
          refusedFrames++;
          dropTo(frameEnd);
          continue;
        }
        verdict = own;
      }
      if (verdict == WAIT) {
        settling = true;
        return;
      }
      if (verdict == FOUND) {
        refusedFrames++;
        dropTo(rival);
        continue;
      }
      emit(frameEnd);
    }
    if (mode == Mode.STALE) {
      while (start < end) {
        dropOne();
      }
    }
  }

  /**
   * Handles a header whose key is not registered: skips a well-formed frame whole when a valid
   * header or the end of the stream follows it, waits for the bytes that decide, or drops one byte.
   *
   * @return false to stop scanning and wait for more bytes
   */
  private boolean unknownFrame(Mode mode) {
    if (!wellFormedUnknownHeader(start)) {
      dropOne();
      return true;
    }
    int frameEnd = start + H + length(start);
    boolean skip;
    if (frameEnd > end) {
      if (mode != Mode.STALE && !frameInsidePartialFrame(mode)) {
        return false;
      }
      skip = false;
    } else if (frameEnd + H <= end) {
      int next = knownShape(frameEnd);
      skip = next >= 0 && lengthFits(frameEnd, next);
    } else if (mode == Mode.OPEN) {
      settling = true;
      return false;
    } else {
      skip = frameEnd == end;
    }
    if (skip && innerHeader(start + 1, frameEnd, Mode.STALE) == FOUND) {
      skip = false;
    }
    if (!skip) {
      dropOne();
      return true;
    }
    droppedBytes += frameEnd - start;
    unknownFrames++;
    dropping = false;
    start = frameEnd;
    return true;
  }

  /**
   * Whether a complete frame starts inside the partial frame at {@code start} and is confirmed by a
   * valid header behind it, or, once the line settled, by the end of the bytes: then the partial
   * frame is a stray header and must not hold that frame back. Positions ruled out for good are not
   * looked at again.
   */
  private boolean frameInsidePartialFrame(Mode mode) {
    int from = Math.max(start + 1, innerFrom);
    int firstOpen = -1;
    for (int s = from; s + H <= end; s++) {
      if (!validHeader(s)) {
        continue;
      }
      int innerEnd = s + H + length(s);
      if (innerEnd + H <= end ? validHeader(innerEnd) : innerEnd == end && mode != Mode.OPEN) {
        return true;
      }
      if (innerEnd == end) {
        settling = true;
      }
      if (firstOpen < 0) {
        firstOpen = s;
      }
    }
    innerFrom = firstOpen >= 0 ? firstOpen : Math.max(from, end - H + 1);
    return false;
  }

  private static final int NONE = 0;
  private static final int WAIT = 1;
  private static final int FOUND = 2;

  /**
   * Decides a complete, consistent frame ending at {@code frameEnd}. A frame cut short by lost
   * bytes runs into the frame behind it and swallows its header, so every valid header starting
   * inside the frame (also one whose bytes reach past its end) is a rival. The frame is refused,
   * and the parser resyncs to the rival, when a rival is confirmed: complete, with a valid header
   * or, once the line settled, the end of the bytes right behind it, or lying wholly inside with an
   * agreeing array length. This holds even when a valid header follows the frame itself: a cut
   * frame that swallowed a whole frame ends on the next real header too. While a rival still waits
   * for the bytes that decide it, the frame waits (in an open stream only; the settle time ends the
   * wait). Otherwise the frame is delivered, whatever follows it, so a real frame followed by line
   * noise is kept.
   *
   * @return NONE to deliver, FOUND to refuse (the rival's start is in {@code rival}), WAIT for more
   *     bytes or the settle time
   */
  private int judge(int frameEnd, Mode mode) {
    boolean undecided = false;
    for (int s = start + 1; s < frameEnd; s++) {
      if ((buf[s] & 0x78) != 0) {
        continue;
      }
      if (s + H > end) {
        undecided |= mode == Mode.OPEN && couldStartHeader(s);
        continue;
      }
      if (!validHeader(s)) {
        continue;
      }
      int innerEnd = s + H + length(s);
      boolean confirmed;
      if (innerEnd + H <= end) {
        confirmed = validHeader(innerEnd);
      } else if (mode == Mode.OPEN) {
        confirmed = false;
        undecided |= innerEnd > end || couldStartHeader(innerEnd);
      } else {
        confirmed = innerEnd == end;
      }
      if (confirmed || (innerEnd <= frameEnd && endsWithArray(s))) {
        rival = s;
        rivalStrong = confirmed && innerEnd != frameEnd;
        return FOUND;
      }
    }
    return undecided ? WAIT : NONE;
  }

  /**
   * Whether the rival {@link #judge} found reads no better than the frame at {@code start} (it ends
   * where the frame ends, or only its array length agrees) and is of another message kind.
   */
  private boolean spelledOtherKind() {
    if (rivalStrong) {
      return false;
    }
    boolean sameKind =
        ((buf[rival] ^ buf[start]) & 0x80) == 0
            && buf[rival + 2] == buf[start + 2]
            && buf[rival + 3] == buf[start + 3];
    return !sameKind;
  }

  /**
   * Decides a frame with a rival by what follows the frame itself: a valid header right behind it,
   * or the end of the bytes once the line settled, confirms it (NONE); bytes that could still
   * become a header make it wait (WAIT); anything else leaves it refused in favour of the rival
   * (FOUND), as garbage or a cut frame.
   */
  private int ownVerdict(int frameEnd, Mode mode) {
    if (frameEnd + H <= end) {
      return validHeader(frameEnd) ? NONE : FOUND;
    }
    if (mode != Mode.OPEN) {
      return frameEnd == end ? NONE : FOUND;
    }
    return frameEnd == end || couldStartHeader(frameEnd) ? WAIT : FOUND;
  }

  /** Whether the registered message at {@code at} ends with a uint8array (its length agreed). */
  private boolean endsWithArray(int at) {
    return ((knownShape(at) - 1) & 1) != 0;
  }

  /** Whether a registered header whose length fits starts at {@code at} (4 bytes in the buffer). */
  private boolean validHeader(int at) {
    int shape = knownShape(at);
    return shape >= 0 && lengthFits(at, shape) && arrayByteFits(at, shape);
  }

  /**
   * Looks for a valid frame header starting in {@code [from, to)}: one whose key is registered and
   * whose length fits (FOUND), or, in an open stream, bytes at the end of the buffer that could
   * still become one (WAIT).
   */
  private int innerHeader(int from, int to, Mode mode) {
    int result = NONE;
    for (int s = from; s < to; s++) {
      int b0 = buf[s] & 0xFF;
      if ((b0 & 0x78) != 0 || (side == Side.DEVICE && (b0 & 0x80) != 0)) {
        continue;
      }
      if (s + H <= end) {
        if (validHeader(s)) {
          return FOUND;
        }
      } else if (mode == Mode.OPEN && couldStartHeader(s)) {
        result = WAIT;
      }
    }
    return result;
  }

  /**
   * Whether the bytes from {@code s} to the end of the buffer (fewer than 4) could open a header.
   */
  private boolean couldStartHeader(int s) {
    int have = end - s;
    if (have >= 2 && length(s) > MAX_KNOWN_PAYLOAD) {
      return false;
    }
    return have < 3 || (buf[s + 2] & 0xFF) <= MAX_CLASS;
  }

  private static final int MAX_KNOWN_PAYLOAD = 0xFF + 32;

  /** The packed shape of the registered key at {@code at}, or -1 (header must be in the buffer). */
  private int knownShape(int at) {
    int b0 = buf[at] & 0xFF;
    if ((b0 & 0x78) != 0) {
      return -1;
    }
    MessageKind kind;
    if ((b0 & 0x80) != 0) {
      if (side == Side.DEVICE) {
        return -1;
      }
      kind = MessageKind.EVENT;
    } else {
      kind = side == Side.HOST ? MessageKind.RESPONSE : MessageKind.COMMAND;
    }
    int shape = MessageRegistry.packedShape(kind, buf[at + 2] & 0xFF, buf[at + 3] & 0xFF);
    return shape == 0 ? -1 : shape;
  }

  private boolean wellFormedUnknownHeader(int at) {
    int b0 = buf[at] & 0xFF;
    return (b0 & 0x78) == 0
        && !(side == Side.DEVICE && (b0 & 0x80) != 0)
        && (buf[at + 2] & 0xFF) <= MAX_CLASS
        && length(at) <= MAX_UNKNOWN_PAYLOAD;
  }

  private int length(int at) {
    return ((buf[at] & 0x07) << 8) | (buf[at + 1] & 0xFF);
  }

  private boolean lengthFits(int at, int shape) {
    int len = length(at);
    int fixed = (shape - 1) >> 1;
    boolean array = ((shape - 1) & 1) != 0;
    return array ? len > fixed && len <= fixed + 1 + 0xFF : len == fixed;
  }

  /** Whether the array length byte, if the shape has one and it is in the buffer, agrees. */
  private boolean arrayByteFits(int at, int shape) {
    int fixed = (shape - 1) >> 1;
    if (((shape - 1) & 1) == 0) {
      return true;
    }
    int lengthByte = at + H + fixed;
    return lengthByte >= end || (buf[lengthByte] & 0xFF) == length(at) - fixed - 1;
  }

  private void emit(int frameEnd) {
    int b0 = buf[start] & 0xFF;
    MessageKind kind =
        (b0 & 0x80) != 0
            ? MessageKind.EVENT
            : side == Side.HOST ? MessageKind.RESPONSE : MessageKind.COMMAND;
    int classId = buf[start + 2] & 0xFF;
    int messageId = buf[start + 3] & 0xFF;
    byte[] payload = Arrays.copyOfRange(buf, start + H, frameEnd);
    start = frameEnd;
    dropping = false;
    framesParsed++;
    deliver(kind, classId, messageId, payload);
  }

  /** Drops the bytes before {@code rival}, or one byte when there is no rival. */
  private void dropTo(int rival) {
    if (rival <= start) {
      dropOne();
      return;
    }
    if (!dropping) {
      dropping = true;
      resyncCount++;
    }
    droppedBytes += rival - start;
    start = rival;
  }

  private void dropOne() {
    if (!dropping) {
      dropping = true;
      resyncCount++;
    }
    droppedBytes++;
    start++;
  }

  private void deliver(MessageKind kind, int classId, int messageId, byte[] payload) {
    try {
      listener.onFrame(kind, classId, messageId, payload);
    } catch (RuntimeException e) {
      LOG.warn(
          "frame listener failed on {} ({},{}) with {}-byte payload",
          kind,
          classId,
          messageId,
          payload.length,
          e);
    }
  }
}
