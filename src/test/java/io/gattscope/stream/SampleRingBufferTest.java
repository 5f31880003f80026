package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SampleRingBufferTest {

  private static void write(SampleRingBuffer ring, long from, long to) {
    double[] v = new double[ring.channelCount()];
    for (long s = from; s < to; s++) {
      for (int c = 0; c < v.length; c++) {
        v[c] = value(s, c);
      }
      ring.append(time(s), v);
    }
  }

  private static long time(long seq) {
    return 1_000_000L + seq * 500_000L;
  }

  private static double value(long seq, int channel) {
    return seq * 3.0 + channel * 0.25;
  }

  @Test
  void copiesOnlyWhatIsNew() {
    SampleRingBuffer ring = new SampleRingBuffer(2, 10);
    SampleSnapshot snap = new SampleSnapshot(10, 2);
    write(ring, 0, 4);

    assertThat(ring.copySince(0, snap)).isEqualTo(4);
    assertThat(snap.firstSequence()).isZero();
    assertThat(snap.skipped()).isZero();
    assertThat(snap.timestamps()[3]).isEqualTo(time(3));
    assertThat(snap.channel(1)[2]).isEqualTo(value(2, 1));

    write(ring, 4, 7);
    assertThat(ring.copySince(snap.nextSequence(), snap)).isEqualTo(3);
    assertThat(snap.firstSequence()).isEqualTo(4);
    assertThat(snap.timestamps()[0]).isEqualTo(time(4));
    assertThat(snap.channel(0)[2]).isEqualTo(value(6, 0));
    assertThat(ring.copySince(snap.nextSequence(), snap)).isZero();
    assertThat(ring.writeSequence()).isEqualTo(7);
  }

  @Test
  void readerThatFellBehindGetsNewestCapacityAndSkippedCount() {
    SampleRingBuffer ring = new SampleRingBuffer(1, 10);
    SampleSnapshot snap = new SampleSnapshot(10, 1);
    write(ring, 0, 37);

    assertThat(ring.copySince(5, snap)).isEqualTo(10);
    assertThat(snap.skipped()).isEqualTo(22);
    assertThat(snap.firstSequence()).isEqualTo(27);
    for (int i = 0; i < 10; i++) {
      assertThat(snap.timestamps()[i]).isEqualTo(time(27 + i));
      assertThat(snap.channel(0)[i]).isEqualTo(value(27 + i, 0));
    }
  }

  @Test
  void smallSnapshotDeliversInOrderAcrossCalls() {
    SampleRingBuffer ring = new SampleRingBuffer(1, 100);
    SampleSnapshot snap = new SampleSnapshot(7, 1);
    write(ring, 0, 95);
    List<Long> seen = new ArrayList<>();
    long seq = 0;
    while (ring.copySince(seq, snap) > 0) {
      for (int i = 0; i < snap.count(); i++) {
        seen.add(snap.timestamps()[i]);
      }
      seq = snap.nextSequence();
      assertThat(snap.skipped()).isZero();
    }
    assertThat(seen).hasSize(95).first().isEqualTo(time(0));
    assertThat(seen.get(94)).isEqualTo(time(94));
  }

  @Test
  void memoryStaysBoundedByCapacity() {
    SampleRingBuffer ring = new SampleRingBuffer(3, 64);
    write(ring, 0, 1_000_000);
    SampleSnapshot snap = new SampleSnapshot(1_000, 3);

    assertThat(ring.copySince(0, snap)).isEqualTo(64);
    assertThat(snap.skipped()).isEqualTo(1_000_000 - 64);
  }

  @Test
  void badArgumentsAreRejected() {
    SampleRingBuffer ring = new SampleRingBuffer(2, 10);
    assertThatThrownBy(() -> ring.append(1, new double[1])).hasMessageContaining("1 values");
    assertThatThrownBy(() -> ring.copySince(1, new SampleSnapshot(4, 2)))
        .hasMessageContaining("sequence 1 is outside 0..0");
    assertThatThrownBy(() -> ring.copySince(0, new SampleSnapshot(4, 3)))
        .hasMessageContaining("3 channels");
    assertThatThrownBy(() -> new SampleRingBuffer(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentReadersSeeOnlyConsistentMonotonicSamples() throws Exception {
    int total = 3_000_000;
    SampleRingBuffer ring = new SampleRingBuffer(3, 1024);
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                write(ring, 0, total);
                done.set(true);
              });
      List<Future<long[]>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        int snapshotSize = r == 0 ? 1024 : 100;
        readers.add(pool.submit(() -> read(ring, done, snapshotSize)));
      }
      writer.get(30, TimeUnit.SECONDS);
      for (Future<long[]> reader : readers) {
        long[] result = reader.get(30, TimeUnit.SECONDS);
        long copied = result[0];
        long skipped = result[1];
        assertThat(copied + skipped).isEqualTo(total);
        assertThat(copied).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads until caught up with a finished writer; returns {copied, skipped}. */
  private static long[] read(SampleRingBuffer ring, AtomicBoolean done, int snapshotSize) {
    SampleSnapshot snap = new SampleSnapshot(snapshotSize, 3);
    long seq = 0;
    long copied = 0;
    long skipped = 0;
    long lastTime = Long.MIN_VALUE;
    while (true) {
      boolean finished = done.get();
      int n = ring.copySince(seq, snap);
      if (snap.firstSequence() != seq + snap.skipped()) {
        throw new AssertionError("first sequence does not follow skipped count");
      }
      for (int i = 0; i < n; i++) {
        long s = snap.firstSequence() + i;
        long t = snap.timestamps()[i];
        if (t != time(s) || t <= lastTime) {
          throw new AssertionError("sample " + s + " has timestamp " + t);
        }
        for (int c = 0; c < 3; c++) {
          if (snap.channel(c)[i] != value(s, c)) {
            throw new AssertionError("sample " + s + " channel " + c + " torn");
          }
        }
        lastTime = t;
      }
      copied += n;
      skipped += snap.skipped();
      seq = snap.nextSequence();
      if (finished && seq == ring.writeSequence()) {
        return new long[] {copied, skipped};
      }
    }
  }
}
