package io.gattscope.app.console;

import io.gattscope.app.device.ChartOpener;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicProperty;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.NotificationListener;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.stream.uart.LineAssembler;
import io.gattscope.stream.uart.LineEnding;
import io.gattscope.stream.uart.PlotLineDecoder;
import io.gattscope.stream.uart.SerialPlotter;
import io.gattscope.stream.uart.UartPair;
import io.gattscope.stream.uart.UartSender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Console tab's state: received and sent lines, display options, the send box with history,
 * byte and line rates, and the serial plotter that turns numeric lines into samples.
 */
public final class ConsoleViewModel implements AutoCloseable {
  /** Lines kept; older ones are dropped and counted. */
  public static final int MAX_ENTRIES = 10_000;

  private final BleDevice device;
  private final int maxEntries;
  private final UartPair pair;
  private final UiExecutor ui;
  private final UartSender sender;
  private final LineAssembler lines = new LineAssembler();
  private final SerialPlotter plotter = new SerialPlotter();
  private final ObservableList<ConsoleEntry> entries = FXCollections.observableArrayList();
  private final List<String> history = new ArrayList<>();
  private final StringProperty input = new SimpleStringProperty("");
  private final ObjectProperty<LineEnding> ending = new SimpleObjectProperty<>(LineEnding.LF);
  private final ObjectProperty<ConsoleEntry.Mode> mode =
      new SimpleObjectProperty<>(ConsoleEntry.Mode.ASCII);
  private final BooleanProperty timestamps = new SimpleBooleanProperty(true);
  private final LongProperty bytesReceived = new SimpleLongProperty();
  private final LongProperty linesReceived = new SimpleLongProperty();
  private final LongProperty rejected = new SimpleLongProperty();
  private final LongProperty trimmed = new SimpleLongProperty();
  private final DoubleProperty byteRate = new SimpleDoubleProperty();
  private final DoubleProperty lineRate = new SimpleDoubleProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper plottable = new ReadOnlyBooleanWrapper();
  private final List<PlotFeed> feeds = new CopyOnWriteArrayList<>();
  private final SubscriptionType type;
  private volatile Consumer<double[]> samples = v -> {};
  private int historyAt;
  private long rateNanos;
  private long rateBytes;
  private long rateLines;
  private volatile Subscription subscription;

  /**
   * A console on a connected device.
   *
   * @param device the connected device
   * @param pair the characteristics to subscribe to and to write
   * @param ui runs model updates on the UI thread
   */
  public ConsoleViewModel(BleDevice device, UartPair pair, UiExecutor ui) {
    this(device, pair, ui, MAX_ENTRIES);
  }

  /** A console keeping at most {@code maxEntries} lines (tests use a small bound). */
  ConsoleViewModel(BleDevice device, UartPair pair, UiExecutor ui, int maxEntries) {
    this.maxEntries = maxEntries;
    this.device = device;
    this.pair = pair;
    this.ui = ui;
    this.sender = new UartSender(device, pair.rx());
    this.type =
        pair.tx().has(CharacteristicProperty.NOTIFY)
            ? SubscriptionType.NOTIFY
            : SubscriptionType.INDICATE;
  }

  /**
   * Subscribes to the device's text.
   *
   * @return completes once subscribed
   */
  public CompletableFuture<Void> start() {
    return device
        .subscribeAsync(
            CharacteristicRef.handle(pair.tx().valueHandle()), type, (h, v, t) -> received(v, t))
        .thenAccept(s -> subscription = s);
  }

  /**
   * Where plotted samples go: one array per numeric line, one value per channel.
   *
   * @param sink receives the values on the notification thread
   */
  public void onSamples(Consumer<double[]> sink) {
    samples = sink;
  }

