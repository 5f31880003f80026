package io.gattscope.ble.gatttool;

import io.gattscope.ble.AdapterInfo;
import io.gattscope.ble.AdapterListener;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BondInfo;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionParameters;
import io.gattscope.ble.DroppedData;
import io.gattscope.ble.Futures;
import io.gattscope.ble.LinkSupervisor;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ShutdownHooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BlueZ's legacy tools as a backend: one {@code gatttool -i hciX -I} process per connection and
 * {@code hcitool lescan} for scans. Bonds are kept by BlueZ, which gatttool cannot list or delete.
 */
public final class GatttoolBackend implements BleBackend {
  private final LinkSupervisor supervisor = new LinkSupervisor("gatttool", this::connectLink);
  private static final Logger LOG = LoggerFactory.getLogger(GatttoolBackend.class);
  private static final int MAX_QUEUED = 256;

  private final GatttoolSettings settings;
  private final Map<BleAddress, CompletableFuture<BleDevice>> devices = new LinkedHashMap<>();
  private final List<AdapterListener> adapterListeners = new CopyOnWriteArrayList<>();
  private final List<LeScan> scans = new CopyOnWriteArrayList<>();
  private final LongAdder unreadableBytes = new LongAdder();
  private final LongAdder unreadableLines = new LongAdder();
  private final LongAdder unreadableNotifications = new LongAdder();
  private ScheduledThreadPoolExecutor timers;
  private volatile boolean running;

