package io.gattscope.app.main;

import io.gattscope.app.device.AppContext;
import io.gattscope.app.device.DeviceViewModel;
import io.gattscope.app.device.SnapshotSaver;
import io.gattscope.app.scan.ScanListViewModel;
import io.gattscope.app.scan.ScanRow;
import io.gattscope.app.util.Command;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.ScanResult;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window: the adapter ({@link AdapterViewModel}), the scan list, one tab per device, the
 * log, and the status bar (adapter state, connections, notifications per second, memory).
 */
public final class MainViewModel {
  private final AppContext ctx;
  private final AdapterViewModel adapter;
  private final ScanListViewModel scan;
  private final ObservableList<DeviceViewModel> devices = FXCollections.observableArrayList();
  private final ObjectProperty<DeviceViewModel> selectedDevice = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper connections = new ReadOnlyStringWrapper("0 connected");
  private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("0 notifications/s");
  private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
  private final Command connect;
  private final SimulatorViewModel simulator;
  private final Map<BleAddress, ScanResult> seen = new HashMap<>();
  private long lastCount;
  private long lastNanos;

  /** The window's view model; call {@link AdapterViewModel#start()} to open an adapter. */
  public MainViewModel(AppContext ctx, AdapterViewModel adapter) {
    this.ctx = ctx;
    this.adapter = adapter;
    this.scan =
        new ScanListViewModel(ctx.ui(), ctx.ticker(), ctx.nanoClock(), ctx.knowledge(), ctx.log());
    scan.backendProperty().bind(adapter.backendProperty());
    adapter.setOnLost(reason -> devices.forEach(d -> d.disconnected(reason)));
    connect =
        Command.of(
            ctx.ui(),
            Bindings.createBooleanBinding(
                () ->
                    scan.selectedProperty().get() != null
                        && adapter.backendProperty().get() != null,
                scan.selectedProperty(),
                adapter.backendProperty()),
            () -> connect(scan.selectedProperty().get()));
    simulator = new SimulatorViewModel(this);
    lastNanos = ctx.nanoClock().getAsLong();
    ctx.ticker().every(Duration.ofSeconds(1), () -> ctx.ui().execute(this::updateStatus));
  }

  /** Opens (or selects) the tab of a scanned device and connects it. */
  public DeviceViewModel connect(ScanRow row) {
    if (row.resultProperty().get() != null) {
      seen.put(row.address(), row.resultProperty().get());
    }
    Optional<DeviceViewModel> open =
        devices.stream().filter(d -> d.address().equals(row.address())).findFirst();
    if (open.isPresent()) {
      selectedDevice.set(open.get());
      open.get().connectCommand().execute();
      return open.get();
    }
    DeviceViewModel d =
        new DeviceViewModel(
            ctx,
            adapter.backendProperty(),
            row.address(),
            row.addressType(),
            row.nameProperty().get());
    devices.add(d);
    selectedDevice.set(d);
    d.connectCommand().execute();
    return d;
  }

  /** Closes a device tab, disconnecting it. */
  public void close(DeviceViewModel d) {
    d.close();
    devices.remove(d);
  }

  /** Stops everything (window closing). */
  public void shutdown() {
    scan.stopScan();
    // the backend's stop unsubscribes and disconnects every link before the port closes
    adapter.shutdown();
    devices.forEach(DeviceViewModel::close);
  }

  void updateStatus() {
    long connected = devices.stream().filter(d -> d.deviceProperty().get() != null).count();
    connections.set(connected + " connected");
    long count = devices.stream().mapToLong(DeviceViewModel::notificationsReceived).sum();
    long now = ctx.nanoClock().getAsLong();
    double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
    rate.set(
        String.format(
            Locale.ROOT, "%.0f notifications/s", Math.max(0, count - lastCount) / seconds));
    lastCount = count;
    lastNanos = now;
    Runtime rt = Runtime.getRuntime();
    memory.set(
        String.format(
            Locale.ROOT,
            "%d / %d MB",
            (rt.totalMemory() - rt.freeMemory()) >> 20,
            rt.maxMemory() >> 20));
  }

  /**
   * The "Save snapshot…" of a device tab, with the device's advertising from the scan list (or,
   * once the list dropped it, as it was when the tab connected).
   *
   * @param d the tab's device
   * @return a saver for that tab
   */
  public SnapshotSaver snapshotSaver(DeviceViewModel d) {
    return new SnapshotSaver(
        ctx,
        d,
        () ->
            scan.rows().stream()
                .filter(r -> r.address().equals(d.address()) && r.resultProperty().get() != null)
                .map(r -> r.resultProperty().get())
                .findFirst()
                .or(() -> Optional.ofNullable(seen.get(d.address()))));
  }

  /** The Simulator menu's faults, usable while the simulated adapter is open. */
  public SimulatorViewModel simulator() {
    return simulator;
  }

  /** The adapter picker and the open backend. */
  public AdapterViewModel adapter() {
    return adapter;
  }

  public ScanListViewModel scan() {
    return scan;
  }

  public AppContext context() {
    return ctx;
  }

  /** The open device tabs. */
  public ObservableList<DeviceViewModel> devices() {
    return devices;
  }

  public ObjectProperty<DeviceViewModel> selectedDeviceProperty() {
    return selectedDevice;
  }

  /** Connects the device selected in the scan list. */
  public Command connectCommand() {
    return connect;
  }

  public ReadOnlyStringProperty connectionsProperty() {
    return connections.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty notificationRateProperty() {
    return rate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty memoryProperty() {
    return memory.getReadOnlyProperty();
  }
}
