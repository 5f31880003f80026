package io.gattscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Uuids;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.PayloadLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints each notification as one line (text or JSON), decoded by a payload layout when one is
 * given, optionally records it to CSV, and signals when the count is reached.
 */
final class NotificationPrinter implements NotificationListener {
  private final BaseCommand command;
  private final Vocabulary.ValueCodec codec;
  private final PayloadLayout layout;
  private final CsvRecorder csv;
  private final Long limit;
  private final double[] channels;
  private final CountDownLatch end = new CountDownLatch(1);
  private final AtomicLong received = new AtomicLong();
  private final Instant wallStart = Instant.now();
  private final long nanoStart = System.nanoTime();
  private volatile GattCharacteristic characteristic;
  private volatile long firstNanos;
  private volatile long lastNanos;

  /**
   * @param layout decodes values into channels, or null to print them in {@code codec}
   * @param csv records the decoded channels, or null
   * @param limit how many values to print, or null for no limit
   */
  NotificationPrinter(
      BaseCommand command,
      Vocabulary.ValueCodec codec,
      PayloadLayout layout,
      CsvRecorder csv,
      Long limit) {
    this.command = command;
    this.codec = codec;
    this.layout = layout;
    this.csv = csv;
    this.limit = limit;
    this.channels = new double[layout == null ? 0 : layout.channelCount()];
  }

  void describe(GattCharacteristic c) {
    this.characteristic = c;
  }

  String label() {
    GattCharacteristic c = characteristic;
    return c == null
        ? "?"
        : String.format(Locale.ROOT, "%s (handle 0x%04X)", Uuids.format(c.uuid()), c.valueHandle());
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    long n = received.incrementAndGet();
    if (limit != null && n > limit) {
      return;
    }
    if (n == 1) {
      firstNanos = timestampNanos;
    }
    lastNanos = timestampNanos;
    Instant at = wallStart.plusNanos(timestampNanos - nanoStart);
    int decoded = layout == null ? 0 : layout.decode(value, channels);
    if (csv != null) {
      csv.append(timestampNanos, channels, decoded);
    }
    if (command.json()) {
      ObjectNode o =
          BaseCommand.object()
              .put("time", at.toString())
              .put("handle", valueHandle)
              .put("hex", Vocabulary.codec("hex").format(value));
      if (layout == null) {
        o.put("value", codec.format(value));
        decoded(value).ifPresent(d -> o.put("decoded", d));
      } else {
        ObjectNode ch = o.putObject("channels");
        for (int i = 0; i < decoded; i++) {
          ch.put(layout.names().get(i), channels[i]);
        }
      }
      command.printJson(o);
    } else {
      String text =
          layout == null
              ? codec.format(value) + decoded(value).map(d -> "  " + d).orElse("")
              : channelText(decoded);
      synchronized (command.out()) {
        command.out().println(at + "  " + text);
      }
    }
    if (limit != null && n == limit) {
      stop();
    }
  }

  private java.util.Optional<String> decoded(byte[] value) {
    GattCharacteristic c = characteristic;
    return c == null ? java.util.Optional.empty() : Vocabulary.decode(c.uuid(), value);
  }

  private String channelText(int decoded) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < decoded; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String unit = layout.units().get(i);
      sb.append(layout.names().get(i)).append('=').append(number(channels[i]));
      if (!unit.isEmpty()) {
        sb.append(' ').append(unit);
      }
    }
    if (decoded < layout.channelCount()) {
      sb.append(decoded > 0 ? ", " : "")
          .append("(short payload: ")
          .append(decoded)
          .append(" of ")
          .append(layout.channelCount())
          .append(" channels)");
    }
    return sb.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.6g", v);
  }

  /** Ends the wait (count reached, Ctrl-C or link lost). */
  void stop() {
    end.countDown();
  }

  /** Waits until stopped or until the limit passes (no limit: until stopped). */
  void awaitEnd(Duration limit) throws InterruptedException {
    if (limit == null) {
      end.await();
    } else {
      end.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  long shown() {
    return limit == null ? received.get() : Math.min(limit, received.get());
  }

  String summary() {
    long n = shown();
    return "Received "
        + n
        + " value(s)"
        + (n > 1 ? ", " + SubscribeCommand.rate(n - 1, lastNanos - firstNanos) : "");
  }
}
