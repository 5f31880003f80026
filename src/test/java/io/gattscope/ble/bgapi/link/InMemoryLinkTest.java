package io.gattscope.ble.bgapi.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.testsupport.Waits;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class InMemoryLinkTest {
  private final RecordingReceiver hostRx = new RecordingReceiver();
  private final RecordingReceiver deviceRx = new RecordingReceiver();
  private InMemoryLink.Pair pair;

  private void openPair(int capacity) {
    pair = InMemoryLink.pair(capacity, Duration.ofSeconds(5));
    pair.host().setReceiver(hostRx);
    pair.device().setReceiver(deviceRx);
    pair.host().open();
    pair.device().open();
  }

  @AfterEach
  void closeBoth() {
    if (pair != null) {
      pair.host().close();
      pair.device().close();
    }
  }

  @Test
  void bytesArriveInOrderBothWaysOnTheReceiversOwnThread() throws Exception {
    openPair(InMemoryLink.DEFAULT_CAPACITY);
    pair.host().send(new byte[] {1, 2, 3}, 0, 3);
    pair.host().send(new byte[] {9, 4, 5, 9}, 1, 2);
    pair.device().send(new byte[] {7}, 0, 1);

    assertThat(deviceRx.awaitBytes(5, 5000)).isTrue();
    assertThat(hostRx.awaitBytes(1, 5000)).isTrue();
    assertThat(deviceRx.bytes()).containsExactly(1, 2, 3, 4, 5);
    assertThat(hostRx.bytes()).containsExactly(7);
    assertThat(deviceRx.dataThread).isNotSameAs(Thread.currentThread());
    assertThat(deviceRx.dataThread.getName()).isEqualTo("bgapi-inmemory-device-rx");
    assertThat(deviceRx.dataThread.isDaemon()).isTrue();
  }

  @Test
  void aSlowReceiverBlocksTheSenderWithoutLosingBytes() throws Exception {
    var gate = new CompletableFuture<Void>();
    var stuck = new CountDownLatch(1);
    var slow =
        new LinkReceiver() {
          @Override
          public void onData(byte[] buf, int off, int len) {
            stuck.countDown();
            gate.join();
            deviceRx.onData(buf, off, len);
          }

          @Override
          public void onClosed(Throwable cause) {
            deviceRx.onClosed(cause);
          }
        };
    pair = InMemoryLink.pair(64, Duration.ofSeconds(5));
    pair.host().setReceiver(hostRx);
    pair.device().setReceiver(slow);
    pair.host().open();
    pair.device().open();
    byte[] data = new byte[10_000];
    new Random(1).nextBytes(data);

    var sent = new CompletableFuture<Void>();
    var sender =
        new Thread(
            () -> {
              pair.host().send(data, 0, data.length);
              sent.complete(null);
            },
            "test-sender");
    sender.start();
    assertThat(stuck.await(5, TimeUnit.SECONDS)).as("the receiver got its first bytes").isTrue();
    // The signal: the sender has either finished or parked waiting for space.
    Waits.waitFor(
        () ->
            sender.getState() == Thread.State.TERMINATED
                || sender.getState() == Thread.State.WAITING
                || sender.getState() == Thread.State.TIMED_WAITING);
    assertThat(sent).as("sender must block while the receiver is stuck").isNotDone();

    gate.complete(null);
    sent.get(5, TimeUnit.SECONDS);
    assertThat(deviceRx.awaitBytes(data.length, 5000)).isTrue();
    assertThat(deviceRx.bytes()).isEqualTo(data);
  }

  @Test
  void aSendThatFindsNoSpaceForTooLongFails() {
    pair = InMemoryLink.pair(8, Duration.ofMillis(200));
    var stuck = new CompletableFuture<Void>();
    pair.host().setReceiver(hostRx);
    pair.device()
        .setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                stuck.join();
              }

              @Override
              public void onClosed(Throwable cause) {}
            });
    pair.host().open();
    pair.device().open();
    try {
      assertThatThrownBy(() -> pair.host().send(new byte[100], 0, 100))
          .isInstanceOf(AdapterUnavailableException.class)
          .hasMessageContaining("took no data for 200 ms");
    } finally {
      stuck.complete(null);
    }
  }

  @Test
  void largeSendsArriveWholeInLargeChunks() throws Exception {
    sendLargeBlocks();
  }

  @Test
  @Tag("perf")
  void largeSendsArriveFast() throws Exception {
    assertThat(sendLargeBlocks()).as("MB/s").isGreaterThan(20);
  }

  /** Sends 128 MiB in 1 MiB blocks, checks every byte and the chunk size; returns MB/s. */
  private double sendLargeBlocks() throws Exception {
    var crc = new CRC32();
    var received = new AtomicLong();
    var chunks = new AtomicInteger();
    int rounds = 128;
    byte[] block = new byte[1 << 20];
    new Random(2).nextBytes(block);
    long total = (long) rounds * block.length;
    var done = new CountDownLatch(1);
    pair = InMemoryLink.pair();
    pair.device().setReceiver(deviceRx);
    pair.host()
        .setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                crc.update(buf, off, len);
                chunks.incrementAndGet();
                if (received.addAndGet(len) == total) {
                  done.countDown();
                }
              }

              @Override
              public void onClosed(Throwable cause) {}
            });
    pair.host().open();
    pair.device().open();
    var expected = new CRC32();
    for (int i = 0; i < rounds; i++) {
      expected.update(block);
    }

    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      pair.device().send(block, 0, block.length);
    }
    assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
    double seconds = (System.nanoTime() - t0) / 1e9;

    assertThat(crc.getValue()).isEqualTo(expected.getValue());
    assertThat(total / (double) chunks.get()).as("average chunk size").isGreaterThan(16 * 1024);
    double mbPerSecond = rounds / seconds;
    System.out.printf("InMemoryLink: %.0f MB/s in %d chunks%n", mbPerSecond, chunks.get());
    return mbPerSecond;
  }

  @Test
  void aDeviceMayAnswerFromItsOwnReceiverThread() throws Exception {
    pair = InMemoryLink.pair(256, Duration.ofSeconds(5));
    pair.host().setReceiver(hostRx);
    pair.device()
        .setReceiver(
            new LinkReceiver() {
              @Override
              public void onData(byte[] buf, int off, int len) {
                byte[] answer = Arrays.copyOfRange(buf, off, off + len);
                for (int i = 0; i < answer.length; i++) {
                  answer[i] ^= (byte) 0xFF;
                }
                pair.device().send(answer, 0, answer.length);
              }

              @Override
              public void onClosed(Throwable cause) {}
            });
    pair.host().open();
    pair.device().open();
    byte[] data = new byte[50_000];
    new Random(4).nextBytes(data);
    for (int off = 0; off < data.length; off += 1000) {
      pair.host().send(data, off, 1000);
    }
    assertThat(hostRx.awaitBytes(data.length, 10_000)).isTrue();
    byte[] got = hostRx.bytes();
    for (int i = 0; i < data.length; i++) {
      assertThat(got[i]).isEqualTo((byte) ~data[i]);
    }
  }

  @Test
  void closingOneEndTellsTheOtherWithACauseAndEndsBothThreads() throws Exception {
    openPair(1024);
    pair.device().send(new byte[] {1, 2}, 0, 2);
    pair.device().close();

    Throwable hostCause = hostRx.closed.get(5, TimeUnit.SECONDS);
    assertThat(hostCause).isInstanceOf(AdapterUnavailableException.class);
    assertThat(deviceRx.closed.get(5, TimeUnit.SECONDS)).isNull();
    assertThat(hostRx.bytes()).containsExactly(1, 2);
    assertThat(pair.host().isOpen()).isFalse();
    assertThatThrownBy(() -> pair.host().send(new byte[1], 0, 1))
        .isInstanceOf(AdapterUnavailableException.class);
    assertThatThrownBy(() -> pair.device().send(new byte[1], 0, 1))
        .isInstanceOf(AdapterUnavailableException.class);

    pair.host().close();
    assertNoThreadLeft();
    assertThat(hostRx.closeCalls.get()).isEqualTo(1);
    assertThat(deviceRx.closeCalls.get()).isEqualTo(1);
  }

  @Test
  void unplugGivesBothReceiversTheCause() throws Exception {
    openPair(1024);
    var cause = new IOException("USB cable pulled");
    pair.host().unplug(cause);

    assertThat(deviceRx.closed.get(5, TimeUnit.SECONDS)).isSameAs(cause);
    assertThat(hostRx.closed.get(5, TimeUnit.SECONDS)).isSameAs(cause);
    assertThatThrownBy(() -> pair.device().send(new byte[1], 0, 1))
        .isInstanceOf(AdapterUnavailableException.class);
    pair.host().close();
    pair.device().close();
    assertNoThreadLeft();
  }

  @Test
  void openNeedsAReceiverAndAClosedLinkCannotReopen() {
    pair = InMemoryLink.pair();
    assertThatThrownBy(() -> pair.host().open())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("receiver");
    assertThatThrownBy(() -> pair.host().send(new byte[1], 0, 1))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("not open");
    pair.host().setReceiver(hostRx);
    pair.host().close();
    assertThatThrownBy(() -> pair.host().open()).isInstanceOf(AdapterUnavailableException.class);
  }

  private void assertNoThreadLeft() throws InterruptedException {
    for (InMemoryLink l : new InMemoryLink[] {pair.host(), pair.device()}) {
      Thread t = l.deliveryThread();
      if (t != null) {
        t.join(5000);
        assertThat(t.isAlive()).as(t.getName() + " still running").isFalse();
      }
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("bgapi-inmemory-") && t.isAlive());
  }
}
