package io.gattscope.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateMeter;
import org.junit.jupiter.api.Test;

/** Polylines over a range of a feed, from the envelope store, keep the signal's shape. */
class RangeEnvelopesTest {
  private static final long MS = 1_000_000L;

  @Test
  void aFallingRampDrawnFromTheStoreFallsWithoutTeeth() {
    // 200 Hz for 10 s, drawn in 330 columns of 30 ms: coarser than the store's 10 ms buckets
    ChannelFeed feed =
        new ChannelFeed(PayloadLayout.parse("v:i16"), 100_000, new RateMeter().register("ramp"));
    for (int k = 0; k < 2_000; k++) {
      int v = 10_000 - k;
      feed.onNotification(8, new byte[] {(byte) v, (byte) (v >> 8)}, 1_000 * MS + k * 5 * MS);
    }
    RangeEnvelopes range = new RangeEnvelopes(1);
    range.render(feed, 0, 1_000 * MS, 11_000 * MS, 330);
    assertThat(range.fromStore()).isTrue();
    int n = range.points(0);
    assertThat(n).isGreaterThan(600);
    for (int i = 1; i < n; i++) {
      assertThat(range.y(0)[i])
          .as("point %d of the falling ramp", i)
          .isLessThanOrEqualTo(range.y(0)[i - 1]);
    }
  }
}
