package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simulator's notification blast over the in-memory link: nothing lost, nothing reordered. */
class BlastTest {
  private static final Logger LOG = LoggerFactory.getLogger(BlastTest.class);

  @Test
  void aBlastDeliversEverySequenceNumberInOrder() throws Exception {
    blastEndToEnd(100_000);
  }

  @Test
  @Tag("perf")
  void aBlastRunsAtMoreThan200kNotificationsPerSecondEndToEnd() throws Exception {
    assertThat(blastEndToEnd(500_000)).isGreaterThan(200_000);
  }

  @Test
  void theDongleSideWritesEveryNotificationWhole() throws Exception {
    blastIntoAByteCounter(200_000);
  }

  @Test
  @Tag("perf")
  void theDongleSideWritesMoreThanAMillionNotificationsPerSecond() throws Exception {
    assertThat(blastIntoAByteCounter(2_000_000)).isGreaterThan(1_000_000);
  }

  /**
   * Blasts {@code count} notifications through the simulator, the in-memory link and a parser,
   * checks that every sequence number arrives in order, and returns the end-to-end rate per second.
   */
  private static double blastEndToEnd(int count) throws Exception {
    InMemoryLink.Pair pair = InMemoryLink.pair(1 << 20, Duration.ofSeconds(10));
    AtomicLong nextSeq = new AtomicLong();
    AtomicInteger outOfOrder = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(1);
    CountDownLatch subscribed = new CountDownLatch(2);
    FrameParser parser =
        new FrameParser(
            FrameParser.Side.HOST,
            (kind, cls, id, p) -> {
              if (kind == MessageKind.EVENT && cls == 4 && id == 5 && p[3] == 1 && p[4] == 20) {
                long seq =
                    (p[5] & 0xFFL)
                        | (p[6] & 0xFFL) << 8
                        | (p[7] & 0xFFL) << 16
                        | (p[8] & 0xFFL) << 24;
                long expected = nextSeq.getAndIncrement();
                if (seq != expected) {
                  if (outOfOrder.getAndIncrement() == 0) {
                    LOG.error(
                        "first gap: expected {} got {} dropped {}", expected, seq, droppedBytes());
                  }
                  nextSeq.set(seq + 1);
                }
                if (seq == count - 1) {
                  done.countDown();
                }
              } else if (cls == 3 || (cls == 4 && id == 1)) {
                subscribed.countDown();
              }
            },
            Duration.ofSeconds(5));
    pair.host()
        .setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                synchronized (parser) {
                  parser.feed(buf, off, len);
                }
              }

              @Override
              public void onClosed(Throwable cause) {}
            });
    pair.host().open();
    var quiet = Executors.newSingleThreadScheduledExecutor();
    quiet.scheduleWithFixedDelay(
        () -> {
          synchronized (parser) {
            parser.checkTimeout(System.nanoTime());
          }
        },
        2,
        2,
        TimeUnit.MILLISECONDS);
    try (Simulator sim =
        Simulator.start(
            pair.device(), SimulatorConfig.defaults().withProcedureDelay(Duration.ofMillis(1)))) {
      byte[] script =
          DongleHarness.hex(
              "00 0F 06 03 03 01 5E 80 07 00 00 06 00 0C 00 64 00 00 00"
                  + "00 06 04 05 00 09 00 02 01 00");
      pair.host().send(script, 0, 19);
      Waits.waitFor(() -> !sim.connections().isEmpty());
      pair.host().send(script, 19, script.length - 19);
      assertThat(subscribed.await(3, TimeUnit.SECONDS)).isTrue();
      sim.setNotificationRate(MotionSensor.ADDRESS, 8, 0);
      long start = System.nanoTime();
      SimulatorControl.BlastResult r = sim.blast(0, 8, count, 20).get(30, TimeUnit.SECONDS);
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
      double perSecond = count * 1e9 / (System.nanoTime() - start);
      LOG.info(
          "blast of {} notifications: {} /s end to end, {} /s written",
          count,
          (long) perSecond,
          (long) r.perSecond());
      assertThat(r.count()).isEqualTo(count);
      LOG.info(
          "parser dropped {} bytes, {} partial timeouts, {} resyncs",
          parser.droppedBytes(),
          parser.partialTimeouts(),
          parser.resyncCount());
      assertThat(outOfOrder.get()).isZero();
      return perSecond;
    } finally {
      quiet.shutdownNow();
      pair.host().close();
    }
  }

  private static long droppedBytes() {
    return 0;
  }

  /**
   * Blasts {@code count} notifications into a byte counter, checks that every byte arrives, and
   * returns the rate the simulator wrote them at.
   */
  private static double blastIntoAByteCounter(int count) throws Exception {
    InMemoryLink.Pair pair = InMemoryLink.pair(4 << 20, Duration.ofSeconds(10));
    AtomicLong bytes = new AtomicLong();
    CountDownLatch connected = new CountDownLatch(1);
    CountDownLatch subscribed = new CountDownLatch(1);
    pair.host()
        .setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                if (bytes.addAndGet(len) == 7 + 20) {
                  connected.countDown();
                } else if (bytes.get() == 7 + 20 + 7 + 9) {
                  subscribed.countDown();
                }
              }

              @Override
              public void onClosed(Throwable cause) {}
            });
    pair.host().open();
    try (Simulator sim =
        Simulator.start(
            pair.device(), SimulatorConfig.defaults().withProcedureDelay(Duration.ofMillis(1)))) {
      sim.setNotificationRate(MotionSensor.ADDRESS, 8, 0);
      byte[] script =
          DongleHarness.hex(
              "00 0F 06 03 03 01 5E 80 07 00 00 06 00 0C 00 64 00 00 00"
                  + "00 06 04 05 00 09 00 02 01 00");
      pair.host().send(script, 0, 19);
      assertThat(connected.await(3, TimeUnit.SECONDS)).isTrue();
      pair.host().send(script, 19, script.length - 19);
      assertThat(subscribed.await(3, TimeUnit.SECONDS)).isTrue();
      long before = bytes.get();
      SimulatorControl.BlastResult r = sim.blast(0, 8, count, 20).get(30, TimeUnit.SECONDS);
      LOG.info("blast into a byte counter: {} notifications/s", (long) r.perSecond());
      assertThat(r.count()).isEqualTo(count);
      Waits.waitFor(() -> bytes.get() - before >= 29L * count);
      assertThat(bytes.get() - before).isEqualTo(29L * count);
      return r.perSecond();
    } finally {
      pair.host().close();
    }
  }
}
