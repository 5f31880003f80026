package io.gattscope.ble.bgapi;

import io.gattscope.ble.BondInfo;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.bgapi.codec.MalformedMessageException;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.codec.MessageRegistry;
import io.gattscope.ble.bgapi.codec.SmMessages;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the dongle's bytes into frames and routes each: responses to the command channel,
 * notifications straight to their connection, other events by type and connection handle. It never
 * throws back into the I/O thread.
 */
final class FrameRouter implements FrameParser.FrameListener {
  private static final Logger LOG = LoggerFactory.getLogger(FrameRouter.class);

  private final BgapiBackend backend;
  private final CommandChannel channel;
  private final BgapiScanner scanner;
  private final Map<Integer, BgapiDevice> byHandle;
  private final BgapiTraffic traffic;
  private static final long WARN_INTERVAL_NANOS = 10_000_000_000L;

  /**
   * The settle time on a link that loses no bytes: no frame on it can be cut short, so a frame
   * whose tail looks like another header need not wait the serial line's {@link
   * FrameParser#DEFAULT_SETTLE_TIME} (which every command's answer paid). It is not zero: a burst
   * can still reach the parser in two pieces (the pipe's ring wraps), and the second piece comes
   * within microseconds, well inside this.
   */
  static final Duration LOSSLESS_SETTLE_TIME = Duration.ofNanos(200_000);

  private final FrameParser parser;
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> check;
  private long checkAt = Long.MAX_VALUE;
  private long warnedAt;
  private long warnedDrops;
  private final AtomicLong unknownConnection = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private volatile CompletableFuture<SystemMessages.BootEvent> boot;
  private volatile BondCollector bonds;
  private volatile boolean live;
  private final Map<Integer, ConnectionMessages.StatusEvent> early = new HashMap<>();

  FrameRouter(
      BgapiBackend backend,
      CommandChannel channel,
      BgapiScanner scanner,
      Map<Integer, BgapiDevice> byHandle,
      ScheduledExecutorService timer,
      BgapiTraffic traffic,
      boolean lossless) {
    this.parser =
        new FrameParser(
            FrameParser.Side.HOST,
            this,
            FrameParser.DEFAULT_INTER_BYTE_TIMEOUT,
            lossless ? LOSSLESS_SETTLE_TIME : FrameParser.DEFAULT_SETTLE_TIME,
            lossless);
    this.timer = timer;
    this.traffic = traffic;
    this.backend = backend;
    this.channel = channel;
    this.scanner = scanner;
    this.byHandle = byHandle;
  }

  /** Forgets a partial frame (the port was reopened). */
  void resetParser() {
    synchronized (parser) {
      parser.reset();
    }
  }

  /** Bytes from the link (I/O thread). */
  void onData(byte[] buf, int off, int len) {
    synchronized (parser) {
      parser.feed(buf, off, len);
      armTimer();
    }
    warnAboutDrops();
  }

  /** Settles or drops what the parser holds once the line has been quiet (timer thread). */
  private void onQuiet() {
    synchronized (parser) {
      checkAt = Long.MAX_VALUE;
      parser.checkTimeout(System.nanoTime());
      armTimer();
    }
    warnAboutDrops();
  }

