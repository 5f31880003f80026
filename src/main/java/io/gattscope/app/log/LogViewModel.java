package io.gattscope.app.log;

import io.gattscope.app.util.Ticker;
import io.gattscope.app.util.UiExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded event log: any thread adds entries, they reach the UI in batches at most ten times a
 * second; DEBUG entries (the protocol traffic) and INFO-and-above entries are bounded separately,
 * so a burst of traffic never pushes out the user's events, and every entry dropped is counted; the
 * view filters by level and device, copies and saves.
 */
public final class LogViewModel {
  /** The device filter value meaning every device. */
  public static final String ALL_DEVICES = "All devices";

  private static final Logger LOG = LoggerFactory.getLogger(LogViewModel.class);
  private final UiExecutor ui;
  private final Clock clock;
  private final int capacity;
  private final int trafficCapacity;
  private final Object lock = new Object();
  private final ArrayDeque<Pending> pendingEvents = new ArrayDeque<>();
  private final ArrayDeque<Pending> pendingTraffic = new ArrayDeque<>();
  private long sequence;
  private long pendingDroppedEvents;
  private long pendingDroppedTraffic;
  private int shownTraffic;
  private final ReadOnlyLongWrapper droppedEvents = new ReadOnlyLongWrapper();
  private final ReadOnlyLongWrapper droppedTraffic = new ReadOnlyLongWrapper();
  private final ReadOnlyStringWrapper droppedText = new ReadOnlyStringWrapper("");
  private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<LogEntry> visible = new FilteredList<>(entries);
  private final ObservableList<String> devices = FXCollections.observableArrayList(ALL_DEVICES);
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final ObjectProperty<LogEntry.Level> minimumLevel =
      new SimpleObjectProperty<>(LogEntry.Level.INFO);
  private final ObjectProperty<String> device = new SimpleObjectProperty<>(ALL_DEVICES);

  /** A log keeping at most {@code capacity} INFO-and-above and as many DEBUG entries. */
  public LogViewModel(UiExecutor ui, Ticker ticker, Clock clock, int capacity) {
    this(ui, ticker, clock, capacity, capacity);
  }

  /**
   * A log keeping at most {@code capacity} INFO-and-above entries and, apart from them, at most
   * {@code trafficCapacity} DEBUG entries, flushed by the ticker.
   */
  public LogViewModel(
      UiExecutor ui, Ticker ticker, Clock clock, int capacity, int trafficCapacity) {
    if (capacity < 1 || trafficCapacity < 1) {
      throw new IllegalArgumentException(
          "log capacities must be at least 1, not " + capacity + " and " + trafficCapacity);
    }
    this.ui = ui;
    this.clock = clock;
    this.capacity = capacity;
    this.trafficCapacity = trafficCapacity;
    droppedText.bind(
        Bindings.createStringBinding(
            () -> droppedText(droppedEvents.get(), droppedTraffic.get()),
            droppedEvents,
            droppedTraffic));
    minimumLevel.addListener((o, a, b) -> refilter());
    device.addListener((o, a, b) -> refilter());
    refilter();
    ticker.every(Duration.ofMillis(100), this::flush);
  }

  /** Adds an entry from any thread; also written to SLF4J. */
  public void log(LogEntry.Level level, String device, String message) {
    String who = device == null ? "" : device;
    switch (level) {
      case ERROR -> LOG.error("{} {}", who, message);
      case WARN -> LOG.warn("{} {}", who, message);
      default -> LOG.debug("{} {}", who, message);
    }
    add(level, who, message);
  }

  /** Adds an entry that came from SLF4J (so it is not written back there), from any thread. */
  void add(LogEntry.Level level, String device, String message) {
    LogEntry e = new LogEntry(clock.instant(), level, device == null ? "" : device, message);
    boolean traffic = level == LogEntry.Level.DEBUG;
    synchronized (lock) {
      ArrayDeque<Pending> queue = traffic ? pendingTraffic : pendingEvents;
      if (queue.size() >= (traffic ? trafficCapacity : capacity)) {
        queue.removeFirst();
        if (traffic) {
          pendingDroppedTraffic++;
        } else {
          pendingDroppedEvents++;
        }
      }
      queue.addLast(new Pending(sequence++, e));
    }
  }

  /** Shorthand for an information entry. */
  public void info(String device, String message) {
    log(LogEntry.Level.INFO, device, message);
  }

  /** Shorthand for an error entry. */
  public void error(String device, String message) {
    log(LogEntry.Level.ERROR, device, message);
  }

