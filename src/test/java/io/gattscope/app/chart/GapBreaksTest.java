package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.GapLog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gap markers land between the points either side of a gap, also when points are column centres.
 */
class GapBreaksTest {
  private static final long S = 1_000_000_000L;

  @Test
  void aGapBetweenColumnCentresGetsOneBreakAndAnOpenGapNone() {
    // envelope points at column centres 0.5, 1.5 | 4.5, 5.5; samples stopped at 1.2 s, resumed 4.8
    double[] x = Arrays.copyOf(new double[] {0.5, 0.5, 1.5, 1.5, 4.5, 4.5, 5.5, 5.5}, 16);
    double[] y = Arrays.copyOf(new double[] {1, 2, 1, 2, 1, 2, 1, 2}, 16);
    GapLog.Gap closed = new GapLog.Gap(12 * S / 10, 48 * S / 10, GapLog.Kind.LINK_LOST, 0);
    GapLog.Gap open = new GapLog.Gap(55 * S / 10, Long.MAX_VALUE, GapLog.Kind.LINK_LOST, 0);

    int n = GapBreaks.insert(x, y, 8, List.of(closed, open), 0);

    assertThat(n).isEqualTo(9);
    assertThat(y[4]).isNaN();
    assertThat(x[4]).isEqualTo(3.0);
    assertThat(Arrays.copyOf(x, n)).containsExactly(0.5, 0.5, 1.5, 1.5, 3.0, 4.5, 4.5, 5.5, 5.5);
  }
}
