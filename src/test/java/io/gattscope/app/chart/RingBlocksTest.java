package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.stream.MinMaxDecimator;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The block-cached polyline of a ring's time range is the very polyline a plain fold of every held
 * sample draws: same columns, same extremes in the same order, nothing invented or lost.
 */
class RingBlocksTest {
  private static final int CHANNELS = 3;
  private static final long PERIOD = 500_000L;

  private final SplittableRandom random = new SplittableRandom(14);
  private long time = 1_000_000_000L;
  private long written;

  @Test
  void everyRangeMatchesThePlainFoldWhileTheRingWrapsAndGrows() {
    SampleRingBuffer ring = new SampleRingBuffer(CHANNELS, 5_000);
    RingBlocks blocks = new RingBlocks(CHANNELS);
    int compared = 0;
    for (int round = 0; round < 24; round++) {
      // between frames the writer adds anything from a handful to more than a block's worth
      write(ring, 1 + random.nextInt(round % 5 == 0 ? 3_000 : 200), false);
      blocks.update(ring);
      for (int q = 0; q < 15; q++) {
        compared += compareRandomRange(ring, blocks);
      }
    }
    assertThat(written).isGreaterThan(ring.capacity());
    assertThat(compared).as("columns with values compared").isGreaterThan(10_000);
  }

  @Test
  void aWriterThatOvertakesTheCopyLeavesOnlyWhatTheRingHolds() {
    SampleRingBuffer ring = new SampleRingBuffer(CHANNELS, 2_000);
    RingBlocks blocks = new RingBlocks(CHANNELS);
    write(ring, 1_500, false);
    blocks.update(ring);
    write(ring, 4_321, false);
    blocks.update(ring);
    assertThat(blocks.start()).isEqualTo(written - ring.capacity());
    assertThat(blocks.end()).isEqualTo(written);
    for (int q = 0; q < 200; q++) {
      compareRandomRange(ring, blocks);
    }
  }

  @Test
  void timesThatGoBackwardsStillMatchThePlainFold() {
    SampleRingBuffer ring = new SampleRingBuffer(CHANNELS, 3_000);
    RingBlocks blocks = new RingBlocks(CHANNELS);
    write(ring, 1_000, false);
    write(ring, 700, true);
    write(ring, 500, false);
    blocks.update(ring);
    for (int q = 0; q < 200; q++) {
      compareRandomRange(ring, blocks);
    }
  }

  @Test
  void anExtremeInsideAFullBlockIsDrawnAtItsColumn() {
    SampleRingBuffer ring = new SampleRingBuffer(1, 10_000);
    double[] v = new double[1];
    for (int i = 0; i < 4_096; i++) {
      v[0] = i == 2_049 ? 1e6 : i == 3_001 ? -1e6 : 0;
      ring.append(i * PERIOD, v);
    }
    RingBlocks blocks = new RingBlocks(1);
    blocks.update(ring);
    double[] x = new double[20];
    double[] y = new double[20];
    // 10 columns of 204.8 ms (409.6 samples, so most of each column is whole blocks)
    int n = blocks.polyline(0, 0, 0, 4_096 * PERIOD - 1, 10, x, y);
    assertThat(n).isEqualTo(20);
    assertThat(Arrays.stream(y, 0, n).max().getAsDouble()).isEqualTo(1e6);
    assertThat(Arrays.stream(y, 0, n).min().getAsDouble()).isEqualTo(-1e6);
    // each extreme comes after its column's first sample (0), so each is the column's second point
    assertThat(y[2 * 5 + 1]).as("max of the column holding sample 2049").isEqualTo(1e6);
    assertThat(y[2 * 7 + 1]).as("min of the column holding sample 3001").isEqualTo(-1e6);
  }

  @Test
  void anEmptyRangeIsRefusedAndChangesNothing() {
    SampleRingBuffer ring = new SampleRingBuffer(1, 100);
    ring.append(5, new double[] {1});
    RingBlocks blocks = new RingBlocks(1);
    blocks.update(ring);
    assertThatThrownBy(() -> blocks.polyline(0, 0, 10, 10, 4, new double[8], new double[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 ns");
    assertThat(blocks.end()).isEqualTo(1);
  }

  /** Writes {@code n} samples: small integers (many ties), some NaN; times may step back. */
  private void write(SampleRingBuffer ring, int n, boolean backwards) {
    double[] v = new double[CHANNELS];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < CHANNELS; c++) {
        v[c] = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(-6, 7) * (c + 1);
      }
      int step = random.nextInt(10);
      time += step == 0 ? 0 : backwards && step == 1 ? -3 * PERIOD : PERIOD + step;
      ring.append(time, v);
      written++;
    }
  }

  /** Compares one random range of every channel; returns the columns with values compared. */
  private int compareRandomRange(SampleRingBuffer ring, RingBlocks blocks) {
    SampleSnapshot all = new SampleSnapshot(ring.capacity(), CHANNELS);
    ring.copySince(0, all);
    long oldest = all.timestamps()[0];
    long span = time - oldest;
    long from = oldest - span / 4 + random.nextLong(span + span / 2);
    long to = from + 1 + random.nextLong(Math.max(1, time + span / 4 - from));
    int columns = 1 + random.nextInt(random.nextBoolean() ? 50 : 700);
    long origin = oldest - random.nextLong(1_000_000_000L);
    int compared = 0;
    for (int c = 0; c < CHANNELS; c++) {
      MinMaxDecimator plain = new MinMaxDecimator(columns, to - from, origin);
      for (int i = 0; i < all.count(); i++) {
        long t = all.timestamps()[i];
        if (t >= from && t <= to) {
          plain.add(t, all.channel(c)[i]);
        }
      }
      plain.scrollTo(to);
      double[] px = new double[2 * columns];
      double[] py = new double[2 * columns];
      int pn = plain.polyline(px, py);
      double[] bx = new double[2 * columns];
      double[] by = new double[2 * columns];
      int bn = blocks.polyline(c, origin, from, to, columns, bx, by);
      String range = from + ".." + to + " in " + columns + " columns, channel " + c;
      assertThat(bn).as("points of " + range).isEqualTo(pn);
      assertThat(Arrays.copyOf(bx, bn)).as("x of " + range).isEqualTo(Arrays.copyOf(px, pn));
      assertThat(Arrays.copyOf(by, bn)).as("y of " + range).isEqualTo(Arrays.copyOf(py, pn));
      compared += pn / 2;
    }
    return compared;
  }
}
