package io.gattscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinMaxDecimatorTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void singleSampleSpikeSurvivesMillionToThousandColumns() {
    int n = 1_000_000;
    long[] t = new long[n];
    double[] v = new double[n];
    Random random = new Random(7);
    for (int i = 0; i < n; i++) {
      t[i] = i * 1_000L;
      v[i] = random.nextGaussian() * 0.1;
    }
    int spikeAt = 654_321;
    v[spikeAt] = 50.0;
    v[123_456] = -40.0;
    MinMaxDecimator d = new MinMaxDecimator(1_000, SECOND, 0);
    for (int from = 0; from < n; from += 33) {
      d.add(t, v, from, Math.min(33, n - from));
    }

    double[] x = new double[2_000];
    double[] y = new double[2_000];
    int points = d.polyline(x, y);
    assertThat(points).isLessThanOrEqualTo(2 * d.columns()).isEqualTo(2_000);
    assertThat(max(y, points)).isEqualTo(50.0);
    assertThat(min(y, points)).isEqualTo(-40.0);
    int at = indexOf(y, points, 50.0);
    assertThat(x[at]).isEqualTo(0.6545);

    double[] lo = new double[1_000];
    double[] hi = new double[1_000];
    assertThat(d.envelope(x, lo, hi, null, null)).isEqualTo(1_000);
    assertThat(hi[654]).isEqualTo(50.0);
    assertThat(lo[123]).isEqualTo(-40.0);
    assertThat(hi[653]).isLessThan(1.0);
  }

  @Test
  void incrementalResultEqualsBruteForceAndScrollsOldColumnsOut() {
    Random random = new Random(3);
    MinMaxDecimator d = new MinMaxDecimator(50, 5 * SECOND, 0);
    long[] t = new long[20_000];
    double[] v = new double[20_000];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 1_000_000L + random.nextInt(1_000_000);
      v[i] = random.nextDouble() * 10 - 5;
    }
    int from = 0;
    while (from < t.length) {
      int chunk = Math.min(1 + random.nextInt(200), t.length - from);
      d.add(t, v, from, chunk);
      from += chunk;
    }

    double[] x = new double[50];
    double[] lo = new double[50];
    double[] hi = new double[50];
    double[] first = new double[50];
    double[] last = new double[50];
    int n = d.envelope(x, lo, hi, first, last);
    assertThat(n).isEqualTo(50);
    long columnNanos = d.columnNanos();
    long oldest = d.windowStartNanos() / columnNanos;
    for (int c = 0; c < n; c++) {
      long k = oldest + c;
      double bMin = Double.POSITIVE_INFINITY;
      double bMax = Double.NEGATIVE_INFINITY;
      double bFirst = Double.NaN;
      double bLast = Double.NaN;
      for (int i = 0; i < t.length; i++) {
        if (t[i] / columnNanos == k) {
          bMin = Math.min(bMin, v[i]);
          bMax = Math.max(bMax, v[i]);
          bFirst = Double.isNaN(bFirst) ? v[i] : bFirst;
          bLast = v[i];
        }
      }
      assertThat(lo[c]).isEqualTo(bMin);
      assertThat(hi[c]).isEqualTo(bMax);
      assertThat(first[c]).isEqualTo(bFirst);
      assertThat(last[c]).isEqualTo(bLast);
      assertThat(x[c]).isEqualTo((k * columnNanos + columnNanos / 2) / 1e9);
    }
    assertThat(d.windowEndNanos()).isGreaterThan(t[t.length - 1]);
  }

  @Test
  void polylineKeepsTemporalOrderOfMinAndMax() {
    MinMaxDecimator d = new MinMaxDecimator(2, 2 * SECOND, 0);
    d.add(100, 1.0);
    d.add(200, 9.0);
    d.add(300, -3.0);
    d.add(SECOND + 100, 2.0);
    d.add(SECOND + 200, -1.0);
    d.add(SECOND + 300, 7.0);

    double[] x = new double[4];
    double[] y = new double[4];
    assertThat(d.polyline(x, y)).isEqualTo(4);
    assertThat(y).containsExactly(9.0, -3.0, -1.0, 7.0);
    assertThat(x).containsExactly(0.5, 0.5, 1.5, 1.5);
  }

  @Test
  void scrollingDropsColumnsAndIgnoresTooOldSamples() {
    MinMaxDecimator d = new MinMaxDecimator(10, 10 * SECOND, 5 * SECOND);
    for (int s = 0; s < 10; s++) {
      d.add(s * SECOND, s);
    }
    d.scrollTo(14 * SECOND + 1);
    d.add(3 * SECOND, 100.0);
    d.add(12 * SECOND, Double.NaN);

    double[] x = new double[10];
    double[] lo = new double[10];
    double[] hi = new double[10];
    assertThat(d.envelope(x, lo, hi, null, null)).isEqualTo(5);
    assertThat(lo).startsWith(5.0, 6.0, 7.0, 8.0, 9.0);
    assertThat(x[0]).isEqualTo(0.5);
    assertThat(d.tooOld()).isEqualTo(1);
    assertThat(d.windowStartNanos()).isEqualTo(5 * SECOND);

    d.reset();
    assertThat(d.envelope(x, lo, hi, null, null)).isZero();
    assertThat(d.polyline(new double[20], new double[20])).isZero();
  }

  @Test
  void outputSizeIsBoundedWhateverTheInputSize() {
    MinMaxDecimator d = new MinMaxDecimator(100, SECOND, 0);
    for (long i = 0; i < 2_000_000; i++) {
      d.add(i * 997L, Math.sin(i));
    }
    assertThat(d.polyline(new double[200], new double[200])).isLessThanOrEqualTo(200);
    assertThatThrownBy(() -> d.polyline(new double[199], new double[200]))
        .hasMessageContaining("200 entries");
    assertThatThrownBy(
            () -> d.envelope(new double[99], new double[100], new double[100], null, null))
        .hasMessageContaining("got 99");
    assertThatThrownBy(() -> d.add(new long[3], new double[3], 2, 2))
        .hasMessageContaining("outside");
  }

  private static double max(double[] a, int n) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      m = Math.max(m, a[i]);
    }
    return m;
  }

  private static double min(double[] a, int n) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      m = Math.min(m, a[i]);
    }
    return m;
  }

  private static int indexOf(double[] a, int n, double value) {
    for (int i = 0; i < n; i++) {
      if (a[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
