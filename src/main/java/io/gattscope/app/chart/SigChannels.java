package io.gattscope.app.chart;

import io.gattscope.gatt.decode.Channel;
import io.gattscope.gatt.decode.CharacteristicDecoder;
import io.gattscope.gatt.decode.Decoded;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chart channels from a SIG {@link CharacteristicDecoder} (or a Presentation Format one): a fixed
 * channel set, learned from one real value, onto which every later value is mapped by channel name.
 *
 * <p>SIG values vary with their flags (a Heart Rate Measurement has the rate, maybe the Energy
 * Expended, and zero or more RR-Intervals) while a chart's ring buffer has a fixed width, so:
 *
 * <ul>
 *   <li>a channel the learning value had but a later value lacks is NaN in that row (a gap in the
 *       chart, an empty CSV cell);
 *   <li>a channel name that repeats within a value is numbered in payload order, {@code
 *       "RR-Interval 1"}, {@code "RR-Interval 2"}, up to as many as the learning value held; a name
 *       the learning value held once keeps its plain name;
 *   <li>channels beyond that (a name never seen while learning, or more repeats than learned) are
 *       ignored and counted in {@link #ignoredChannels()}; the first is logged.
 * </ul>
 *
 * <p>Decoding goes through the SIG decoder, which allocates a few objects per value; that suits the
 * rates of standard characteristics (a few values a second up to a few hundred), not a kHz sensor
 * stream, which a {@link io.gattscope.stream.PayloadLayout} decodes without allocating.
 * Thread-safe.
 */
public final class SigChannels implements ChannelDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(SigChannels.class);

  private final CharacteristicDecoder decoder;
  private final String source;
  private final List<String> names;
  private final List<String> units;
  private final Map<String, Integer> learnedRepeats;
  private final Map<String, Integer> slots = new HashMap<>();
  private final AtomicLong ignored = new AtomicLong();
  private final AtomicBoolean loggedIgnored = new AtomicBoolean();
  private final int[] decimals;

  private SigChannels(
      CharacteristicDecoder decoder,
      String source,
      List<Channel> channels,
      Map<String, Integer> n) {
    this.decoder = decoder;
    this.source = source;
    this.learnedRepeats = Map.copyOf(n);
    List<String> slotNames = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Channel c : channels) {
      int k = seen.merge(c.name(), 1, Integer::sum);
      String slot = slotName(c.name(), k);
      slots.put(slot, slotNames.size());
      slotNames.add(slot);
    }
    this.names = List.copyOf(slotNames);
    this.units = channels.stream().map(Channel::unit).toList();
    this.decimals = new int[names.size()];
    Arrays.fill(decimals, ValueFormat.SHORTEST);
  }

  /**
   * Learns the channel set from one real value of the characteristic.
   *
   * @param value a value as the peripheral sends it (a read or the first notification)
   * @throws IllegalArgumentException when the value decodes to no numeric channel (nothing to
   *     chart); the message names the decoder and says what the value held
   */
  public static SigChannels learn(CharacteristicDecoder decoder, byte[] value) {
    Objects.requireNonNull(decoder, "decoder");
    Decoded d = decoder.decode(value);
    List<Channel> channels = d.channels();
    if (channels.isEmpty()) {
      throw new IllegalArgumentException(
          decoder.name() + " value gives no numeric channel to chart: " + d.summary());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    channels.forEach(c -> counts.merge(c.name(), 1, Integer::sum));
    return new SigChannels(decoder, "SIG decoder: " + decoder.name(), channels, counts);
  }

  /**
   * A single channel known without a value, e.g. from a Presentation Format descriptor.
   *
   * @param source what the chart says its channels come from, e.g. {@code "0x2904: Temperature"}
   * @param name the channel's name, the one field {@code decoder} yields
   * @param unit the channel's unit symbol ("" when none)
   */
  public static SigChannels single(
      CharacteristicDecoder decoder, String source, String name, String unit) {
    return single(decoder, source, name, unit, ValueFormat.SHORTEST);
  }

  /**
   * Like {@link #single(CharacteristicDecoder, String, String, String)} with the decimals its
   * values carry, e.g. 2 for a 0x2904 exponent of -2 ({@link ValueFormat#SHORTEST} when unknown).
   */
  public static SigChannels single(
      CharacteristicDecoder decoder, String source, String name, String unit, int decimals) {
    Objects.requireNonNull(decoder, "decoder");
    SigChannels channels =
        new SigChannels(
            decoder,
            Objects.requireNonNull(source),
            List.of(new Channel(name, unit, 0)),
            Map.of(name, 1));
    channels.decimals[0] = decimals;
    return channels;
  }

  @Override
  public int decimals(int channel) {
    return decimals[channel];
  }

  /** Where the channels come from, e.g. {@code "SIG decoder: Heart Rate Measurement"}. */
  public String source() {
    return source;
  }

  /** Decoded channels that had no slot (never seen while learning, or surplus repeats). */
  public long ignoredChannels() {
    return ignored.get();
  }

  @Override
  public int channelCount() {
    return names.size();
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public List<String> units() {
    return units;
  }

  /**
   * Decodes {@code payload} and writes each channel to its slot, NaN where the value lacks it.
   *
   * @return the channel count, or one past the last filled slot when the value was cut short (so
   *     the feed counts it as a short payload)
   */
  @Override
  public int decode(byte[] payload, double[] out) {
    if (out.length < names.size()) {
      throw new IllegalArgumentException(
          "output array has " + out.length + " slots, decoder has " + names.size() + " channels");
    }
    Arrays.fill(out, 0, names.size(), Double.NaN);
    Decoded d = decoder.decode(payload);
    Map<String, Integer> seen = new HashMap<>();
    int lastFilled = -1;
    for (Channel c : d.channels()) {
      int k = seen.merge(c.name(), 1, Integer::sum);
      Integer slot = slots.get(slotName(c.name(), k));
      if (slot == null) {
        ignore(c, k);
      } else {
        out[slot] = c.value();
        lastFilled = Math.max(lastFilled, slot);
      }
    }
    boolean shortValue = d.hasError() && lastFilled + 1 < names.size();
    return shortValue ? lastFilled + 1 : names.size();
  }

  private String slotName(String name, int occurrence) {
    Integer learned = learnedRepeats.get(name);
    if (learned == null || occurrence > learned) {
      return null;
    }
    return learned > 1 ? name + " " + occurrence : name;
  }

  private void ignore(Channel c, int occurrence) {
    ignored.incrementAndGet();
    if (loggedIgnored.compareAndSet(false, true)) {
      LOG.info(
          "{}: channel {} (#{} in its value) has no slot among the channels learned from the"
              + " first value {}; ignoring it and any like it",
          decoder.name(),
          c.name(),
          occurrence,
          names);
    }
  }

  @Override
  public String toString() {
    return source + " " + names;
  }
}
