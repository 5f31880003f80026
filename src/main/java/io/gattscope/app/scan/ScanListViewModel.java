package io.gattscope.app.scan;

import io.gattscope.app.knowledge.GattKnowledge;
import io.gattscope.app.log.LogViewModel;
import io.gattscope.app.util.Command;
import io.gattscope.app.util.ErrorText;
import io.gattscope.app.util.Ticker;
import io.gattscope.app.util.UiExecutor;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The scan list: advertisements from any thread are merged per address and applied to the rows in
 * one UI update per tick (at most ten a second, whatever the packet rate); filters, staleness.
 */
public final class ScanListViewModel {
  /** A row is dimmed after this long without a packet. */
  public static final long STALE_NANOS = 10_000_000_000L;

  /** A row is dropped after this long without a packet. */
  public static final long DROP_NANOS = 60_000_000_000L;

  private static final int MAX_PENDING = 5000;
  private final UiExecutor ui;
  private final LongSupplier nanoClock;
  private final GattKnowledge knowledge;
  private final LogViewModel log;
  private final Map<BleAddress, ScanResult> pending = new ConcurrentHashMap<>();
  private final Map<BleAddress, ScanRow> byAddress = new HashMap<>();
  private final ObservableList<ScanRow> rows = FXCollections.observableArrayList();
  private final FilteredList<ScanRow> visible = new FilteredList<>(rows);
  private final ObjectProperty<BleBackend> backend = new SimpleObjectProperty<>();
  private final StringProperty filter = new SimpleStringProperty("");
  private final DoubleProperty minimumRssi = new SimpleDoubleProperty(-127);
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ObjectProperty<ScanRow> selected = new SimpleObjectProperty<>();
  private final Command toggleScan;
  private volatile Registration scan;
  private volatile int rowCount;

  /** A scan list refreshed by {@code ticker} every 100 ms. */
  public ScanListViewModel(
      UiExecutor ui,
      Ticker ticker,
      LongSupplier nanoClock,
      GattKnowledge knowledge,
      LogViewModel log) {
    this.ui = ui;
    this.nanoClock = nanoClock;
    this.knowledge = knowledge;
    this.log = log;
    filter.addListener((o, a, b) -> refilter());
    minimumRssi.addListener((o, a, b) -> refilter());
    backend.addListener((o, old, now) -> stopScan());
    toggleScan = Command.of(ui, backend.isNotNull(), this::toggle);
    ticker.every(Duration.ofMillis(100), this::tick);
  }

  /** Receives a packet on any thread; cheap, never touches the UI. */
  public void onAdvertisement(Advertisement a) {
    if (pending.size() >= MAX_PENDING && !pending.containsKey(a.address())) {
      return;
    }
    pending.compute(a.address(), (k, old) -> old == null ? ScanResult.of(a) : old.with(a));
  }

  /** Applies what arrived since the last tick in one UI update and ages the rows. */
  public void tick() {
    List<ScanResult> batch = new ArrayList<>(pending.size());
    for (BleAddress address : List.copyOf(pending.keySet())) {
      ScanResult r = pending.remove(address);
      if (r != null) {
        batch.add(r);
      }
    }
    if (batch.isEmpty() && rowCount == 0) {
      return;
    }
    long now = nanoClock.getAsLong();
    ui.execute(() -> apply(batch, now));
  }