  /** Makes sure a check runs when the parser next has work, so one stray header never stalls. */
  private void armTimer() {
    long due = parser.nextCheckNanos();
    if (due == Long.MAX_VALUE || due >= checkAt && check != null && !check.isDone()) {
      return;
    }
    if (check != null) {
      check.cancel(false);
    }
    checkAt = due;
    try {
      check =
          timer.schedule(this::onQuiet, Math.max(0, due - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException stopped) {
      check = null;
    }
  }

  /** Logs lost bytes and frames at WARN, at most once per ten seconds. */
  private void warnAboutDrops() {
    long drops = parser.droppedBytes() + unknownConnection.get() + malformed.get();
    if (drops == warnedDrops) {
      return;
    }
    long now = System.nanoTime();
    synchronized (this) {
      if (drops == warnedDrops || (warnedAt != 0 && now - warnedAt < WARN_INTERVAL_NANOS)) {
        return;
      }
      warnedAt = now;
      warnedDrops = drops;
    }
    LOG.warn(
        "line trouble so far: {} byte(s) dropped in {} bad frame(s), {} partial frame(s) timed"
            + " out, {} frame(s) with another header inside, {} event(s) for unknown"
            + " connections, {} malformed",
        parser.droppedBytes(),
        parser.droppedFrames(),
        parser.partialTimeouts(),
        parser.refusedFrames(),
        unknownConnection.get(),
        malformed.get());
  }

  /** Marks start-up as done: a system_boot from now on means the dongle reset under us. */
  void startupDone() {
    live = true;
  }

  /** A fresh future for the next system_boot event. */
  CompletableFuture<SystemMessages.BootEvent> expectBoot() {
    boot = new CompletableFuture<>();
    return boot;
  }

  @Override
  public void onFrame(MessageKind kind, int classId, int messageId, byte[] payload) {
    try {
      if (BgapiTraffic.enabled()) {
        traffic.received(kind, classId, messageId, payload);
      }
      if (kind == MessageKind.EVENT && classId == 4 && messageId == 5) {
        attributeValue(payload);
        return;
      }
      BgapiMessage m = MessageRegistry.decode(kind, classId, messageId, payload);
      if (kind == MessageKind.RESPONSE) {
        if (!channel.onResponse(m)) {
          LOG.debug("response nobody waits for: {}", m);
        }
      } else {
        route(m);
      }
    } catch (MalformedMessageException e) {
      malformed.incrementAndGet();
      LOG.warn("malformed BGAPI message ({},{},{}): {}", kind, classId, messageId, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("failed to handle BGAPI message ({},{},{})", kind, classId, messageId, e);
    }
  }

  private void attributeValue(byte[] p) {
    if (p.length < 5 || 5 + (p[4] & 0xFF) != p.length) {
      malformed.incrementAndGet();
      LOG.warn("malformed attclient_attribute_value of {} bytes", p.length);
      return;
    }
    long now = System.nanoTime();
    BgapiDevice d = device(p[0] & 0xFF);
    if (d != null) {
      byte[] value = Arrays.copyOfRange(p, 5, p.length);
      d.onAttributeValue((p[1] & 0xFF) | (p[2] & 0xFF) << 8, p[3] & 0xFF, value, now);
    }
  }

  private void route(BgapiMessage m) {
    if (m instanceof GapMessages.ScanResponseEvent s) {
      scanner.onScanResponse(s, System.nanoTime());
    } else if (m instanceof ConnectionMessages.StatusEvent s) {
      if (!possible(s)) {
        malformed.incrementAndGet();
        LOG.warn("connection status no dongle sends (line noise?), ignored: {}", s);
        return;
      }
      BgapiDevice d;
      synchronized (early) {
        d = byHandle.get(s.connection());
        if (d == null) {
          early.put(s.connection(), s);
        }
      }
      if (d != null) {
        d.onEvent(s);
      }
      if ((s.flags() & BgapiConstants.FLAG_ENCRYPTED) != 0) {
        backend.rememberBond(s.address(), s.bonding());
      }
    } else if (m instanceof ConnectionMessages.DisconnectedEvent d) {
      BgapiDevice dev = byHandle.remove(d.connection());
      if (dev == null) {
        unknown(d.connection(), m);
      } else {
        dev.onDisconnected(reason(d.reason()));
      }
    } else if (m instanceof AttclientMessages.ProcedureCompletedEvent e) {
      toDevice(e.connection(), m);
    } else if (m instanceof AttclientMessages.GroupFoundEvent e) {
      toDevice(e.connection(), m);
    } else if (m instanceof AttclientMessages.FindInformationFoundEvent e) {
      toDevice(e.connection(), m);
    } else if (m instanceof AttclientMessages.IndicatedEvent e) {
      toDevice(e.connection(), m);
    } else if (m instanceof SmMessages.PasskeyRequestEvent e) {
      toDevice(e.handle(), m);
    } else if (m instanceof SmMessages.PasskeyDisplayEvent e) {
      toDevice(e.handle(), m);
    } else if (m instanceof SmMessages.BondingFailEvent e) {
      toDevice(e.handle(), m);
    } else if (m instanceof SmMessages.BondStatusEvent e) {
      BondCollector c = bonds;
      if (c != null) {
        c.add(new BondInfo(e.bond(), e.keysize(), e.mitm() != 0, e.keys()));
      }
    } else if (m instanceof SystemMessages.BootEvent b) {
      CompletableFuture<SystemMessages.BootEvent> expected = boot;
      boot = null;
      if (expected != null && expected.complete(b)) {
        return;
      }
      if (!live) {
        LOG.info("the dongle booted while GattScope was starting it up: {}", b);
        return;
      }
      LOG.warn("the dongle rebooted without being asked to: {}", b);
      backend.onUnexpectedBoot(b);
    } else {
      LOG.debug("unhandled event {}", m);
    }
  }

  /**
   * Whether a connection status could come from a dongle: the connection exists and its interval
   * (7.5 ms to 4 s) and supervision timeout (100 ms to 32 s) lie in the ranges the Core
   * Specification allows. A value that happens to spell a status frame fails this.
   */
  static boolean possible(ConnectionMessages.StatusEvent s) {
    return (s.flags() & BgapiConstants.FLAG_CONNECTED) != 0
        && BgapiConstants.intervalInRange(s.connInterval())
        && BgapiConstants.timeoutInRange(s.timeout());
  }

  private static DisconnectReason reason(int code) {
    if ((code & 0xFF00) == 0x0200) {
      return DisconnectReason.hci(code & 0xFF);
    }
    return new DisconnectReason(code, BgapiErrors.name(code));
  }

  private void toDevice(int connection, BgapiMessage m) {
    BgapiDevice d = device(connection);
    if (d != null) {
      d.onEvent(m);
    }
  }

  private BgapiDevice device(int connection) {
    BgapiDevice d = byHandle.get(connection);
    if (d == null) {
      unknown(connection, null);
    }
    return d;
  }

  private void unknown(int connection, BgapiMessage m) {
    long n = unknownConnection.incrementAndGet();
    LOG.debug("event for unknown connection {} (#{}): {}", connection, n, m);
  }

  /**
   * Registers a new connection and replays a connection_status that arrived before its
   * gap_connect_direct response was processed.
   */
  void register(int handle, BgapiDevice device) {
    ConnectionMessages.StatusEvent first;
    synchronized (early) {
      byHandle.put(handle, device);
      first = early.remove(handle);
    }
    if (first != null) {
      device.onEvent(first);
    }
  }

  /** Sends sm_get_bonds and collects the bond_status events it announces. */
  List<BondInfo> collectBonds(Supplier<BgapiMessage> request, Duration timeout) {
    BondCollector c = new BondCollector();
    bonds = c;
    try {
      BgapiMessage r = request.get();
      int count = ((SmMessages.GetBondsResponse) r).bonds();
      return Futures.await(c.expect(count), timeout, count + " sm_bond_status events");
    } finally {
      bonds = null;
    }
  }

  BgapiDiagnostics diagnostics(long droppedCallbacks) {
    return new BgapiDiagnostics(
        parser.droppedBytes(),
        parser.resyncCount(),
        parser.partialTimeouts(),
        parser.unknownFrames(),
        parser.refusedFrames(),
        unknownConnection.get(),
        malformed.get(),
        droppedCallbacks);
  }

  /** Gathers bond_status events until the announced count is reached. */
  private static final class BondCollector {
    private final List<BondInfo> found = new ArrayList<>();
    private final CompletableFuture<List<BondInfo>> done = new CompletableFuture<>();
    private int expected = -1;

    synchronized void add(BondInfo b) {
      found.add(b);
      check();
    }

    synchronized CompletableFuture<List<BondInfo>> expect(int count) {
      expected = count;
      check();
      return done;
    }

    private void check() {
      if (expected >= 0 && found.size() >= expected) {
        done.complete(List.copyOf(found));
      }
    }
  }
}
