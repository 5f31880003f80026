package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Drives a simulator with raw command bytes over an in-memory link and checks raw frames. */
final class DongleHarness implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(3);

  final InMemoryLink host;
  final Simulator sim;
  final LinkedBlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  final ByteArrayOutputStream raw = new ByteArrayOutputStream();
  final CompletableFuture<Throwable> closed = new CompletableFuture<>();

  DongleHarness(SimulatorConfig config) {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    host = pair.host();
    FrameParser parser = new FrameParser(FrameParser.Side.HOST, this::onFrame);
    host.setReceiver(
        new LinkReceiver() {
          @Override
          public void onData(byte[] buf, int off, int len) {
            synchronized (raw) {
              raw.write(buf, off, len);
            }
            parser.feed(buf, off, len);
            parser.checkTimeout(System.nanoTime() + FrameParser.DEFAULT_SETTLE_TIME.toNanos());
          }

          @Override
          public void onClosed(Throwable cause) {
            closed.complete(cause);
          }
        });
    host.open();
    sim = Simulator.start(pair.device(), config);
  }

  DongleHarness() {
    this(SimulatorConfig.defaults().withProcedureDelay(Duration.ofMillis(2)));
  }

  private void onFrame(MessageKind kind, int classId, int messageId, byte[] payload) {
    byte[] f = new byte[4 + payload.length];
    f[0] = (byte) ((kind == MessageKind.EVENT ? 0x80 : 0) | (payload.length >> 8));
    f[1] = (byte) payload.length;
    f[2] = (byte) classId;
    f[3] = (byte) messageId;
    System.arraycopy(payload, 0, f, 4, payload.length);
    frames.add(f);
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  static String hex(byte[] b) {
    return HexFormat.ofDelimiter(" ").formatHex(b).toUpperCase();
  }

  void send(String hexBytes) {
    byte[] b = hex(hexBytes);
    host.send(b, 0, b.length);
  }

  /** The next frame, skipping scan responses and notifications. */
  byte[] next() {
    return next(f -> !isScanResponse(f) && !isPushedValue(f), WAIT);
  }

  byte[] next(Predicate<byte[]> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        byte[] f = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
        if (f == null) {
          fail("no matching frame within " + timeout);
        }
        if (wanted.test(f)) {
          return f;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Asserts the next (non-scan, non-notification) frame is exactly {@code expected}. */
  void expect(String expected) {
    assertThat(hex(next())).isEqualTo(hex(hex(expected)));
  }

  /** Sends a command and asserts the exact response. */
  void command(String cmd, String response) {
    send(cmd);
    expect(response);
  }

  /** Asserts no frame matching {@code p} arrives within {@code d}. */
  void expectNone(Predicate<byte[]> p, Duration d) {
    long deadline = System.nanoTime() + d.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        byte[] f = frames.poll(left, TimeUnit.NANOSECONDS);
        if (f != null && p.test(f)) {
          fail("unexpected frame " + hex(f));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static boolean isScanResponse(byte[] f) {
    return (f[0] & 0x80) != 0 && f[2] == 6 && f[3] == 0;
  }

  static boolean isPushedValue(byte[] f) {
    return (f[0] & 0x80) != 0 && f[2] == 4 && f[3] == 5 && (f[7] == 1 || f[7] == 5);
  }

  /** Connects to the device with this little-endian address hex and type; returns nothing. */
  void connect(String addressLe, int type, int handle, String statusTail) {
    command(
        "00 0F 06 03 " + addressLe + String.format(" %02X", type) + " 06 00 0C 00 64 00 00 00",
        String.format("00 03 06 03 00 00 %02X", handle));
    expect(
        String.format("80 10 03 00 %02X 05 ", handle)
            + addressLe
            + String.format(" %02X", type)
            + " 0C 00 64 00 00 00 "
            + statusTail);
  }

  void connectHrm() {
    connect("01 01 5E 80 07 00", 0, 0, "FF");
  }

  @Override
  public void close() {
    sim.close();
    host.close();
  }
}