  /** Moves pending entries into the list in one UI update. */
  public void flush() {
    List<LogEntry> batch = new ArrayList<>();
    long lostEvents;
    long lostTraffic;
    synchronized (lock) {
      if (pendingEvents.isEmpty() && pendingTraffic.isEmpty()) {
        return;
      }
      while (!pendingEvents.isEmpty() || !pendingTraffic.isEmpty()) {
        boolean event =
            pendingTraffic.isEmpty()
                || (!pendingEvents.isEmpty()
                    && pendingEvents.peekFirst().seq() < pendingTraffic.peekFirst().seq());
        batch.add((event ? pendingEvents : pendingTraffic).removeFirst().entry());
      }
      lostEvents = pendingDroppedEvents;
      lostTraffic = pendingDroppedTraffic;
      pendingDroppedEvents = 0;
      pendingDroppedTraffic = 0;
    }
    ui.execute(() -> append(batch, lostEvents, lostTraffic));
  }

  private void append(List<LogEntry> batch, long lostEvents, long lostTraffic) {
    for (LogEntry e : batch) {
      if (!e.device().isEmpty() && !devices.contains(e.device())) {
        devices.add(e.device());
      }
      if (e.level() == LogEntry.Level.DEBUG) {
        shownTraffic++;
      }
    }
    entries.addAll(batch);
    int excessTraffic = Math.max(0, shownTraffic - trafficCapacity);
    int excessEvents = Math.max(0, entries.size() - shownTraffic - capacity);
    if (excessTraffic + excessEvents > 0) {
      Set<LogEntry> oldest = Collections.newSetFromMap(new IdentityHashMap<>());
      int traffic = excessTraffic;
      int events = excessEvents;
      for (int i = 0; i < entries.size() && traffic + events > 0; i++) {
        LogEntry e = entries.get(i);
        boolean debug = e.level() == LogEntry.Level.DEBUG;
        if (debug && traffic > 0) {
          traffic--;
          oldest.add(e);
        } else if (!debug && events > 0) {
          events--;
          oldest.add(e);
        }
      }
      entries.removeAll(oldest);
      shownTraffic -= excessTraffic;
    }
    droppedEvents.set(droppedEvents.get() + lostEvents + excessEvents);
    droppedTraffic.set(droppedTraffic.get() + lostTraffic + excessTraffic);
  }

  private static String droppedText(long events, long traffic) {
    if (events + traffic == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "%d older entries dropped (%d DEBUG, %d INFO and above)",
        events + traffic,
        traffic,
        events);
  }

  private void refilter() {
    LogEntry.Level min = minimumLevel.get();
    String dev = device.get();
    visible.setPredicate(
        e ->
            e.level().compareTo(min) >= 0
                && (dev == null || ALL_DEVICES.equals(dev) || dev.equals(e.device())));
  }

  /** Remembers a device's name so the device filter can show "name (address)". */
  public void nameDevice(String address, String name) {
    if (name != null && !name.isBlank() && !name.equals(address)) {
      names.put(address, name);
    }
  }

  /** "name (address)" for a device with a known name, else the entry as it is. */
  public String deviceLabel(String address) {
    String name = address == null ? null : names.get(address);
    return name == null ? address : name + " (" + address + ")";
  }

  /** INFO-and-above entries dropped so far to keep the log within its bound (UI thread). */
  public ReadOnlyLongProperty droppedEventsProperty() {
    return droppedEvents.getReadOnlyProperty();
  }

  /** DEBUG entries (protocol traffic) dropped so far to keep the log within its bound. */
  public ReadOnlyLongProperty droppedTrafficProperty() {
    return droppedTraffic.getReadOnlyProperty();
  }

  /** "312 older entries dropped (300 DEBUG, 12 INFO and above)", or empty while none were. */
  public ReadOnlyStringProperty droppedTextProperty() {
    return droppedText.getReadOnlyProperty();
  }

  /** Every entry kept, oldest first. */
  public ObservableList<LogEntry> entries() {
    return FXCollections.unmodifiableObservableList(entries);
  }

  /** The entries that pass the level and device filters. */
  public ObservableList<LogEntry> visibleEntries() {
    return visible;
  }

  /** The device filter's choices: all devices, then every device seen. */
  public ObservableList<String> devices() {
    return FXCollections.unmodifiableObservableList(devices);
  }

  public ObjectProperty<LogEntry.Level> minimumLevelProperty() {
    return minimumLevel;
  }

  public ObjectProperty<String> deviceProperty() {
    return device;
  }

  /** An entry waiting for the UI, with its place in the order the entries were added. */
  private record Pending(long seq, LogEntry entry) {}

  /** The visible entries as text, one per line. */
  public String visibleText() {
    return visible.stream().map(LogEntry::line).collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * Writes the visible entries to a file.
   *
   * @throws IOException when the file cannot be written
   */
  public void save(Path file) throws IOException {
    Files.writeString(file, visibleText(), StandardCharsets.UTF_8);
  }
}
