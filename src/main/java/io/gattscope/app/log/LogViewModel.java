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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded event log: any thread adds entries, they reach the UI in batches at most ten times a
 * second; the view filters by level and device, copies and saves.
 */
public final class LogViewModel {
  /** The device filter value meaning every device. */
  public static final String ALL_DEVICES = "All devices";

  private static final Logger LOG = LoggerFactory.getLogger(LogViewModel.class);
  private final UiExecutor ui;
  private final Clock clock;
  private final int capacity;
  private final ArrayDeque<LogEntry> pending = new ArrayDeque<>();
  private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<LogEntry> visible = new FilteredList<>(entries);
  private final ObservableList<String> devices = FXCollections.observableArrayList(ALL_DEVICES);
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final ObjectProperty<LogEntry.Level> minimumLevel =
      new SimpleObjectProperty<>(LogEntry.Level.INFO);
  private final ObjectProperty<String> device = new SimpleObjectProperty<>(ALL_DEVICES);

  /** A log keeping at most {@code capacity} entries, flushed by the ticker. */
  public LogViewModel(UiExecutor ui, Ticker ticker, Clock clock, int capacity) {
    this.ui = ui;
    this.clock = clock;
    this.capacity = capacity;
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
    synchronized (pending) {
      if (pending.size() >= capacity) {
        pending.removeFirst();
      }
      pending.addLast(e);
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
    List<LogEntry> batch;
    synchronized (pending) {
      if (pending.isEmpty()) {
        return;
      }
      batch = new ArrayList<>(pending);
      pending.clear();
    }
    ui.execute(() -> append(batch));
  }

  private void append(List<LogEntry> batch) {
    for (LogEntry e : batch) {
      if (!e.device().isEmpty() && !devices.contains(e.device())) {
        devices.add(e.device());
      }
    }
    entries.addAll(batch);
    int excess = entries.size() - capacity;
    if (excess > 0) {
      entries.remove(0, excess);
    }
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
