package io.gattscope.ble.sim.world;

import io.gattscope.ble.sim.gatt.Attribute;
import io.gattscope.ble.snapshot.Recording;
import java.util.List;

/**
 * A {@link ValueStream} that replays a recorded stretch of notifications or indications in a loop,
 * each value after the gap it had in the recording (gaps under {@value #MIN_GAP_MILLIS} ms are
 * served that far apart: the pump sends once per connection event).
 */
public final class RecordedStream implements ValueStream {
  /** The shortest gap served between two values, in milliseconds. */
  public static final long MIN_GAP_MILLIS = 10;

  private final Attribute attribute;
  private final boolean indicate;
  private final List<Recording.Sample> samples;
  private final long[] gapBefore;
  private int next;

  /**
   * Creates the stream.
   *
   * @param attribute the characteristic value attribute each replayed value is stored in
   * @param recording the recorded values and their times; at least one sample
   */
  public RecordedStream(Attribute attribute, Recording recording) {
    this.attribute = attribute;
    this.indicate = recording.indicate();
    this.samples = recording.samples();
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("a recording needs at least one sample");
    }
    int n = samples.size();
    gapBefore = new long[n];
    long wrap = recording.durationMillis() - samples.get(n - 1).atMillis();
    gapBefore[0] = wrap + samples.get(0).atMillis();
    for (int i = 1; i < n; i++) {
      gapBefore[i] = samples.get(i).atMillis() - samples.get(i - 1).atMillis();
    }
  }

  @Override
  public int valueHandle() {
    return attribute.handle();
  }

  @Override
  public boolean indicate() {
    return indicate;
  }

  /**
   * The rate that brings the next value after its recorded gap.
   *
   * @return 1000 divided by the gap before the next value in milliseconds
   */
  @Override
  public synchronized double rateHz() {
    return 1000.0 / Math.max(MIN_GAP_MILLIS, gapBefore[next]);
  }

  @Override
  public synchronized byte[] next() {
    byte[] v = samples.get(next).value();
    next = (next + 1) % samples.size();
    attribute.updateValue(v);
    return v;
  }
}
