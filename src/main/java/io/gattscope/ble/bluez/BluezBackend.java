package io.gattscope.ble.bluez;

import io.gattscope.ble.AdapterInfo;
import io.gattscope.ble.AdapterListener;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BondInfo;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.LinkSupervisor;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ShutdownHooks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * A BlueZ adapter (e.g. {@code hci0}) reached over D-Bus with the same API as the BGAPI backend.
 * The bus is the system bus ({@code DBUS_SYSTEM_BUS_ADDRESS} honoured) unless an address is given.
 * BlueZ chooses scan timing and connection parameters itself: {@link ScanOptions#active()},
 * interval and window, and the address type and connection intervals of {@link ConnectOptions} are
 * not used (BlueZ knows the address type from the scan), and a device must have been seen by a scan
 * (BlueZ must hold its {@code Device1}) before it connects.
 */
public final class BluezBackend implements BleBackend {
  static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);

  private final LinkSupervisor supervisor = new LinkSupervisor("BlueZ", this::connectLink);
  private final String adapter;
  private final String busAddress;
  private final Duration callTimeout;
  private final String adapterPath;
  private final Map<String, BluezDevice> devices = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<BleDevice>> connecting = new HashMap<>();
  private final List<AdapterListener> adapterListeners = new CopyOnWriteArrayList<>();
  private final SignalRouter treeEvents;
  private volatile BluezBus bus;
  private volatile BluezScan scan;
  private volatile boolean running;
  private volatile Integer rssiThreshold;
  private ExecutorService events;

  /**
   * @param adapter the adapter name, e.g. {@code hci0}
   * @param busAddress a {@code unix:path=…} D-Bus address, or null for the system bus
   * @param callTimeout how long one D-Bus call (scan start and stop, bond removal) may take
   */
  public BluezBackend(String adapter, String busAddress, Duration callTimeout) {
    if (adapter == null || !adapter.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException(
          "'" + adapter + "' is not a BlueZ adapter name (letters, digits, _; e.g. hci0)");
    }
    this.adapter = adapter;
    this.busAddress = busAddress;
    this.callTimeout = callTimeout;
    this.adapterPath = "/org/bluez/" + adapter;
    this.treeEvents = new SignalRouter(adapterPath, devices, this::adapterLost);
  }

  /**
   * The adapter's object path, e.g. {@code /org/bluez/hci0}.
   *
   * @return {@code /org/bluez/} followed by the adapter name
   */
  public String adapterPath() {
    return adapterPath;
  }

  /**
   * Limits later scans to devices at or above {@code dbm} (the filter's {@code RSSI}, -127 to 20),
   * or removes the limit with null.
   *
   * @param dbm the weakest signal to report in dBm, or null for no limit
   * @throws IllegalArgumentException if the threshold lies outside -127 to 20 dBm
   */
  public void setRssiThreshold(Integer dbm) {
    if (dbm != null && (dbm < -127 || dbm > 20)) {
      throw new IllegalArgumentException("an RSSI threshold lies in -127 .. 20 dBm, got " + dbm);
    }
    rssiThreshold = dbm;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    BluezBus b = BluezBus.open(BluezBus.resolveAddress(busAddress), OPEN_TIMEOUT);
    if (b.tree().properties(adapterPath, BluezApi.ADAPTER).isEmpty()) {
      List<String> known = b.tree().paths("/org/bluez/", BluezApi.ADAPTER);
      b.close();
      throw new AdapterUnavailableException(
          "BlueZ has no adapter " + adapter + " on " + b.address() + "; it has " + known);
    }
    events = EventExecutor.create("bluez-adapter " + adapter);
    b.tree().addListener(treeEvents);
    bus = b;
    running = true;
    shutdownHook = ShutdownHooks.add(this::stop);
  }

  /** How long stop() waits for every link to turn notifications off and disconnect. */
  static final Duration STOP_BUDGET = Duration.ofMillis(1500);

  /** How long stop() waits for the StopNotify calls of one link before disconnecting it anyway. */
  static final Duration NOTIFY_BUDGET = Duration.ofMillis(700);

  private volatile Registration shutdownHook = () -> {};

  @Override
  public void stop() {
    shutdownHook.close();
    supervisor.stopAll();
    BluezBus b;
    synchronized (this) {
      if (bus == null) {
        return;
      }
      b = bus;
      running = false;
    }
    BluezScan s = scan;
    if (s != null) {
      s.close();
    }
    List<CompletableFuture<Void>> downs = new ArrayList<>();
    for (BluezDevice d : devices.values()) {
      downs.add(d.shutDownAsync(NOTIFY_BUDGET).exceptionally(e -> null));
    }
    try {
      Futures.await(
          CompletableFuture.allOf(downs.toArray(CompletableFuture[]::new)),
          STOP_BUDGET,
          "disconnection of every device");
    } catch (BleException e) {
      LoggerFactory.getLogger(BluezBackend.class)
          .warn("not every device closed cleanly at stop: {}", e.getMessage());
    }
    devices.values().forEach(d -> d.linkLost(DisconnectReason.hci(0x16)));
    devices.clear();
    synchronized (this) {
      bus = null;
      events.shutdown();
    }
    b.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** The mirrored object tree (for tests that wait on BlueZ's signals). */
  ObjectTree tree() {
    return bus().tree();
  }

  private BluezBus bus() {
    BluezBus b = bus;
    if (b == null || !running) {
      throw new AdapterUnavailableException("the BlueZ backend for " + adapter + " is not running");
    }
    return b;
  }

  @Override
  public AdapterInfo adapterInfo() {
    Map<String, Object> p = bus().tree().properties(adapterPath, BluezApi.ADAPTER).orElse(Map.of());
    BleAddress address = BleAddress.parse(Values.string(p, "Address").orElse("00:00:00:00:00:00"));
    String alias = Values.string(p, "Alias").or(() -> Values.string(p, "Name")).orElse(adapter);
    return new AdapterInfo(
        "BlueZ " + adapter + " (" + alias + ")",
        address,
        "BlueZ over D-Bus" + Values.string(p, "Modalias").map(m -> ", " + m).orElse(""),
        0);
  }

  @Override
  public Registration startScan(ScanOptions options, Consumer<Advertisement> listener) {
    if (options == null || listener == null) {
      throw new IllegalArgumentException("startScan needs options and a listener");
    }
    BluezBus b = bus();
    BluezScan s;
    synchronized (this) {
      if (scan != null) {
        throw new IllegalStateException("a scan is already running on " + adapter);
      }
      s = new BluezScan(b, adapterPath, listener, callTimeout, () -> scan = null);
      scan = s;
    }
    try {
      Futures.await(s.start(rssiThreshold), callTimeout.plusSeconds(1), "StartDiscovery");
    } catch (RuntimeException e) {
      s.abandon();
      throw BluezErrors.map(e, "starting discovery on " + adapter, BluezErrors.Kind.OTHER, 0);
    }
    return s::close;
  }

  /** The object path BlueZ uses for a device on this adapter. */
  String devicePath(BleAddress address) {
    return adapterPath + "/dev_" + address.toString().replace(':', '_');
  }

  /**
   * Connects; the device survives its links (reconnect, retries, auto-reconnect, Service Changed),
   * see {@link io.gattscope.ble.SupervisedDevice}.
   */
  @Override
  public CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options) {
    if (address == null || options == null) {
      throw new IllegalArgumentException("connect needs an address and options");
    }
    bus();
    return supervisor.connect(address, options);
  }

  /** One link, without supervision. */
  private CompletableFuture<BleDevice> connectLink(BleAddress address, ConnectOptions options) {
    BluezBus b = bus();
    String path = devicePath(address);
    synchronized (connecting) {
      CompletableFuture<BleDevice> pending = connecting.get(path);
      if (pending != null) {
        return pending.copy();
      }
      BluezDevice existing = devices.get(path);
      if (existing != null) {
        return CompletableFuture.completedFuture(existing);
      }
      CompletableFuture<BleDevice> attempt = startConnect(b, path, address, options);
      if (!attempt.isDone()) {
        connecting.put(path, attempt);
        attempt.whenComplete((d, e) -> connecting.remove(path, attempt));
      }
      return attempt.copy();
    }
  }

  private CompletableFuture<BleDevice> startConnect(
      BluezBus b, String path, BleAddress address, ConnectOptions options) {
    if (b.tree().properties(path, BluezApi.DEVICE).isEmpty()) {
      return CompletableFuture.failedFuture(
          new BleException(
              "BlueZ has not seen "
                  + address
                  + " on "
                  + adapter
                  + "; scan until it appears, then connect"));
    }
    BluezDevice device = new BluezDevice(b, path, address, options);
    devices.put(path, device);
    String what = "connection to " + address;
    CompletableFuture<Void> connected = ConnectProcedure.run(b, path, address);
    return b.within(connected, options.timeout(), what)
        .handleAsync(
            (v, e) -> {
              if (e != null) {
                devices.remove(path, device);
                b.call(b.remote(path, BluezApi.Device1.class), "Disconnect");
                device.linkLost(DisconnectReason.hci(0x3E));
                throw BluezErrors.map(e, what, BluezErrors.Kind.OTHER, 0);
              }
              device.connected();
              return (BleDevice) device;
            },
            device.events());
  }

  @Override
  public List<BleDevice> connectedDevices() {
    return supervisor.connected();
  }

  private BluezBonds bondStore() {
    return new BluezBonds(bus(), adapterPath, callTimeout);
  }

  /** Removes the device from BlueZ ({@code Adapter1.RemoveDevice}), which deletes its bond. */
  @Override
  public void clearBond(BleAddress address) {
    bondStore().remove(devicePath(address));
  }

  @Override
  public void clearAllBonds() {
    BluezBonds store = bondStore();
    store.pairedPaths().forEach(store::remove);
  }

  /**
   * The paired devices, numbered from 0 in path order; BlueZ does not publish key size, MITM
   * protection or the key set, so those are 0 and false.
   */
  @Override
  public List<BondInfo> bonds() {
    return bondStore().list();
  }

  @Override
  public Registration addAdapterListener(AdapterListener listener) {
    adapterListeners.add(listener);
    return Registration.once(() -> adapterListeners.remove(listener));
  }

  private void adapterLost() {
    running = false;
    BluezScan s = scan;
    if (s != null) {
      s.abandon();
    }
    BluezBus b = bus;
    String why =
        b == null
            ? "BlueZ removed adapter " + adapter
            : b.lossReason()
                .map(r -> "adapter " + adapter + " is out of reach: " + r)
                .orElse("BlueZ removed adapter " + adapter);
    DisconnectReason reason = new DisconnectReason(0, why);
    devices.values().forEach(d -> d.linkLost(reason));
    devices.clear();
    AdapterUnavailableException cause = new AdapterUnavailableException(why);
    for (AdapterListener l : adapterListeners) {
      events.execute(EventExecutor.logging("adapter listener", () -> l.onAdapterLost(this, cause)));
    }
  }
}
