package io.gattscope.ble.bgapi;

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
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.DroppedData;
import io.gattscope.ble.Futures;
import io.gattscope.ble.LinkSupervisor;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ShutdownHooks;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.SmMessages;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The BLE backend for a Bluegiga BGAPI dongle (BLED112, BLE112/113) or the simulator. */
public final class BgapiBackend implements BleBackend, LinkReceiver {
  private static final Logger LOG = LoggerFactory.getLogger(BgapiBackend.class);
  static final DisconnectReason ADAPTER_LOST = new DisconnectReason(0xFFFF, "Adapter lost");
  static final DisconnectReason ADAPTER_RESET = new DisconnectReason(0xFFFE, "Adapter reset");

  private final BgapiLink link;
  private final BgapiOptions options;
  private final ScheduledExecutorService timer;
  private final ExecutorService completions;
  private final ExecutorService workers;
  private final CommandChannel channel;
  private final FrameRouter router;
  private final BgapiScanner scanner;
  private final BgapiContext context;
  private final Map<Integer, BgapiDevice> byHandle = new ConcurrentHashMap<>();
  private final Map<BleAddress, CompletableFuture<BleDevice>> connecting =
      new ConcurrentHashMap<>();
  private final Map<BleAddress, Integer> knownBonds = new ConcurrentHashMap<>();
  private final List<AdapterListener> adapterListeners = new CopyOnWriteArrayList<>();
  private final Object connectLock = new Object();
  private final LinkSupervisor supervisor = new LinkSupervisor("BGAPI", this::connectLink);
  private volatile AdapterInfo info;
  private volatile boolean running;
  private volatile boolean stopped;
  private volatile long lastRx;
  private volatile boolean probing;

  /**
   * How long stop() may take to unsubscribe, disconnect and end the scan before the port closes.
   */
  static final Duration STOP_BUDGET = Duration.ofMillis(1800);

  /** How long stop() waits for the CCCD writes of one link before disconnecting it anyway. */
  static final Duration CCCD_BUDGET = Duration.ofMillis(800);

  private volatile Registration shutdownHook = () -> {};

  /** Quiet time after which the watchdog says hello to the dongle. */
  static final long IDLE_NANOS = 1_500_000_000L;

  /** How long the watchdog's hello may take before the dongle counts as lost. */
  static final Duration HELLO_TIMEOUT = Duration.ofSeconds(2);

  /**
   * A backend over a link (a serial port, or the simulator's in-memory link); not yet started.
   *
   * @param link the link to the dongle; the backend opens it at start and closes it at stop
   * @param options command timeout, reset and callback queue settings
   */
  public BgapiBackend(BgapiLink link, BgapiOptions options) {
    this.link = link;
    this.options = options;
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("bgapi-timer"));
    this.completions = Executors.newSingleThreadExecutor(daemon("bgapi-callbacks"));
    this.workers = Executors.newCachedThreadPool(daemon("bgapi-worker"));
    BgapiTraffic traffic = new BgapiTraffic(byHandle);
    this.channel = new CommandChannel(link, timer, traffic);
    this.context =
        new BgapiContext(
            channel, timer, completions, workers, options.laneCapacity(), options.commandTimeout());
    this.scanner = new BgapiScanner(channel, options.commandTimeout());
    this.router =
        new FrameRouter(this, channel, scanner, byHandle, timer, traffic, link.lossless());
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  @Override
  public synchronized void start() {
    if (stopped) {
      throw new AdapterUnavailableException("this BGAPI backend was stopped; create a new one");
    }
    if (running) {
      return;
    }
    link.setReceiver(this);
    link.open();
    try {
      info = new Startup(channel, router, link, options).run();
    } catch (RuntimeException e) {
      link.close();
      throw e;
    }
    running = true;
    shutdownHook = ShutdownHooks.add(this::stop);
    lastRx = System.nanoTime();
    timer.scheduleWithFixedDelay(this::watch, 500, 500, TimeUnit.MILLISECONDS);
    LOG.info("BGAPI adapter {} ready: {}", link.description(), info);
  }

