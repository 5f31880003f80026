package io.gattscope.app.chart;

import io.gattscope.app.log.LogViewModel;
import io.gattscope.ble.NotificationListener;
import io.gattscope.stream.ChannelDecoder;
import io.gattscope.stream.ChannelFeed;
import io.gattscope.stream.CsvRecorder;
import io.gattscope.stream.CsvTarget;
import io.gattscope.stream.LayoutSpecException;
import io.gattscope.stream.LayoutStore;
import io.gattscope.stream.PayloadLayout;
import io.gattscope.stream.RateCounter;
import io.gattscope.stream.RateMeter;
import io.gattscope.stream.RecordingSummary;
import io.gattscope.stream.SampleRingBuffer;
import io.gattscope.stream.SampleSnapshot;
import io.gattscope.stream.ValueFormat;
import io.gattscope.stream.uart.PlotLineDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of one live chart: the feed a subscription writes to, channels and their visibility, the
 * window length, pause, the layout being edited, rates and drop counts, and recording. Runs on the
 * UI thread; the subscription calls {@link #listener()} on its own thread.
 */
public final class ChartViewModel {
  /** Window lengths offered to the user. */
  public static final List<Duration> WINDOW_CHOICES =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(2),
          Duration.ofMinutes(5),
          Duration.ofMinutes(10),
          Duration.ofMinutes(30),
          Duration.ofHours(1));

  /**
   * Layout of the simulated IMU's counted motion: accelerometer in mg, gyroscope in 0.1 °/s steps,
   * then its sample counter, the chart's time base (a jump in it is counted as device drops).
   */
  public static final String IMU_LAYOUT =
      "ax:i16 mg, ay:i16 mg, az:i16 mg, gx:i16*0.1 dps, gy:i16*0.1 dps, gz:i16*0.1 dps,"
          + " seq:u16 @seq";

  /** Layout of the simulated IMU's plain motion: the same six channels without a counter. */
  public static final String IMU_PLAIN_LAYOUT =
      "ax:i16 mg, ay:i16 mg, az:i16 mg, gx:i16*0.1 dps, gy:i16*0.1 dps, gz:i16*0.1 dps";

  /** The hint an empty layout editor shows while a layout is the channel source. */
  public static final String LAYOUT_HINT = "layout, e.g. ax:i16*0.001 g, ay:i16*0.001 g or <6h";

  /** The one time origin (0 s) of every chart's time axis, so charts line up. */
  public static final long SHARED_ORIGIN_NANOS = System.nanoTime();

  private static final Logger LOG = LoggerFactory.getLogger(ChartViewModel.class);

  private final String title;
  private final UUID characteristic;
  private final LayoutStore store;
  private final RateMeter meter;
  private final RateCounter counter;
  private final LongSupplier transportDrops;
  private final long originNanos;
  private final ForwardingFeed forwarding;
  private final ReadOnlyObjectWrapper<ChannelFeed> feed = new ReadOnlyObjectWrapper<>();
  private final ObservableList<ChartChannel> channels = FXCollections.observableArrayList();
  private final ObjectProperty<Duration> window =
      new SimpleObjectProperty<>(Duration.ofSeconds(10));
  private final BooleanProperty paused = new SimpleBooleanProperty();
  private final StringProperty layoutSpec = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper layoutHint = new ReadOnlyStringWrapper(LAYOUT_HINT);
  private final ReadOnlyStringWrapper layoutError = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper layoutErrorPosition = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyStringWrapper rates = new ReadOnlyStringWrapper("");
  private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper();
  private final ReadOnlyBooleanWrapper disconnected = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<List<UnitGroup>> unitGroups =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ObjectProperty<AxisMode> axisMode =
      new SimpleObjectProperty<>(AxisMode.AXIS_PER_UNIT);
  private final ChartRecording recorder = new ChartRecording();
  private final ReadOnlyStringWrapper cursorReadout = new ReadOnlyStringWrapper("");
  private final ChartCursor cursor = ChartCursor.SHARED;
  private final ChangeListener<Number> cursorMoved =
      (o, was, now) -> cursorReadout.set(readoutAt(now.doubleValue()));
  private final int capacity;
  private volatile ChartActivityLog activity = ChartActivityLog.NONE;
  private LogViewModel log;
  private String logDevice = "";
  private String logSource = "";

  /**
   * Creates the chart state for one subscription.
   *
   * @param title shown above the chart, e.g. the device and characteristic
   * @param decoder the initial channel source (a {@link PayloadLayout} or {@link SigChannels})
   * @param characteristic where an edited layout is saved in {@code store}, or null to not save
   * @param store saved layouts, or null
   * @param meter the rate meter shared by all charts (its total is the sum of all subscriptions)
   * @param transportDrops notifications dropped before reaching the feed (e.g. listener lane drops
   *     of the backend), or {@code () -> 0}
   */
  public ChartViewModel(
      String title,
      ChannelDecoder decoder,
      UUID characteristic,
      LayoutStore store,
      RateMeter meter,
      LongSupplier transportDrops) {
    this(
        title,
        decoder,
        characteristic,
        store,
        meter,
        transportDrops,
        SampleRingBuffer.DEFAULT_CAPACITY);
  }

  /**
   * Like the six-argument constructor with a ring buffer of {@code capacity} samples per channel.
   *
   * @param capacity samples kept per channel (see {@link ChartBufferSetting})
   */
  public ChartViewModel(
      String title,
      ChannelDecoder decoder,
      UUID characteristic,
      LayoutStore store,
      RateMeter meter,
      LongSupplier transportDrops,
      int capacity) {
    this.capacity = capacity;
    this.title = Objects.requireNonNull(title, "title");
    this.characteristic = characteristic;
    this.store = store;
    this.meter = Objects.requireNonNull(meter, "meter");
    this.transportDrops = Objects.requireNonNull(transportDrops, "transportDrops");
    this.counter = meter.register(title);
    this.originNanos = SHARED_ORIGIN_NANOS;
    ChannelFeed first = new ChannelFeed(decoder, capacity, counter);
    this.forwarding = new ForwardingFeed(first);
    useFeed(first);
    layoutSpec.set(decoder instanceof PayloadLayout p ? p.toSpec() : "");
    if (decoder instanceof SigChannels sig) {
      layoutHint.set(sig.source() + " · type a layout to replace it");
    } else if (decoder instanceof PlotLineDecoder) {
      layoutHint.set("Serial plotter: numeric text lines · a layout would decode their bytes");
    }
    layoutSpec.addListener((o, was, now) -> validate(now));
    cursor.secondsProperty().addListener(cursorMoved);
  }

  /** Sends the user's changes to this chart (layouts applied) to {@code log}. */
  public void reportTo(ChartActivityLog log) {
    activity = Objects.requireNonNull(log, "log");
  }

  /** The shared cursor this chart shows (placing it on one chart shows it on all). */
  public ChartCursor cursor() {
    return cursor;
  }

  /**
   * What this chart holds at the shared cursor: "t = 12.345 s · ax 12 mg · ...", each value at its
   * channel's resolution; "" while no cursor is placed.
   */
  public ReadOnlyStringProperty cursorReadoutProperty() {
    return cursorReadout.getReadOnlyProperty();
  }

  /**
   * The readout of the sample nearest to {@code seconds} on the time axis (from the ring buffer),
   * or a note that the buffer holds none within a second of it; "" for NaN.
   */
  public String readoutAt(double seconds) {
    if (Double.isNaN(seconds)) {
      return "";
    }
    ChannelFeed f = feed.get();
    SampleRingBuffer ring = f.buffer();
    SampleSnapshot snap = new SampleSnapshot(ring.capacity(), ring.channelCount());
    int n = ring.copySince(0, snap);
    long at = originNanos + Math.round(seconds * 1e9);
    long[] t = snap.timestamps();
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int best = lo == n || (lo > 0 && at - t[lo - 1] <= t[lo] - at) ? lo - 1 : lo;
    StringBuilder sb = new StringBuilder("t = ");
    ValueFormat.append(sb, seconds, 3);
    sb.append(" s");
    if (best < 0 || Math.abs(t[best] - at) > 1_000_000_000L) {
      return sb.append(" · no sample within 1 s").toString();
    }
    int timeBase = f.decoder().timeBase().channel();
    for (int c = 0; c < ring.channelCount(); c++) {
      if (c == timeBase || !channels.get(c).visibleProperty().get()) {
        continue;
      }
      sb.append(" · ").append(f.decoder().names().get(c)).append(' ');
      double v = snap.channel(c)[best];
      if (Double.isNaN(v)) {
        sb.append('–');
      } else {
        ValueFormat.append(sb, v, f.decoder().decimals(c));
      }
      String unit = f.decoder().units().get(c);
      if (!unit.isEmpty()) {
        sb.append(' ').append(unit);
      }
    }
    return sb.toString();
  }

  /** The listener to subscribe with; it keeps working across layout changes. */
  public NotificationListener listener() {
    return forwarding;
  }

  /** A copy of the last notification payload received, or empty before the first one. */
  public Optional<byte[]> lastPayload() {
    return forwarding.lastPayload();
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The {@code System.nanoTime()} shown as 0 s on the time axis. */
  public long originNanos() {
    return originNanos;
  }

  /** The current feed (replaced when a new layout is applied). */
  public ReadOnlyObjectProperty<ChannelFeed> feedProperty() {
    return feed.getReadOnlyProperty();
  }

  /** The channels of the current feed. */
  public ObservableList<ChartChannel> channels() {
    return channels;
  }

  /** The visible window length, one of {@link #WINDOW_CHOICES}. */
  public ObjectProperty<Duration> windowProperty() {
    return window;
  }

  /** The channels grouped by unit, one y axis (or lane) each; replaced with the feed. */
  public ReadOnlyObjectProperty<List<UnitGroup>> unitGroupsProperty() {
    return unitGroups.getReadOnlyProperty();
  }

  /**
   * How the unit groups share the plot; set to {@link AxisMode#defaultFor} the group count whenever
   * a new feed brings its channels.
   */
  public ObjectProperty<AxisMode> axisModeProperty() {
    return axisMode;
  }

  /** While true the view is frozen; samples keep flowing into the buffer. */
  public BooleanProperty pausedProperty() {
    return paused;
  }

  /** The layout spec the user edits. */
  public StringProperty layoutSpecProperty() {
    return layoutSpec;
  }

  /**
   * What the empty layout editor shows: {@link #LAYOUT_HINT}, or where the channels come from when
   * that is not a layout, e.g. {@code "SIG decoder: Heart Rate Measurement · type a layout to
   * replace it"}.
   */
  public ReadOnlyStringProperty layoutHintProperty() {
    return layoutHint.getReadOnlyProperty();
  }

  /** Why the edited spec is invalid, or "" when it is valid. */
  public ReadOnlyStringProperty layoutErrorProperty() {
    return layoutError.getReadOnlyProperty();
  }

  /** Character position of the spec error, or -1. */
  public ReadOnlyIntegerProperty layoutErrorPositionProperty() {
    return layoutErrorPosition.getReadOnlyProperty();
  }

  /** "N notif/s, B B/s (total ...)" of this subscription and of all. */
  public ReadOnlyStringProperty ratesProperty() {
    return rates.getReadOnlyProperty();
  }

  /** This subscription's notifications per second (samples per second per channel). */
  public double notificationsPerSecond() {
    return counter.notificationsPerSecond();
  }

  /** True from a link loss until the chart is resubscribed on the link that came back. */
  public ReadOnlyBooleanProperty disconnectedProperty() {
    return disconnected.getReadOnlyProperty();
  }

  /**
   * Marks the moment the link dropped: the chart shows "Disconnected" and its feed opens a
   * link-loss gap, closed by the first sample after {@link #reconnected()}.
   */
  public void linkLost(long nanos) {
    feed.get().linkLost(nanos);
    disconnected.set(true);
  }

  /** The chart is subscribed again; samples go on in the same feed after a visible gap. */
  public void reconnected() {
    disconnected.set(false);
  }

  /** Everything dropped anywhere on this subscription's path so far. */
  public ReadOnlyLongProperty droppedProperty() {
    return dropped.getReadOnlyProperty();
  }

  /** True while a recording runs. */
  public ReadOnlyBooleanProperty recordingProperty() {
    return recorder.recordingProperty();
  }

  /** The recording file and its row counts, or "" . */
  public ReadOnlyStringProperty recordingStatusProperty() {
    return recorder.statusProperty();
  }

  /**
   * Applies the edited layout: a new feed replaces the current one, holding the recent payloads (as
   * many as the ring buffer holds samples) re-decoded with the new layout, and the layout is saved
   * for the characteristic.
   *
   * @return false when the spec is invalid (the error properties say why) or a recording runs
   */
  public boolean applyLayout() {
    if (!validate(layoutSpec.get()) || recorder.recordingProperty().get()) {
      if (recorder.recordingProperty().get()) {
        layoutError.set("stop the recording before changing the layout");
      }
      return false;
    }
    PayloadLayout layout = PayloadLayout.parse(layoutSpec.get());
    ChannelFeed next = new ChannelFeed(layout, capacity, counter);
    forwarding.switchTo(next);
    useFeed(next);
    layoutHint.set(LAYOUT_HINT);
    activity.changed("layout applied: " + layout.toSpec());
    if (store != null && characteristic != null) {
      try {
        store.put(characteristic, layout);
      } catch (IOException e) {
        LOG.warn("could not save the layout of {} to {}", characteristic, store.file(), e);
        layoutError.set("layout applied but not saved: " + e.getMessage());
      }
    }
    return true;
  }

  private boolean validate(String spec) {
    try {
      PayloadLayout.parse(spec);
      layoutError.set("");
      layoutErrorPosition.set(-1);
      return true;
    } catch (LayoutSpecException e) {
      layoutError.set(e.reason());
      layoutErrorPosition.set(e.position());
    } catch (IllegalArgumentException e) {
      layoutError.set(e.getMessage());
      layoutErrorPosition.set(0);
    }
    return false;
  }

  private void useFeed(ChannelFeed f) {
    channels.setAll(
        IntStream.range(0, f.decoder().channelCount())
            .mapToObj(i -> new ChartChannel(f.decoder().names().get(i), f.decoder().units().get(i)))
            .toList());
    int timeBase = f.decoder().timeBase().channel();
    if (timeBase >= 0) {
      // the device's counter or timestamp is the time axis, not a curve
      channels.get(timeBase).visibleProperty().set(false);
    }
    List<UnitGroup> groups = UnitGroup.of(channels, timeBase);
    axisMode.set(AxisMode.defaultFor(groups.size()));
    unitGroups.set(groups);
    feed.set(f);
  }

  /**
   * Refreshes the rate text and the drop count (call about twice a second).
   *
   * @param chartSkipped samples the chart missed because the ring buffer overwrote them
   */
  public void refreshStats(long chartSkipped) {
    RateCounter total = meter.total();
    rates.set(
        String.format(
            Locale.ROOT,
            "%.0f notif/s, %.0f B/s · all subscriptions: %.0f notif/s, %.0f B/s",
            counter.notificationsPerSecond(),
            counter.bytesPerSecond(),
            total.notificationsPerSecond(),
            total.bytesPerSecond()));
    long recorderDrops = recorder.drops(feed.get());
    dropped.set(
        chartSkipped + transportDrops.getAsLong() + recorderDrops + counter.missingNotifications());
  }

  /**
   * Where recordings are reported: their start and stop go to {@code log} under {@code device} (the
   * address), described as {@code source} (device name and address, handles).
   */
  public void logRecordingsTo(LogViewModel log, String device, String source) {
    this.log = Objects.requireNonNull(log, "log");
    this.logDevice = Objects.requireNonNull(device, "device");
    this.logSource = Objects.requireNonNull(source, "source");
  }

  /** What is at {@code file} now, so the view can ask before replacing an existing file. */
  public CsvTarget recordingTarget(Path file) {
    return CsvTarget.of(file);
  }

  /**
   * Starts recording the current feed to {@code file} (CSV, see {@link CsvRecorder}) while the
   * subscription runs; a symbolic link is never followed and an existing file is replaced only when
   * {@code replace} says the user confirmed it.
   *
   * @throws IOException when the file cannot be created, or is a link, or exists without {@code
   *     replace}
   * @throws IllegalStateException when a recording already runs or the link is lost
   */
  public void startRecording(Path file, boolean replace) throws IOException {
    if (disconnected.get()) {
      throw new IllegalStateException(
          "the subscription is not running (link lost); record once it resumes");
    }
    recorder.start(feed.get(), file, replace);
    if (log != null) {
      log.info(logDevice, "Recording " + logSource + " to " + file.toAbsolutePath());
    }
  }

  /** Stops the recording, closes the file and returns what it wrote (null when none ran). */
  public RecordingSummary stopRecording() throws IOException {
    RecordingSummary s = recorder.stop(feed.get());
    if (s != null && log != null) {
      log.info(
          logDevice,
          "Recording of "
              + logSource
              + " stopped: "
              + s.rowsWritten()
              + " rows written to "
              + s.file().toAbsolutePath()
              + (s.rowsDropped() > 0 ? ", " + s.rowsDropped() + " dropped" : ""));
    }
    return s;
  }

  /**
   * Writes the samples between {@code fromSeconds} and {@code toSeconds} (time axis) still held by
   * the ring buffer to a CSV file; returns the number of rows.
   */
  public long exportCsv(Path file, double fromSeconds, double toSeconds) throws IOException {
    ChannelFeed f = feed.get();
    return WindowCsvExporter.export(
        file, f.buffer(), f.decoder(), originNanos, fromSeconds, toSeconds);
  }

  /** Stops any recording and unregisters the rate counter (when the chart closes). */
  public void close() {
    cursor.secondsProperty().removeListener(cursorMoved);
    try {
      stopRecording();
    } catch (IOException e) {
      LOG.warn("closing the recording of {} failed", title, e);
    }
    meter.unregister(counter);
  }
}
