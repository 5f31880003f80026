package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.SocatPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serves one end of a socat pty pair with the simulator and talks raw BGAPI bytes to it from the
 * other end: boot, hello, scan, connect, discover, read, write, subscribe.
 */
class SimulatorSerialIT {
  @TempDir Path dir;
  private SocatPair socat;
  private SerialLink host;
  private Simulator sim;
  private final LinkedBlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService settle = Executors.newSingleThreadScheduledExecutor();

  @BeforeEach
  void startSocat() throws Exception {
    socat = SocatPair.start(dir);
    String a = socat.a();
    String b = socat.b();
    FrameParser parser =
        new FrameParser(
            FrameParser.Side.HOST,
            (kind, cls, id, p) -> {
              byte[] f = new byte[4 + p.length];
              f[0] = (byte) ((kind == MessageKind.EVENT ? 0x80 : 0) | p.length >> 8);
              f[1] = (byte) p.length;
              f[2] = (byte) cls;
              f[3] = (byte) id;
              System.arraycopy(p, 0, f, 4, p.length);
              frames.add(f);
            });
    host = new SerialLink(b);
    host.setReceiver(
        new LinkReceiver() {
          @Override
          public void onData(byte[] buf, int off, int len) {
            synchronized (parser) {
              parser.feed(buf, off, len, System.nanoTime());
            }
          }

          @Override
          public void onClosed(Throwable cause) {}
        });
    host.open();
    // the parser settles a frame whose tail could start another one after a quiet spell: a
    // host drives that with a timer, as BgapiBackend does
    settle.scheduleWithFixedDelay(
        () -> {
          synchronized (parser) {
            parser.checkTimeout(System.nanoTime());
          }
        },
        1,
        1,
        TimeUnit.MILLISECONDS);
    sim = Simulator.serveSerial(a);
  }

  @AfterEach
  void stop() throws Exception {
    settle.shutdownNow();
    if (sim != null) {
      sim.close();
    }
    if (host != null) {
      host.close();
    }
    if (socat != null) {
      socat.close();
    }
  }

  @Test
  void aRawByteScriptScansConnectsDiscoversReadsWritesAndSubscribes() throws Exception {
    expect("80 0C 00 00 01 00 03 00 02 00 7A 00 02 00 01 01");
    command("00 00 00 01", "00 00 00 01");

    command("00 05 06 07 10 00 10 00 01", "00 02 06 07 00 00");
    command("00 01 06 02 01", "00 02 06 02 00 00");
    byte[] adv = next(f -> isScan(f) && isHrm(f, 6) && f[5] == 0);
    assertThat(hex(Arrays.copyOfRange(adv, 13, adv.length)))
        .isEqualTo("FF 0D 02 01 06 05 03 0D 18 0F 18 03 19 41 03");
    byte[] rsp = next(f -> isScan(f) && isHrm(f, 6) && f[5] == 4);
    assertThat(new String(rsp, 17, 13)).isEqualTo("GattScope HRM");
    command("00 00 06 04", "00 02 06 04 00 00");

    command("00 0F 06 03 01 01 5E 80 07 00 00 06 00 0C 00 64 00 00 00", "00 03 06 03 00 00 00");
    expect("80 10 03 00 00 05 01 01 5E 80 07 00 00 0C 00 64 00 00 00 FF");

    command("00 08 04 01 00 01 00 FF FF 02 00 28", "00 03 04 01 00 00 00");
    expect("80 08 04 02 00 01 00 05 00 02 00 18");
    expect("80 08 04 02 00 06 00 0D 00 02 0D 18");
    expect("80 08 04 02 00 0E 00 11 00 02 0F 18");
    expect("80 08 04 02 00 12 00 1A 00 02 0A 18");
    expect("80 08 04 02 00 1B 00 20 00 02 01 18"); // Generic Attribute (Service Changed, Hash)
    expect("80 05 04 01 00 00 00 FF FF");

    command("00 03 04 04 00 03 00", "00 03 04 04 00 00 00");
    expect("80 12 04 05 00 03 00 00 0D 47 61 74 74 53 63 6F 70 65 20 48 52 4D");

    command("00 05 04 05 00 0D 00 01 01", "00 03 04 05 00 00 00");
    expect("80 05 04 01 00 00 00 0D 00");

    sim.setNotificationRate(HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 50);
    command("00 06 04 05 00 09 00 02 01 00", "00 03 04 05 00 00 00");
    expect("80 05 04 01 00 00 00 09 00");
    for (int i = 0; i < 5; i++) {
      byte[] n = next(f -> (f[0] & 0x80) != 0 && f[2] == 4 && f[3] == 5);
      assertThat(hex(Arrays.copyOf(n, 8)))
          .isEqualTo(hex(hex("80 " + hex(new byte[] {n[1]}) + " 04 05 00 08 00 01")));
      int bpm = (n[9] & 1) == 0 ? n[10] & 0xFF : (n[10] & 0xFF) | (n[11] & 0xFF) << 8;
      assertThat(bpm).isBetween(60, 180);
    }

    command("00 01 03 00 00", "00 03 03 00 00 00 00");
    next(f -> hex(f).equals("80 03 03 04 00 16 02"));
  }

  private void command(String cmd, String response) {
    byte[] b = hex(cmd);
    host.send(b, 0, b.length);
    expect(response);
  }

  private void expect(String expected) {
    byte[] f = next(x -> !isScan(x) && !(x[2] == 4 && x[3] == 5 && x[0] < 0 && x[7] == 1));
    assertThat(hex(f)).isEqualTo(hex(hex(expected)));
  }

  private byte[] next(Predicate<byte[]> wanted) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    try {
      while (true) {
        byte[] f = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (f == null) {
          fail("no matching frame from the simulator within 5 s");
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

  private static boolean isScan(byte[] f) {
    return (f[0] & 0x80) != 0 && f[2] == 6 && f[3] == 0;
  }

  private static boolean isHrm(byte[] f, int at) {
    return hex(Arrays.copyOfRange(f, at, at + 6)).equals("01 01 5E 80 07 00");
  }

  private static byte[] hex(String s) {
    return DongleHarness.hex(s);
  }

  private static String hex(byte[] b) {
    return DongleHarness.hex(b);
  }
}
