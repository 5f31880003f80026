package io.gattscope.ble.bgapi.codec;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts a BGAPI byte stream, arriving in chunks of any size, into frames, and resynchronises after
 * garbage or lost bytes. Not thread-safe: feed it from one thread (the link's reader).
 *
 * <p>A header is accepted only if its technology bits are 0, its key is registered for this side
 * and its 11-bit length fits the message; otherwise one byte is dropped and the scan restarts at
 * the next. A complete frame whose trailing uint8array length disagrees is treated the same way. A
 * partial frame whose bytes stopped for longer than the inter-byte timeout is dropped when the next
 * chunk arrives.
 */
public final class FrameParser {
  private static final Logger LOG = LoggerFactory.getLogger(FrameParser.class);

  /** The default inter-byte timeout after which a partial frame is discarded. */
  public static final Duration DEFAULT_INTER_BYTE_TIMEOUT = Duration.ofMillis(1000);

  private static final int MAX_FRAME = BgapiCodec.HEADER_LENGTH + BgapiCodec.MAX_PAYLOAD;
  private static final int BUFFER_SIZE = 4 * MAX_FRAME;

  /** Which end of the link this parser reads for. */
  public enum Side {
    /** Reads what a device sends: responses (type bit 0) and events (type bit 1). */
    HOST,
    /** Reads what a host sends: commands (type bit 0); events are invalid. */
    DEVICE
  }

  /** Receives each complete frame, on the thread that called {@code feed}. */
  @FunctionalInterface
  public interface FrameListener {
    /**
     * One frame.
     *
     * @param payload the payload (0 to 2047 bytes), owned by the listener from now on
     */
    void onFrame(MessageKind kind, int classId, int messageId, byte[] payload);
  }

  private final Side side;
  private final FrameListener listener;
  private final long interByteTimeoutNanos;
  private final byte[] buf = new byte[BUFFER_SIZE];
  private int start;
  private int end;
  private long lastByteNanos;
  private boolean dropping;

  private volatile long droppedBytes;
  private volatile long resyncCount;
  private volatile long partialTimeouts;
  private volatile long framesParsed;

  /**
   * A parser with the default inter-byte timeout (1 s: long enough that a late reader thread is not
   * mistaken for a stalled line).
   */
  public FrameParser(Side side, FrameListener listener) {
    this(side, listener, DEFAULT_INTER_BYTE_TIMEOUT);
  }

  /** A parser that drops a partial frame after {@code interByteTimeout} without bytes. */
  public FrameParser(Side side, FrameListener listener, Duration interByteTimeout) {
    this.side = Objects.requireNonNull(side, "side");
    this.listener = Objects.requireNonNull(listener, "listener");
    if (interByteTimeout == null || interByteTimeout.isNegative() || interByteTimeout.isZero()) {
      throw new IllegalArgumentException(
          "inter-byte timeout must be positive, got " + interByteTimeout);
    }
    this.interByteTimeoutNanos = interByteTimeout.toNanos();
  }

  /** Feeds bytes received now. */
  public void feed(byte[] data, int off, int len) {
    feed(data, off, len, System.nanoTime());
  }

  /** Feeds bytes received at {@code nowNanos} (a {@link System#nanoTime()} reading). */
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
      } else if (start > 0 && buf.length - end < Math.min(len, MAX_FRAME)) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
      }
      int n = Math.min(len, buf.length - end);
      System.arraycopy(data, off, buf, end, n);
      end += n;
      off += n;
      len -= n;
      scan(false);
    }
  }

  /**
   * Ends a partial frame whose bytes stopped arriving more than the inter-byte timeout before
   * {@code nowNanos}: its first byte is dropped and the bytes behind it are rescanned as a finished
   * stream, so a complete frame hidden behind a bogus header is still delivered and nothing stays
   * pending. {@link #feed} calls this; a caller may also call it from a timer.
   */
  public void checkTimeout(long nowNanos) {
    if (end > start && nowNanos - lastByteNanos > interByteTimeoutNanos) {
      partialTimeouts++;
      LOG.debug("partial frame of {} byte(s) timed out", end - start);
      scan(true);
      start = 0;
      end = 0;
    }
  }

  /** Discards any partial frame (for example after the link was reopened). */
  public void reset() {
    start = 0;
    end = 0;
    dropping = false;
  }

  /** Bytes held waiting for the rest of a frame. */
  public int pendingBytes() {
    return end - start;
  }

  /** Bytes discarded as garbage or stale partial frames. */
  public long droppedBytes() {
    return droppedBytes;
  }

  /** How many times the parser lost sync and had to skip bytes to find a frame. */
  public long resyncCount() {
    return resyncCount;
  }

  /** How many partial frames were dropped by the inter-byte timeout. */
  public long partialTimeouts() {
    return partialTimeouts;
  }

  /** Frames delivered to the listener. */
  public long framesParsed() {
    return framesParsed;
  }

  /**
   * Cuts frames from the buffer.
   *
   * @param stale no more bytes will come: drop what cannot be completed instead of waiting
   */
  private void scan(boolean stale) {
    final byte[] b = buf;
    while (end - start >= BgapiCodec.HEADER_LENGTH) {
      int b0 = b[start] & 0xFF;
      if ((b0 & 0x78) != 0) {
        dropOne();
        continue;
      }
      MessageKind kind;
      if ((b0 & 0x80) != 0) {
        if (side == Side.DEVICE) {
          dropOne();
          continue;
        }
        kind = MessageKind.EVENT;
      } else {
        kind = side == Side.HOST ? MessageKind.RESPONSE : MessageKind.COMMAND;
      }
      int len = ((b0 & 0x07) << 8) | (b[start + 1] & 0xFF);
      int classId = b[start + 2] & 0xFF;
      int messageId = b[start + 3] & 0xFF;
      int shape = MessageRegistry.packedShape(kind, classId, messageId);
      if (shape == 0) {
        dropOne();
        continue;
      }
      int fixed = (shape - 1) >> 1;
      boolean array = ((shape - 1) & 1) != 0;
      if (array ? len <= fixed || len > fixed + 1 + 0xFF : len != fixed) {
        dropOne();
        continue;
      }
      int frameEnd = start + BgapiCodec.HEADER_LENGTH + len;
      if (frameEnd > end) {
        if (!stale) {
          return;
        }
        dropOne();
        continue;
      }
      int payloadAt = start + BgapiCodec.HEADER_LENGTH;
      if (array && (b[payloadAt + fixed] & 0xFF) != len - fixed - 1) {
        dropOne();
        continue;
      }
      byte[] payload = Arrays.copyOfRange(b, payloadAt, frameEnd);
      start = frameEnd;
      dropping = false;
      framesParsed++;
      deliver(kind, classId, messageId, payload);
    }
    if (stale) {
      while (start < end) {
        dropOne();
      }
    }
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
