package io.gattscope.cli;

import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Uuids;
import io.gattscope.gatt.decode.CharacteristicDecoder;
import io.gattscope.gatt.format.Hex;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.LayoutField;
import io.gattscope.stream.PayloadLayout;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints each notification as one line (text or JSON), decoded by a payload layout when one is
 * given, optionally records it to CSV, and signals when the count is reached or stdout is closed.
 *
 * <p>Lines are built in one reused buffer and written to the (buffered) stdout; {@link #awaitEnd}
 * flushes every {@link #FLUSH_PERIOD}, so a burst costs one write, and notices a closed pipe.
 */
final class NotificationPrinter implements NotificationListener {
  /** How often buffered lines are flushed to stdout. */
  static final Duration FLUSH_PERIOD = Duration.ofMillis(20);

  private static final double[] NO_CHANNELS = new double[0];
  private static final String EOL = System.lineSeparator();

  private final PrintStream out;
  private final boolean json;
  private final Vocabulary.ValueCodec codec;
  private final boolean hexCodec;
  private final PayloadLayout layout;
  private final List<String> names;
  private final List<String> units;
  private final int[] decimals;
  private final boolean recordsCsv;
  private final List<Pending> pending = new ArrayList<>();
  private volatile CsvRecorder csv;
  private final Long limit;
  private final double[] channels;
  private final CountDownLatch end = new CountDownLatch(1);
  private final AtomicLong received = new AtomicLong();
  private final Instant wallStart = Instant.now();
  private final long nanoStart = System.nanoTime();
  private final StringBuilder line = new StringBuilder(256);
  private final StringBuilder summary = new StringBuilder(256);
  private final IsoTime time = new IsoTime();
  private volatile GattCharacteristic characteristic;
  private volatile CharacteristicDecoder decoder;
  private volatile PresentationValue presentation;
  private byte[] bytes = new byte[512];
  private volatile boolean stopped;
  private volatile boolean outputClosed;
  private volatile long firstNanos;
  private volatile long lastNanos;

  /**
   * @param out where lines go (flushed by {@link #awaitEnd})
   * @param json one JSON object per line instead of text
   * @param layout decodes values into channels, or null to print them in {@code codec}
   * @param recordsCsv whether the notifications go to a CSV file too (decoded channels when a
   *     layout is given); values that arrive before {@link #attachCsv} are kept for the file
   * @param limit how many values to print, or null for no limit
   */
  NotificationPrinter(
      PrintStream out,
      boolean json,
      Vocabulary.ValueCodec codec,
      PayloadLayout layout,
      boolean recordsCsv,
      Long limit) {
    this.out = out;
    this.json = json;
    this.codec = codec;
    this.hexCodec = codec.name().equalsIgnoreCase("hex");
    this.layout = layout;
    this.recordsCsv = recordsCsv;
    this.limit = limit;
    this.channels = layout == null ? NO_CHANNELS : new double[layout.channelCount()];
    this.names = layout == null ? List.of() : layout.names();
    this.units = layout == null ? List.of() : layout.units();
    List<LayoutField> fields = layout == null ? List.of() : layout.fields();
    this.decimals = new int[fields.size()];
    for (int i = 0; i < decimals.length; i++) {
      decimals[i] = Numbers.decimals(fields.get(i));
    }
  }

  void describe(GattCharacteristic c) {
    this.decoder = Vocabulary.decoder(c.uuid()).orElse(null);
    this.characteristic = c;
  }

  /**
   * Adds the number and unit its 0x2904 descriptor implies to each JSON line (without a layout).
   */
  void presentation(PresentationValue p) {
    this.presentation = p;
  }

  String label() {
    GattCharacteristic c = characteristic;
    return c == null
        ? "?"
        : String.format(Locale.ROOT, "%s (handle 0x%04X)", Uuids.format(c.uuid()), c.valueHandle());
  }

  @Override
  public void onNotification(int valueHandle, byte[] value, long timestampNanos) {
    if (stopped) {
      return;
    }
    long n = received.incrementAndGet();
    if (limit != null && n > limit) {
      return;
    }
    if (n == 1) {
      firstNanos = timestampNanos;
    }
    lastNanos = timestampNanos;
    int decoded = layout == null ? 0 : layout.decode(value, channels);
    if (recordsCsv) {
      record(timestampNanos, decoded, value);
    }
    synchronized (line) {
      line.setLength(0);
      long sinceSecond = wallStart.getNano() + (timestampNanos - nanoStart);
      long second = wallStart.getEpochSecond() + Math.floorDiv(sinceSecond, 1_000_000_000L);
      int nano = (int) Math.floorMod(sinceSecond, 1_000_000_000L);
      if (json) {
        jsonLine(valueHandle, value, decoded, second, nano);
      } else {
        time.append(line, second, nano);
        line.append("  ");
        textLine(value, decoded);
      }
      line.append(EOL);
      writeLine();
    }
    if (limit != null && n == limit) {
      stop();
    }
  }

  private void record(long timestampNanos, int decoded, byte[] value) {
    CsvRecorder c = csv;
    if (c == null) {
      synchronized (pending) {
        c = csv;
        if (c == null) {
          pending.add(new Pending(timestampNanos, value.clone()));
          return;
        }
      }
    }
    c.append(timestampNanos, channels, decoded, value);
  }

  /**
   * Starts writing to the CSV file, first the values that arrived before it was opened (the file
   * opens once the subscription runs).
   */
  void attachCsv(CsvRecorder recorder) {
    synchronized (pending) {
      double[] values = new double[channels.length];
      for (Pending p : pending) {
        int decoded = layout == null ? 0 : layout.decode(p.value(), values);
        recorder.append(p.nanos(), values, decoded, p.value());
      }
      pending.clear();
      csv = recorder;
    }
  }

  /** The CSV file being written, or null before {@link #attachCsv} (or without one). */
  CsvRecorder csv() {
    return csv;
  }

  /** A value that arrived before the CSV file was open. */
  private record Pending(long nanos, byte[] value) {}

  private void jsonLine(int valueHandle, byte[] value, int decoded, long second, int nano) {
    line.append("{\"time\":\"");
    time.append(line, second, nano);
    line.append("\",\"handle\":").append(valueHandle).append(",\"hex\":\"");
    Json.hex(line, value).append('"');
    if (layout == null) {
      if (!hexCodec) {
        line.append(",\"value\":");
        Json.quote(line, codec.format(value));
      }
      PresentationValue p = presentation;
      if (p != null) {
        p.appendJson(line, value);
      }
      CharacteristicDecoder d = decoder;
      if (d != null) {
        summary.setLength(0);
        line.append(",\"decoded\":");
        Json.quote(line, d.appendSummary(value, summary));
      }
    } else {
      line.append(",\"channels\":{");
      for (int i = 0; i < decoded; i++) {
        if (i > 0) {
          line.append(',');
        }
        Json.quote(line, names.get(i));
        line.append(':');
        Numbers.append(line, channels[i], decimals[i]);
      }
      line.append('}');
      if (decoded < channels.length) {
        line.append(",\"shortPayload\":true");
      }
    }
    line.append('}');
  }

  private void textLine(byte[] value, int decoded) {
    if (layout == null) {
      if (hexCodec) {
        Hex.appendTo(line, value);
      } else {
        line.append(codec.format(value));
      }
      CharacteristicDecoder d = decoder;
      if (d != null) {
        d.appendSummary(value, line.append("  "));
      }
      return;
    }
    for (int i = 0; i < decoded; i++) {
      if (i > 0) {
        line.append(", ");
      }
      String unit = units.get(i);
      line.append(names.get(i)).append('=');
      Numbers.append(line, channels[i], decimals[i]);
      if (!unit.isEmpty()) {
        line.append(' ').append(unit);
      }
    }
    if (decoded < channels.length) {
      line.append(decoded > 0 ? ", " : "")
          .append("(short payload: ")
          .append(decoded)
          .append(" of ")
          .append(channels.length)
          .append(" channels)");
    }
  }

  /**
   * Writes the line as UTF-8 (stdout's encoding) straight from the buffer: ASCII lines, the usual
   * ones, are copied byte by byte without an encoder or a string.
   */
  private void writeLine() {
    int n = line.length();
    if (bytes.length < n) {
      bytes = new byte[Math.max(n, 2 * bytes.length)];
    }
    for (int i = 0; i < n; i++) {
      char ch = line.charAt(i);
      if (ch >= 0x80) {
        byte[] utf8 = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(utf8, 0, utf8.length);
        return;
      }
      bytes[i] = (byte) ch;
    }
    out.write(bytes, 0, n);
  }

  /**
   * Ends the wait (count reached, Ctrl-C, link lost or stdout closed); later values are ignored.
   */
  void stop() {
    stopped = true;
    end.countDown();
  }

  /**
   * Waits until stopped, until stdout is closed (a reader such as {@code head} went away) or until
   * the limit passes (no limit: until stopped), flushing stdout every {@link #FLUSH_PERIOD}.
   */
  void awaitEnd(Duration limit) throws InterruptedException {
    long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
    long period = FLUSH_PERIOD.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || end.await(Math.min(left, period), TimeUnit.NANOSECONDS)) {
        break;
      }
      if (flushFailed()) {
        break;
      }
    }
    flushFailed();
  }

  private boolean flushFailed() {
    synchronized (line) {
      if (out.checkError()) {
        outputClosed = true;
        stopped = true;
        end.countDown();
      }
    }
    return outputClosed;
  }

  /** Whether stdout went away (EPIPE): the reader has all it wanted. */
  boolean outputClosed() {
    return outputClosed;
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