  /**
   * A backend that runs gatttool and hcitool as the settings say; not yet started.
   *
   * @param settings the adapter, tools and limits
   * @throws NullPointerException if the settings are missing
   */
  public GatttoolBackend(GatttoolSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * What gatttool printed that could not be read: its characters as bytes, its lines as frames, and
   * among those the notifications or indications whose value was lost as events.
   */
  @Override
  public DroppedData droppedData() {
    return new DroppedData(
        unreadableBytes.sum(), unreadableLines.sum(), unreadableNotifications.sum(), 0);
  }

  /** Checks that the gatttool executable exists; the adapter itself is checked by gatttool. */
  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    if (Executables.find(settings.gatttool()).isEmpty()) {
      throw new AdapterUnavailableException(
          "gatttool executable '" + settings.gatttool() + "' not found; install BlueZ's gatttool");
    }
    timers =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "gatttool-timers");
              t.setDaemon(true);
              return t;
            });
    timers.setRemoveOnCancelPolicy(true);
    running = true;
    shutdownHook = ShutdownHooks.add(this::stop);
  }

  /** How long stop() waits for every link to disable its CCCDs and disconnect. */
  static final Duration STOP_BUDGET = Duration.ofMillis(1800);

  /** How long stop() waits for the CCCD writes of one link before disconnecting it anyway. */
  static final Duration CCCD_BUDGET = Duration.ofMillis(800);

  private volatile Registration shutdownHook = () -> {};

  @Override
  public void stop() {
    shutdownHook.close();
    supervisor.stopAll();
    List<CompletableFuture<BleDevice>> all;
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
      all = new ArrayList<>(devices.values());
    }
    scans.forEach(LeScan::close);
    scans.clear();
    List<CompletableFuture<Void>> ends = new ArrayList<>();
    for (CompletableFuture<BleDevice> f : all) {
      ends.add(
          f.thenCompose(
              d ->
                  d instanceof GatttoolDevice g
                      ? g.shutDownAsync(CCCD_BUDGET)
                      : d.disconnectAsync()));
    }
    try {
      CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new))
          .get(STOP_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("not every gatttool connection closed cleanly at stop: {}", e.toString());
    }
    timers.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public AdapterInfo adapterInfo() {
    BleAddress own = new BleAddress(0);
    Path file = settings.sysfs().resolve(settings.adapter()).resolve("address");
    try {
      if (Files.isReadable(file)) {
        own = BleAddress.parse(Files.readString(file).strip());
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.debug("adapter address not readable from {}: {}", file, e.toString());
    }
    return new AdapterInfo(
        "gatttool on " + settings.adapter(), own, "BlueZ gatttool", settings.maxConnections());
  }

  @Override
  public Registration startScan(ScanOptions options, Consumer<Advertisement> listener) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    requireRunning();
    Optional<Registration> viaDbus = BluezDiscovery.tryStart(settings, options, listener);
    if (viaDbus.isPresent()) {
      return viaDbus.get();
    }
    LeScan scan = LeScan.start(settings, options, listener);
    scans.add(scan);
    return () -> {
      scans.remove(scan);
      scan.close();
    };
  }

  /**
   * Connects; the device survives its links (a new gatttool process, notifications enabled again),
   * see {@link io.gattscope.ble.SupervisedDevice}.
   */
  @Override
  public CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(options, "options");
    requireRunning();
    return supervisor.connect(address, options);
  }

  /** One link (one gatttool process), without supervision. */
  private CompletableFuture<BleDevice> connectLink(BleAddress address, ConnectOptions options) {
    requireRunning();
    CompletableFuture<BleDevice> result = new CompletableFuture<>();
    synchronized (this) {
      CompletableFuture<BleDevice> existing = devices.get(address);
      if (existing != null) {
        return existing;
      }
      if (devices.size() >= settings.maxConnections()) {
        return CompletableFuture.failedFuture(
            new BackendException(
                "connection to "
                    + address
                    + " refused: "
                    + settings.maxConnections()
                    + " connections are open (the configured limit)",
                0,
                "ConnectionLimit",
                null));
      }
      devices.put(address, result);
    }
    try {
      GatttoolDevice device = open(address, options);
      String type = options.addressType().name().toLowerCase(Locale.ROOT);
      device
          .run(
              Exchange.single(
                  "connection to " + address,
                  0,
                  "connect " + address + " " + type,
                  OutputLine.Connected.class,
                  c -> device),
              options.timeout())
          .whenComplete(
              (d, e) -> {
                if (e == null) {
                  device.markConnected();
                  result.complete(device);
                } else {
                  forget(address, result);
                  device.disconnectAsync();
                  result.completeExceptionally(Futures.unwrap(e));
                }
              });
      device.ended().thenRun(() -> forget(address, result));
    } catch (RuntimeException e) {
      forget(address, result);
      result.completeExceptionally(e);
    }
    return result;
  }

  private GatttoolDevice open(BleAddress address, ConnectOptions options) {
    Process p =
        ToolProcess.start(settings, settings.gatttool(), List.of("-i", settings.adapter(), "-I"));
    String name = address.toString();
    DeviceThreads threads = new DeviceThreads(name);
    ConnectionParameters params =
        new ConnectionParameters(
            options.intervalMax(), options.latency(), options.supervisionTimeout());
    GatttoolDevice device =
        new GatttoolDevice(
            address, options.addressType(), options.operationTimeout(), params, threads);
    GatttoolSession session =
        new GatttoolSession(
            p,
            name,
            timers,
            threads.completions(),
            new GatttoolSession.Events() {
              @Override
              public void onNotification(OutputLine.Notification n, long nanos) {
                device.onNotification(n, nanos);
              }

              @Override
              public void onEnded(String reason, boolean requested) {
                forget(device);
                device.onEnded(reason, requested);
              }

              @Override
              public void onUnreadable(String line, boolean notification) {
                unreadableBytes.add(line.length());
                unreadableLines.increment();
                if (notification) {
                  unreadableNotifications.increment();
                }
              }
            },
            MAX_QUEUED);
    device.attach(session);
    session.start();
    return device;
  }

  private synchronized void forget(BleAddress address, CompletableFuture<BleDevice> f) {
    devices.remove(address, f);
  }

  private synchronized void forget(GatttoolDevice device) {
    CompletableFuture<BleDevice> f = devices.get(device.address());
    if (f != null && f.isDone() && !f.isCompletedExceptionally() && f.join() == device) {
      devices.remove(device.address());
    }
  }

  @Override
  public List<BleDevice> connectedDevices() {
    return supervisor.connected();
  }

  @Override
  public void clearBond(BleAddress address) {
    throw unsupported("deleting the bond with " + address);
  }

  @Override
  public void clearAllBonds() {
    throw unsupported("deleting bonds");
  }

  @Override
  public List<BondInfo> bonds() {
    throw unsupported("listing bonds");
  }

  private static BackendException unsupported(String what) {
    return new BackendException(
        what
            + " is not possible with gatttool: BlueZ keeps the bonds "
            + "(use 'bluetoothctl remove ADDRESS' or the bluez backend)",
        0,
        "NotSupported",
        null);
  }

  /** Keeps the listener; gatttool gives no adapter-removal signal, connects fail instead. */
  @Override
  public Registration addAdapterListener(AdapterListener listener) {
    adapterListeners.add(Objects.requireNonNull(listener, "listener"));
    return Registration.once(() -> adapterListeners.remove(listener));
  }

  private void requireRunning() {
    if (!running) {
      throw new IllegalStateException(
          "the gatttool backend on " + settings.adapter() + " is not started; call start() first");
    }
  }
}