  private void received(byte[] value, long timestampNanos) {
    List<String> done;
    synchronized (lines) {
      done = lines.accept(value);
    }
    for (String line : done) {
      Optional<double[]> values = plotter.accept(line);
      if (values.isPresent()) {
        samples.accept(values.get());
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        for (PlotFeed f : feeds) {
          f.deliver(bytes, timestampNanos);
        }
      }
    }
    boolean numbers = !plotter.channels().isEmpty();
    Instant now = Instant.now();
    ui.execute(
        () -> {
          bytesReceived.set(bytesReceived.get() + value.length);
          linesReceived.set(linesReceived.get() + done.size());
          rejected.set(plotter.rejected());
          plottable.set(numbers);
          for (String line : done) {
            add(new ConsoleEntry(now, false, line.getBytes(StandardCharsets.UTF_8)));
          }
        });
  }

  /**
   * Sends the input box's text with the chosen line end, echoes it and keeps it in the history.
   *
   * @return completes when written; a failure also shows in {@link #error()}
   */
  public CompletableFuture<Void> send() {
    String text = input.get();
    byte[] data = (text + ending.get().text()).getBytes(StandardCharsets.UTF_8);
    add(new ConsoleEntry(Instant.now(), true, text.getBytes(StandardCharsets.UTF_8)));
    if (!text.isEmpty() && (history.isEmpty() || !history.get(history.size() - 1).equals(text))) {
      history.add(text);
    }
    historyAt = history.size();
    input.set("");
    if (data.length == 0) {
      return CompletableFuture.completedFuture(null);
    }
    return sender
        .send(data)
        .whenComplete(
            (v, e) ->
                ui.execute(() -> error.set(e == null ? "" : "send failed: " + e.getMessage())));
  }

  /**
   * Hands every numeric line from now on to {@code listener} as a notification of the text
   * characteristic whose value is the line (UTF-8, without its line end), for a chart decoding it
   * with {@link #plotDecoder()}; unparsable lines are never handed over.
   *
   * @param listener receives the lines on the notification thread
   * @return the feed; closing it stops the hand-over, not the console
   */
  public Subscription feedPlot(NotificationListener listener) {
    PlotFeed f =
        new PlotFeed(
            pair.tx(),
            type,
            listener,
            () -> subscription != null && subscription.isActive(),
            feeds::remove);
    feeds.add(f);
    return f;
  }

  /**
   * The chart decoder of the numeric lines, once the first one fixed the channels.
   *
   * @return the decoder naming the channels, or empty before the first numeric line
   */
  public Optional<PlotLineDecoder> plotDecoder() {
    return plotter.decoder();
  }

  /**
   * Opens a chart of the numeric lines (the serial plotter) through the explorer's charts: the same
   * ring buffer, recorder and CSV export as a characteristic's chart.
   *
   * @param charts the explorer's chart opener
   * @return completes when the chart is shown; a failure also shows in {@link #error()}
   */
  public CompletableFuture<Void> plot(ChartOpener charts) {
    Optional<PlotLineDecoder> decoder = plotDecoder();
    CompletableFuture<Void> shown =
        decoder.isEmpty()
            ? CompletableFuture.failedFuture(
                new IllegalStateException("no numeric line received yet"))
            : charts.openFed(
                device,
                pair.tx(),
                decoder.get(),
                device.address() + " · serial plot",
                this::feedPlot);
    return shown.whenComplete(
        (v, e) -> ui.execute(() -> error.set(e == null ? "" : "plot failed: " + message(e))));
  }

  private static String message(Throwable e) {
    Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return t.getMessage();
  }

  /** Puts the previous history line into the input box. */
  public void historyUp() {
    if (historyAt > 0) {
      input.set(history.get(--historyAt));
    }
  }

  /** Puts the next history line (or nothing after the last) into the input box. */
  public void historyDown() {
    if (historyAt < history.size() - 1) {
      input.set(history.get(++historyAt));
    } else {
      historyAt = history.size();
      input.set("");
    }
  }

  /** Removes every line shown. */
  public void clear() {
    entries.clear();
  }