  @Override
  public void stop() {
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
    }
    supervisor.stopAll();
    if (running) {
      long deadline = System.nanoTime() + STOP_BUDGET.toNanos();
      scanner.pause();
      List<CompletableFuture<Void>> closing = new ArrayList<>();
      for (BgapiDevice d : byHandle.values()) {
        closing.add(d.shutDownAsync(CCCD_BUDGET).exceptionally(t -> null));
      }
      try {
        CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
            .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.warn("stop of {} interrupted before every link was closed", link.description());
      } catch (Exception e) {
        LOG.warn("not every connection closed cleanly at stop: {}", e.toString());
      }
    }
    shutDown(
        new AdapterUnavailableException(
            "the BGAPI backend on " + link.description() + " is stopped"),
        DisconnectReason.hci(0x16));
    link.close();
  }

  private void shutDown(BleException cause, DisconnectReason reason) {
    running = false;
    shutdownHook.close();
    channel.close(cause);
    connecting.values().forEach(f -> f.completeExceptionally(cause));
    for (BgapiDevice d : byHandle.values()) {
      d.onDisconnected(reason);
    }
    byHandle.clear();
    scanner.shutdown();
    timer.shutdownNow();
    completions.shutdown();
    workers.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public AdapterInfo adapterInfo() {
    AdapterInfo i = info;
    if (i == null) {
      throw new AdapterUnavailableException("the BGAPI backend is not started");
    }
    return i;
  }

  /**
   * Counters of line trouble survived so far.
   *
   * @return a snapshot of the parser's, router's and listeners' drop counters
   */
  public BgapiDiagnostics diagnostics() {
    long dropped = scanner.droppedCallbacks();
    for (BgapiDevice d : byHandle.values()) {
      dropped += d.droppedCallbacks();
    }
    return router.diagnostics(dropped);
  }

  @Override
  public DroppedData droppedData() {
    return diagnostics().toDroppedData();
  }

  // ---- link callbacks (I/O thread) ------------------------------------------------------------

  @Override
  public void onData(byte[] buf, int off, int len) {
    lastRx = System.nanoTime();
    router.onData(buf, off, len);
  }

  @Override
  public void onClosed(Throwable cause) {
    if (cause == null || stopped) {
      return;
    }
    lose(
        new AdapterUnavailableException(
            "the adapter " + link.description() + " went away: " + cause.getMessage(), cause),
        ADAPTER_LOST);
  }

  /** The adapter is gone: fails everything pending, disconnects every device, tells listeners. */
  void lose(AdapterUnavailableException cause, DisconnectReason reason) {
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
    }
    LOG.warn("BGAPI adapter {} lost: {}", link.description(), cause.getMessage());
    shutDown(cause, reason);
    Thread notify =
        new Thread(
            () ->
                adapterListeners.forEach(
                    l -> {
                      try {
                        l.onAdapterLost(this, cause);
                      } catch (RuntimeException e) {
                        LOG.error("adapter listener failed", e);
                      }
                    }),
            "bgapi-adapter-lost");
    notify.setDaemon(true);
    notify.start();
  }

  /**
   * The dongle rebooted without being asked to (power glitch, watchdog, firmware crash): every
   * link, pending call and scan is gone, so the adapter counts as lost and listeners are told.
   */
  void onUnexpectedBoot(SystemMessages.BootEvent boot) {
    // the port closes first: lose() shuts the timer down, which interrupts this thread when the
    // boot event came through the parser's timer, and an interrupted close cannot wait for the
    // reader thread to end
    link.close();
    lose(
        new AdapterUnavailableException(
            "the adapter "
                + link.description()
                + " reset itself (unexpected system_boot "
                + boot
                + "): every connection and subscription on it is gone"),
        ADAPTER_RESET);
  }

  /**
   * Liveness (timer thread): after a quiet spell, a system_hello with its own timeout; no answer
   * means the dongle stopped answering with its port still open, and it counts as lost.
   */
  private void watch() {
    if (!running || probing || System.nanoTime() - lastRx < IDLE_NANOS) {
      return;
    }
    probing = true;
    channel
        .send(new SystemMessages.Hello(), HELLO_TIMEOUT)
        .whenComplete(
            (r, t) -> {
              probing = false;
              if (t != null && running) {
                link.close(); // before lose(), which interrupts this timer thread (see above)
                lose(
                    new AdapterUnavailableException(
                        "the adapter "
                            + link.description()
                            + " stopped answering (no reply to system_hello within "
                            + HELLO_TIMEOUT.toMillis()
                            + " ms)",
                        t),
                    ADAPTER_LOST);
              }
            });
  }

  /** Remembers a bond handle by address so clearBond can find it later. */
  void rememberBond(BleAddress address, int bond) {
    if (bond != 0xFF) {
      knownBonds.put(address, bond);
    }
  }

  // ---- scanning and connecting ----------------------------------------------------------------

  @Override
  public Registration startScan(ScanOptions options, Consumer<Advertisement> listener) {
    ensureRunning();
    return scanner.add(options, listener);
  }

  /**
   * Connects; the device survives its links (reconnect, retries, auto-reconnect, Service Changed),
   * see {@link io.gattscope.ble.SupervisedDevice}.
   */
  @Override
  public CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions opts) {
    ensureRunning();
    return supervisor.connect(address, opts);
  }

  /** One link, without supervision. */
  private CompletableFuture<BleDevice> connectLink(BleAddress address, ConnectOptions opts) {
    ensureRunning();
    for (BgapiDevice d : byHandle.values()) {
      if (d.address().equals(address) && d.state() != ConnectionState.DISCONNECTED) {
        return CompletableFuture.completedFuture(d);
      }
    }
    return connecting.computeIfAbsent(
        address,
        a -> {
          CompletableFuture<BleDevice> f = new CompletableFuture<>();
          workers.execute(() -> connectNow(a, opts, f));
          f.whenComplete((d, t) -> connecting.remove(a, f));
          return f;
        });
  }

  private void connectNow(
      BleAddress address, ConnectOptions opts, CompletableFuture<BleDevice> out) {
    synchronized (connectLock) {
      boolean wasScanning = scanner.pause();
      try {
        BgapiDevice d =
            new Connector(channel, context, byHandle, router, this).connect(address, opts);
        completions.execute(() -> out.complete(d));
      } catch (RuntimeException e) {
        completions.execute(() -> out.completeExceptionally(Futures.unwrap(e)));
      } finally {
        if (wasScanning) {
          scanner.resume();
        }
      }
    }
  }

  @Override
  public List<BleDevice> connectedDevices() {
    return supervisor.connected();
  }

  // ---- bonds ----------------------------------------------------------------------------------

  @Override
  public void clearBond(BleAddress address) {
    ensureRunning();
    Integer handle = knownBonds.get(address);
    for (BgapiDevice d : byHandle.values()) {
      if (d.address().equals(address) && d.bondHandle() != 0xFF) {
        handle = d.bondHandle();
      }
    }
    if (handle == null) {
      throw new BleException(
          "BGAPI stores bonds by handle and the bond handle of "
              + address
              + " is not known in this session: connect to it first, or clear all bonds");
    }
    deleteBonding(handle);
    knownBonds.remove(address);
  }

  @Override
  public void clearAllBonds() {
    ensureRunning();
    deleteBonding(0xFF);
    knownBonds.clear();
  }

  private void deleteBonding(int handle) {
    BgapiMessage r = call(new SmMessages.DeleteBonding(handle));
    Results.check(r, "sm_delete_bonding", 0);
  }

  @Override
  public List<BondInfo> bonds() {
    ensureRunning();
    return router.collectBonds(() -> call(new SmMessages.GetBonds()), options.commandTimeout());
  }

  @Override
  public Registration addAdapterListener(AdapterListener listener) {
    adapterListeners.add(listener);
    return Registration.once(() -> adapterListeners.remove(listener));
  }

  BgapiMessage call(BgapiMessage command) {
    return channel.call(command, options.commandTimeout());
  }

  private void ensureRunning() {
    if (!running) {
      throw new AdapterUnavailableException(
          stopped
              ? "the BGAPI backend on " + link.description() + " is stopped"
              : "the BGAPI backend on " + link.description() + " is not started");
    }
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String toString() {
    return "BgapiBackend[" + link.description() + "]";
  }
}
