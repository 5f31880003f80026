package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.FrameParser;
import io.gattscope.ble.bgapi.codec.MessageKind;
import io.gattscope.ble.bgapi.codec.MessageRegistry;
import io.gattscope.ble.bgapi.codec.SystemMessages;
import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.sim.world.Airwaves;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device side of BGAPI: cuts command frames from the link with a {@link FrameParser}, answers
 * each with the response and events a BLED112 sends, and runs the simulated radio (scanning,
 * connections, notifications) on its scheduler thread. State is guarded by this object's lock.
 */
final class SimulatedDongle implements FrameParser.FrameListener {
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedDongle.class);

  /** The firmware version a BLED112 with stack 1.3.2 build 122 reports. */
  static final int[] VERSION = {1, 3, 2, 122, 2, 1, 1};

  /** Bonds the dongle's flash holds. */
  static final int MAX_BONDS = 8;

  final SimulatorConfig config;
  final Outbox outbox;
  final ScheduledExecutorService scheduler;
  final FrameParser parser;
  final Airwaves airwaves;
  final SimConnection[] connections;
  final BleAddress[] bonds = new BleAddress[MAX_BONDS];
  final Map<Long, Double> rateOverrides = new ConcurrentHashMap<>();
  final Map<BleAddress, Integer> rssiOverrides = new ConcurrentHashMap<>();

  /** Fault state: devices out of range, devices that stopped answering, changed tables, delays. */
  final Map<BleAddress, Long> outOfRangeUntil = new ConcurrentHashMap<>();

  final List<Consumer<BgapiMessage>> commandWatchers = new CopyOnWriteArrayList<>();
  final Set<BleAddress> silent = ConcurrentHashMap.newKeySet();
  final Map<BleAddress, SimPeripheral> changed = new ConcurrentHashMap<>();

  /** Devices added while running (snapshots loaded later), by address, in the order added. */
  final Map<BleAddress, SimPeripheral> added = Collections.synchronizedMap(new LinkedHashMap<>());

  volatile long latencyNanos;
  volatile long jitterNanos;
  private final SplittableRandom jitter;
  private final GapCommands gap;
  private final ConnectionCommands connection;
  private final AttclientCommands attclient;
  private final SmCommands sm;

  SimulatedDongle(SimulatorConfig config, BgapiLink link, ScheduledExecutorService scheduler) {
    this.config = config;
    this.outbox = new Outbox(link);
    this.scheduler = scheduler;
    this.parser = new FrameParser(FrameParser.Side.DEVICE, this);
    this.airwaves = new Airwaves(config.world(), config.seed(), System.nanoTime());
    this.jitter = new SplittableRandom(config.seed());
    this.connections = new SimConnection[config.maxConnections()];
    this.gap = new GapCommands(this);
    this.connection = new ConnectionCommands(this);
    this.attclient = new AttclientCommands(this);
    this.sm = new SmCommands(this);
  }

  @Override
  public void onFrame(MessageKind kind, int classId, int messageId, byte[] payload) {
    if (outbox.muted()) {
      LOG.debug("muted: ignoring command ({},{})", classId, messageId);
      return;
    }
    BgapiMessage m;
    try {
      m = MessageRegistry.decode(kind, classId, messageId, payload);
    } catch (RuntimeException e) {
      LOG.warn(
          "simulated dongle cannot decode command ({},{}): {}", classId, messageId, e.toString());
      return;
    }
    for (Consumer<BgapiMessage> w : commandWatchers) {
      try {
        w.accept(m);
      } catch (RuntimeException e) {
        LOG.warn("command watcher failed", e);
      }
    }
    synchronized (this) {
      boolean handled =
          system(m) || gap.handle(m) || connection.handle(m) || attclient.handle(m) || sm.handle(m);
      if (!handled) {
        LOG.warn("simulated dongle has no handler for {}", m);
      }
    }
  }

  private boolean system(BgapiMessage m) {
    if (m instanceof SystemMessages.Reset) {
      later(this::reboot);
    } else if (m instanceof SystemMessages.Hello) {
      outbox.send(new SystemMessages.HelloResponse());
    } else if (m instanceof SystemMessages.AddressGet) {
      outbox.send(new SystemMessages.AddressGetResponse(config.dongleAddress()));
    } else if (m instanceof SystemMessages.GetConnections) {
      outbox.send(new SystemMessages.GetConnectionsResponse(connections.length));
    } else if (m instanceof SystemMessages.GetInfo) {
      int[] v = VERSION;
      outbox.send(new SystemMessages.GetInfoResponse(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
    } else {
      return false;
    }
    return true;
  }

  /** Drops every link and procedure without events (the radio restarts), then sends boot. */
  synchronized void reboot() {
    gap.stopAll();
    for (int i = 0; i < connections.length; i++) {
      if (connections[i] != null) {
        release(connections[i]);
      }
    }
    parser.reset();
    sendBoot();
  }

  void sendBoot() {
    int[] v = VERSION;
    outbox.send(new SystemMessages.BootEvent(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
  }

  /** Runs {@code task} under the dongle lock after the configured procedure delay. */
  void later(Runnable task) {
    after(responseDelayNanos(), task);
  }

  /** The procedure delay plus the latency and a random part of the jitter a fault added. */
  long responseDelayNanos() {
    long extra = latencyNanos;
    long j = jitterNanos;
    if (j > 0) {
      synchronized (jitter) {
        extra += jitter.nextLong(j + 1);
      }
    }
    return config.procedureDelay().toNanos() + extra;
  }

  /**
   * The device at an address as it is now (after any change of its services, or added while
   * running), if in the world.
   */
  Optional<SimPeripheral> peripheral(BleAddress address) {
    SimPeripheral p = changed.get(address);
    if (p == null) {
      p = added.get(address);
    }
    return p != null ? Optional.of(p) : config.world().find(address);
  }

  /** The configured world with the devices added while running (each replacing its address). */
  SimWorld world() {
    synchronized (added) {
      return added.isEmpty() ? config.world() : config.world().plus(List.copyOf(added.values()));
    }
  }

  /** Whether a fault took the device out of range. */
  boolean outOfRange(BleAddress address) {
    Long until = outOfRangeUntil.get(address);
    return until != null && until - System.nanoTime() > 0;
  }

  /** Whether a fault made the device stop answering. */
  boolean silent(BleAddress address) {
    return silent.contains(address);
  }

  void after(long delayNanos, Runnable task) {
    try {
      scheduler.schedule(() -> runLocked(task), delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("simulator stopped; dropping a delayed task");
    }
  }

  void runLocked(Runnable task) {
    try {
      synchronized (this) {
        task.run();
      }
    } catch (RuntimeException e) {
      LOG.warn("simulated dongle task failed", e);
    }
  }

  /** The established or pending connection with this handle, or null. */
  SimConnection connection(int handle) {
    return handle >= 0 && handle < connections.length ? connections[handle] : null;
  }

  /** The established connection with this handle, or null. */
  SimConnection established(int handle) {
    SimConnection c = connection(handle);
    return c != null && c.established ? c : null;
  }

  /** Frees a connection slot and stops its timers; the peripheral advertises again. */
  void release(SimConnection c) {
    if (c.pump != null) {
      c.pump.cancel(false);
    }
    connections[c.handle] = null;
    airwaves.setSilenced(c.peripheral.address(), outOfRange(c.peripheral.address()));
  }

  /** The bond handle of an address, or 0xFF. */
  int bondOf(BleAddress address) {
    for (int i = 0; i < bonds.length; i++) {
      if (address.equals(bonds[i])) {
        return i;
      }
    }
    return 0xFF;
  }

  static long streamKey(BleAddress address, int valueHandle) {
    return address.value() << 16 | valueHandle;
  }

  NotificationPump newPump(SimConnection c) {
    return new NotificationPump(this, c);
  }

  GapCommands gap() {
    return gap;
  }

  ConnectionCommands connectionCommands() {
    return connection;
  }
}