  private void apply(List<ScanResult> batch, long now) {
    List<ScanRow> added = new ArrayList<>();
    for (ScanResult r : batch) {
      ScanRow row = byAddress.get(r.address());
      ScanResult merged = r;
      if (row == null) {
        row = new ScanRow(r.address());
        byAddress.put(r.address(), row);
        added.add(row);
      } else {
        merged = merge(row.resultProperty().get(), r);
      }
      byte[] all = concat(merged.advertisingData(), merged.scanResponseData());
      row.update(merged, knowledge.company(all).orElse(""), knowledge.advertisedServices(all));
    }
    rows.addAll(added);
    List<ScanRow> dropped = new ArrayList<>();
    for (ScanRow row : rows) {
      long age = now - row.lastSeenNanosProperty().get();
      if (age > DROP_NANOS) {
        dropped.add(row);
      } else {
        row.markStale(age > STALE_NANOS);
        row.trimHistory(now);
        row.age(now);
      }
    }
    if (!dropped.isEmpty()) {
      rows.removeAll(dropped);
      dropped.forEach(r -> byAddress.remove(r.address()));
    }
    if (!batch.isEmpty()) {
      refilter();
    }
    rowCount = rows.size();
  }

  private static ScanResult merge(ScanResult old, ScanResult r) {
    return new ScanResult(
        r.address(),
        r.addressType(),
        r.rssi(),
        r.advertisingData().length > 0 ? r.connectable() : old.connectable(),
        r.advertisingData().length > 0 ? r.advertisingData() : old.advertisingData(),
        r.scanResponseData().length > 0 ? r.scanResponseData() : old.scanResponseData(),
        old.packets() + r.packets(),
        r.lastSeenNanos());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private void refilter() {
    String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
    int min = (int) Math.round(minimumRssi.get());
    visible.setPredicate(
        row ->
            row.rssiProperty().get() >= min
                && (text.isEmpty()
                    || contains(row.nameProperty().get(), text)
                    || contains(row.address().toString(), text)
                    || contains(row.servicesProperty().get(), text)
                    || contains(row.companyProperty().get(), text)));
  }

  private static boolean contains(String field, String text) {
    return field.toLowerCase(Locale.ROOT).contains(text);
  }

  private void toggle() {
    if (scanning.get()) {
      stopScan();
      return;
    }
    BleBackend b = backend.get();
    ScanOptions options = ScanOptions.defaults(Duration.ofDays(1));
    try {
      scan = b.startScan(active.get() ? options : options.passive(), this::onAdvertisement);
      scanning.set(true);
      error.set("");
      log.info("", (active.get() ? "Active" : "Passive") + " scan started");
    } catch (RuntimeException e) {
      error.set("Scan failed: " + ErrorText.of(e));
      log.error("", "Scan failed: " + ErrorText.of(e));
    }
  }

  /** Stops the scan if one runs (adapter switch, adapter lost, window closing). */
  public void stopScan() {
    Registration s = scan;
    scan = null;
    if (s != null) {
      try {
        s.close();
      } catch (RuntimeException e) {
        log.error("", "Stopping the scan failed: " + ErrorText.of(e));
      }
      log.info("", "Scan stopped");
    }
    ui.execute(() -> scanning.set(false));
  }

  /** The decoded AD structures of the selected row, advertising data then scan response. */
  public List<GattKnowledge.AdStructure> details(ScanRow row) {
    ScanResult r = row.resultProperty().get();
    List<GattKnowledge.AdStructure> out =
        new ArrayList<>(knowledge.advertising(r.advertisingData()));
    out.addAll(knowledge.advertising(r.scanResponseData()));
    return out;
  }

  /** Rows passing the filter text and minimum RSSI (the view sorts them). */
  public ObservableList<ScanRow> visibleRows() {
    return visible;
  }

  /** Every row. */
  public ObservableList<ScanRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  public ObjectProperty<BleBackend> backendProperty() {
    return backend;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public DoubleProperty minimumRssiProperty() {
    return minimumRssi;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public ReadOnlyBooleanProperty scanningProperty() {
    return scanning.getReadOnlyProperty();
  }

  /** The latest scan failure in words, empty when none. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ObjectProperty<ScanRow> selectedProperty() {
    return selected;
  }

  /** Starts or stops scanning. */
  public Command toggleScanCommand() {
    return toggleScan;
  }

  /** "Stop scan" while scanning, else "Scan". */
  public StringBinding scanButtonText() {
    return Bindings.when(scanning).then("Stop scan").otherwise("Scan");
  }
}