  /**
   * Writes the lines shown, as shown, to a file.
   *
   * @param file the file to write (replaced when it exists)
   * @throws IOException when it cannot be written
   */
  public void save(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (ConsoleEntry e : entries) {
      out.add(e.render(mode.get(), timestamps.get()));
    }
    Files.write(file, out, StandardCharsets.UTF_8);
  }

  /**
   * Updates the byte and line rates from the counts since the last call.
   *
   * @param nowNanos the current {@link System#nanoTime()}
   */
  public void updateRates(long nowNanos) {
    if (rateNanos != 0 && nowNanos > rateNanos) {
      double s = (nowNanos - rateNanos) / 1e9;
      byteRate.set((bytesReceived.get() - rateBytes) / s);
      lineRate.set((linesReceived.get() - rateLines) / s);
    }
    rateNanos = nowNanos;
    rateBytes = bytesReceived.get();
    rateLines = linesReceived.get();
  }

  /**
   * Adds a line in time order: a received line waits in the UI queue after it arrived, so a line
   * sent meanwhile may already be shown; the received one goes before it.
   */
  private void add(ConsoleEntry e) {
    int at = entries.size();
    while (at > 0 && entries.get(at - 1).time().isAfter(e.time())) {
      at--;
    }
    entries.add(at, e);
    if (entries.size() > maxEntries) {
      entries.remove(0);
      trimmed.set(trimmed.get() + 1);
    }
  }

  /**
   * The lines shown, oldest first.
   *
   * @return the live list
   */
  public ObservableList<ConsoleEntry> entries() {
    return entries;
  }

  /**
   * The send box's text.
   *
   * @return the property
   */
  public StringProperty input() {
    return input;
  }

  /**
   * The line end appended to sent text.
   *
   * @return the property, LF at first
   */
  public ObjectProperty<LineEnding> ending() {
    return ending;
  }

  /**
   * How lines are shown.
   *
   * @return the property, ASCII at first
   */
  public ObjectProperty<ConsoleEntry.Mode> mode() {
    return mode;
  }

  /**
   * Whether lines show their time.
   *
   * @return the property, true at first
   */
  public BooleanProperty timestamps() {
    return timestamps;
  }

  /**
   * Bytes received.
   *
   * @return the property
   */
  public LongProperty bytesReceived() {
    return bytesReceived;
  }

  /**
   * Lines received.
   *
   * @return the property
   */
  public LongProperty linesReceived() {
    return linesReceived;
  }

  /**
   * Non-blank lines the plotter did not plot.
   *
   * @return the property
   */
  public LongProperty rejected() {
    return rejected;
  }

  /**
   * Lines dropped from the top beyond {@link #MAX_ENTRIES}.
   *
   * @return the property
   */
  public LongProperty trimmed() {
    return trimmed;
  }

  /**
   * Bytes per second received, as of the last {@link #updateRates}.
   *
   * @return the property
   */
  public DoubleProperty byteRate() {
    return byteRate;
  }

  /**
   * Lines per second received, as of the last {@link #updateRates}.
   *
   * @return the property
   */
  public DoubleProperty lineRate() {
    return lineRate;
  }

  /**
   * The last send failure, empty when the last send worked.
   *
   * @return the property
   */
  public StringProperty error() {
    return error;
  }

  /**
   * Whether a numeric line came, so the serial plotter has channels to chart.
   *
   * @return the property, false until the first numeric line
   */
  public ReadOnlyBooleanProperty plottable() {
    return plottable.getReadOnlyProperty();
  }

  /**
   * The characteristics this console reads and writes.
   *
   * @return the pair
   */
  public UartPair pair() {
    return pair;
  }

  /**
   * The plotter's channel names, fixed by the first numeric line.
   *
   * @return the names, empty before the first numeric line
   */
  public List<String> channels() {
    return plotter.channels();
  }

  /** Unsubscribes; charts fed by this console stop receiving lines. */
  @Override
  public void close() {
    for (PlotFeed f : feeds) {
      f.close();
    }
    if (subscription != null) {
      subscription.close();
    }
  }
}
