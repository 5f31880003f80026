package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.SampleRingBuffer;
import org.junit.jupiter.api.Test;

/** Per-frame work: only new samples, bounded output, spikes kept, rebuild from the buffer. */
class ChannelEnvelopesTest {
  private static final long MS = 1_000_000L;

  @Test
  void pullsOnlyNewSamplesAndKeepsSpikesWithinTwoPointsPerColumn() {
    SampleRingBuffer buffer = new SampleRingBuffer(2, 100_000);
    ChannelEnvelopes env = new ChannelEnvelopes(buffer, 0, 10_000 * MS, 100);
    for (int i = 0; i < 20_000; i++) {
      buffer.append(i * MS / 2, new double[] {i == 12_345 ? 1e6 : Math.sin(i), -i});
    }
    assertThat(env.pull()).isEqualTo(20_000);
    assertThat(env.pull()).isZero();
    env.render(10_000 * MS);
    assertThat(env.points(0)).isLessThanOrEqualTo(200).isGreaterThan(190);
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < env.points(0); k++) {
      max = Math.max(max, env.y(0)[k]);
    }
    assertThat(max).as("the one-sample spike is drawn").isEqualTo(1e6);
    assertThat(env.x(1)[env.points(1) - 1]).isBetween(9.9, 10.0);
  }

  @Test
  void countsSamplesOverwrittenBeforeTheChartSawThem() {
    SampleRingBuffer buffer = new SampleRingBuffer(1, 1_000);
    ChannelEnvelopes env = new ChannelEnvelopes(buffer, 0, 1_000 * MS, 50);
    for (int i = 0; i < 5_000; i++) {
      buffer.append(i * MS, new double[] {i});
    }
    assertThat(env.pull()).isEqualTo(1_000);
    assertThat(env.skipped()).isEqualTo(4_000);
  }

  @Test
  void rebuildRefoldsWhatTheBufferHoldsForANewWindow() {
    SampleRingBuffer buffer = new SampleRingBuffer(1, 10_000);
    ChannelEnvelopes env = new ChannelEnvelopes(buffer, 0, 1_000 * MS, 100);
    for (int i = 0; i < 10_000; i++) {
      buffer.append(i * MS, new double[] {i});
    }
    env.pull();
    env.render(10_000 * MS);
    assertThat(env.y(0)[0]).isGreaterThanOrEqualTo(8_990);
    env.rebuild(10_000 * MS, 100);
    env.render(10_000 * MS);
    assertThat(env.y(0)[0]).as("oldest column of the 10 s window").isEqualTo(100.0);
    assertThat(env.skipped()).isZero();
  }

  @Test
  void missingValuesLeaveEmptyColumnsAndNoNaNPoints() {
    SampleRingBuffer buffer = new SampleRingBuffer(2, 1_000);
    ChannelEnvelopes env = new ChannelEnvelopes(buffer, 0, 100 * MS, 100);
    for (int i = 0; i < 100; i++) {
      buffer.append(i * MS, new double[] {i < 50 ? i : Double.NaN, Double.NaN});
    }
    assertThat(env.pull()).isEqualTo(100);
    env.render(100 * MS);
    assertThat(env.points(0))
        .as("two points per visible column that had a value, none for the 50 without")
        .isBetween(96, 100);
    for (int k = 0; k < env.points(0); k++) {
      assertThat(env.y(0)[k]).isBetween(0.0, 49.0);
    }
    assertThat(env.points(1)).as("a channel never present draws nothing").isZero();
  }
}
