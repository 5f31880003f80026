package io.gattscope.stream;

import io.gattscope.ble.NotificationListener;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The subscriber side of a live chart: decodes each notification with a {@link ChannelDecoder},
 * appends the channels to a {@link SampleRingBuffer}, counts it in a {@link RateCounter} and, while
 * recording, queues it (with its raw bytes) to a {@link CsvRecorder}; allocates nothing per
 * notification.
 *
 * <p>Each sample is timed by its {@link SampleClock} (device counter or timestamp when the layout
 * marks one, dejittered arrival time otherwise); the arrival time is kept alongside.
 *
 * <p>Notifications must arrive on one thread at a time (as a connection's listener executor
 * delivers them). Channels missing from a short payload are stored as NaN and counted.
 */
public final class ChannelFeed implements NotificationListener {
  private final ChannelDecoder decoder;
  private final SampleRingBuffer buffer;
  private final RateCounter counter;
  private final double[] values;

  /** How much history the envelope store keeps. */
  public static final long HISTORY_NANOS = 3_600_000_000_000L;

  private final GapLog gaps = new GapLog();
  private final EnvelopeStore history;
  private final SampleClock clock;
  private volatile boolean disconnected;
  private volatile CsvRecorder recorder;
  private volatile long shortPayloads;

  /**
   * Creates a feed keeping the newest {@code capacity} samples.
   *
   * @param decoder turns each payload into channels; also gives the time base
   * @param capacity samples the ring buffer keeps at full resolution, at least 1
   * @param counter where notifications are counted, e.g. {@code meter.register("imu")}
   * @throws NullPointerException if {@code decoder} or {@code counter} is {@code null}
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public ChannelFeed(ChannelDecoder decoder, int capacity, RateCounter counter) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.counter = Objects.requireNonNull(counter, "counter");
    this.buffer = new SampleRingBuffer(decoder.channelCount(), capacity);
    this.values = new double[decoder.channelCount()];
    this.clock = new SampleClock(decoder.timeBase(), gaps);
    this.history = new EnvelopeStore(decoder.channelCount(), HISTORY_NANOS);
  }

  /**
   * Min/max envelopes of the last hour, beyond what the ring buffer holds at full resolution.
   *
   * @return the feed's own envelope store, covering {@link #HISTORY_NANOS}
   */
  public EnvelopeStore history() {
    return history;
  }

  /**
   * Gaps in this feed's samples: device drops, link losses, pauses.
   *
   * @return the feed's own gap log, safe to read from any thread
   */
  public GapLog gaps() {
    return gaps;
  }

  /**
   * The clock giving each sample its sample time (device drops, fitted period).
   *
   * @return the feed's clock; read its counters from any thread, never call {@code time}
   */
  public SampleClock clock() {
    return clock;
  }

  /**
   * Marks the link as lost at {@code nanos}: opens a {@link GapLog.Kind#LINK_LOST} gap from the
   * newest sample, closed by the first sample after the link is back. Does nothing if the link is
   * already marked lost; may be called from any thread.
   *
   * @param nanos when the link was lost, on the notifications' nanosecond clock; used as the gap's
   *     start only if no sample arrived yet
   */
  public void linkLost(long nanos) {
    if (!disconnected) {
      disconnected = true;
      long last = clock.lastTime();
      gaps.add(
          new GapLog.Gap(
              last == Long.MIN_VALUE ? nanos : last, Long.MAX_VALUE, GapLog.Kind.LINK_LOST, 0));
    }
  }

  /**
   * The decoder giving channel names and units.
   *
   * @return the decoder given to the constructor
   */
  public ChannelDecoder decoder() {
    return decoder;
  }

  /**
   * The ring buffer the chart reads from.
   *
   * @return the buffer; the feed is its only writer
   */
  public SampleRingBuffer buffer() {
    return buffer;
  }

  /**
   * The rate counter of this feed.
   *
   * @return the counter given to the constructor
   */
  public RateCounter counter() {
    return counter;
  }

  /**
   * The recorder samples currently go to, if a recording runs.
   *
   * @return the running recorder, or empty
   */
  public Optional<CsvRecorder> recorder() {
    return Optional.ofNullable(recorder);
  }

  /**
   * Notifications that held fewer channels than the decoder expects.
   *
   * @return the count since creation; may be read from any thread
   */
  public long shortPayloads() {
    return shortPayloads;
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    int decoded = decoder.decode(value, values);
    if (decoded < values.length) {
      Arrays.fill(values, decoded, values.length, Double.NaN);
      shortPayloads++;
    }
    disconnected = false;
    long sampleTime = clock.time(timestampNanos, values);
    buffer.append(sampleTime, timestampNanos, values);
    history.add(sampleTime, values);
    counter.record(value == null ? 0 : value.length);
    CsvRecorder r = recorder;
    if (r != null) {
      r.append(sampleTime, timestampNanos, values, decoded, value);
    }
  }

  /**
   * Starts sending samples to {@code recorder}, whose channels must match the decoder's.
   *
   * @param recorder an open recorder with the decoder's channel count
   * @throws IllegalStateException when a recording is already running
   * @throws NullPointerException if {@code recorder} is {@code null}
   * @throws IllegalArgumentException if the recorder's channel count differs from the decoder's
   */
  public synchronized void startRecording(CsvRecorder recorder) {
    Objects.requireNonNull(recorder, "recorder");
    if (this.recorder != null) {
      throw new IllegalStateException("already recording to " + this.recorder.file());
    }
    if (recorder.channelCount() != values.length) {
      throw new IllegalArgumentException(
          "recorder has " + recorder.channelCount() + " channels, feed has " + values.length);
    }
    this.recorder = recorder;
  }

  /**
   * Stops recording and returns the recorder (or null when none ran); the caller then calls {@link
   * CsvRecorder#finish()}.
   *
   * @return the recorder that was running, or {@code null}
   */
  public synchronized CsvRecorder stopRecording() {
    CsvRecorder r = recorder;
    recorder = null;
    return r;
  }
}
