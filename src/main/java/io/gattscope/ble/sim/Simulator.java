package io.gattscope.ble.sim;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.link.BgapiLink;
import io.gattscope.ble.bgapi.link.InMemoryLink;
import io.gattscope.ble.bgapi.link.LinkReceiver;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A virtual BLED112 serving one BGAPI link (the device end of an in-memory pair, or a serial device
 * such as one end of a pty pair), with the scripting API of {@link SimulatorControl}.
 */
public final class Simulator implements SimulatorControl, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final BgapiLink link;
  private final SimulatorConfig config;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService blaster;
  private final SimulatedDongle dongle;
  private final SimFaults faults;
  private final CompletableFuture<Throwable> closed = new CompletableFuture<>();

  private Simulator(BgapiLink link, SimulatorConfig config) {
    this.link = link;
    this.config = config;
    int n = INSTANCES.incrementAndGet();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("sim-radio-" + n));
    this.blaster = Executors.newSingleThreadExecutor(daemon("sim-blast-" + n));
    this.dongle = new SimulatedDongle(config, link, scheduler);
    this.faults = new SimFaults(dongle);
  }

  /**
   * Starts serving {@code deviceEnd}: sets its receiver, opens it, and (if configured) sends
   * system_boot.
   *
   * @param deviceEnd the dongle's end of a BGAPI link, not yet opened
   * @param config the world and the dongle's settings
   * @return the running simulator; close it to stop the radio and close the link
   */
  public static Simulator start(BgapiLink deviceEnd, SimulatorConfig config) {
    Simulator s = new Simulator(deviceEnd, config);
    deviceEnd.setReceiver(s.new Receiver());
    deviceEnd.open();
    if (config.bootOnStart()) {
      s.dongle.sendBoot();
    }
    LOG.info("simulated BLED112 serving {}", deviceEnd.description());
    return s;
  }

  /**
   * A simulator on the device end of a fresh in-memory pair, and the host end to hand to a BGAPI
   * client (not yet opened: the client sets its receiver and opens it).
   *
   * @param host the host end of the pair
   * @param simulator the running simulator
   */
  public record Attached(InMemoryLink host, Simulator simulator) {}

  /**
   * Starts a simulator on a new in-memory pair; see {@link Attached}.
   *
   * @param config the world and the dongle's settings
   * @return the host end for a BGAPI client, and the running simulator
   */
  public static Attached attachInMemory(SimulatorConfig config) {
    InMemoryLink.Pair pair = InMemoryLink.pair();
    return new Attached(pair.host(), start(pair.device(), config));
  }

  /**
   * Starts serving {@code deviceEnd} with {@link SimulatorConfig#defaults()}.
   *
   * @param deviceEnd the dongle's end of a BGAPI link, not yet opened
   * @return the running simulator
   */
  public static Simulator start(BgapiLink deviceEnd) {
    return start(deviceEnd, SimulatorConfig.defaults());
  }

  /**
   * Serves a serial device path (for example one end of a socat pty pair) until {@link #close()} or
   * until the port goes away; sends system_boot at start like a BLE112 on a UART.
   *
   * @param path the serial device, e.g. {@code /tmp/ttyV0}
   * @param config the world and the dongle's settings; the boot event is always sent
   * @return the running simulator
   * @throws AdapterUnavailableException if the port cannot be opened
   */
  public static Simulator serveSerial(String path, SimulatorConfig config) {
    return start(new SerialLink(path), config.withBootOnStart(true));
  }

  /**
   * Serves a serial device path with the default configuration.
   *
   * @param path the serial device, e.g. {@code /tmp/ttyV0}
   * @return the running simulator
   * @throws AdapterUnavailableException if the port cannot be opened
   */
  public static Simulator serveSerial(String path) {
    return serveSerial(path, SimulatorConfig.defaults());
  }

  /**
   * Completes (with the cause, or null when closed locally) once the link has closed.
   *
   * @return a future completed normally, never exceptionally, on the link's thread
   */
  public CompletableFuture<Throwable> closedFuture() {
    return closed;
  }

  /**
   * The configuration it runs with.
   *
   * @return the configuration given at start (with the boot flag set when serving a serial port)
   */
  public SimulatorConfig config() {
    return config;
  }

  /**
   * Frames written to the host so far.
   *
   * @return the count of BGAPI responses and events sent, 0 or more
   */
  public long framesSent() {
    return dongle.outbox.framesSent();
  }

  /**
   * Calls {@code watcher} with every command the dongle receives from now on, decoded, before the
   * dongle handles it (tests use it to count discovery procedures or check connect parameters).
   *
   * @param watcher called on the link's reader thread; an exception it throws is logged
   * @return closing it removes the watcher
   */
  public AutoCloseable onCommand(Consumer<BgapiMessage> watcher) {
    dongle.commandWatchers.add(watcher);
    return () -> dongle.commandWatchers.remove(watcher);
  }

  /**
   * Bytes of garbage the frame parser skipped in what the host sent.
   *
   * @return the count since start, 0 or more
   */
  public long droppedInputBytes() {
    return dongle.parser.droppedBytes();
  }

  @Override
  public SimFaults faults() {
    return faults;
  }

  @Override
  public SimWorld world() {
    return dongle.world();
  }

  @Override
  public void addDevice(SimPeripheral peripheral) {
    BleAddress address = peripheral.address();
    synchronized (dongle) {
      for (SimConnection c : dongle.connections) {
        if (c != null && c.peripheral.address().equals(address)) {
          throw new IllegalStateException(
              address + " is connected; disconnect it before replacing the device");
        }
      }
      dongle.changed.remove(address);
      dongle.added.put(address, peripheral);
      dongle.airwaves.add(peripheral.advertiser(), System.nanoTime());
    }
    LOG.info("simulated device {} ({}) added", address, peripheral.name());
  }

  @Override
  public List<Integer> connections() {
    synchronized (dongle) {
      List<Integer> out = new ArrayList<>();
      for (SimConnection c : dongle.connections) {
        if (c != null && c.established) {
          out.add(c.handle);
        }
      }
      return out;
    }
  }

  @Override
  public void setNotificationRate(BleAddress peripheral, int valueHandle, double hz) {
    SimPeripheral p = peripheral(peripheral);
    if (p.stream(valueHandle).isEmpty()) {
      throw new IllegalArgumentException(
          String.format("%s pushes no value at handle 0x%04X", p.name(), valueHandle));
    }
    if (!(hz >= 0 && hz <= 1_000_000)) {
      throw new IllegalArgumentException("notification rate must be 0..1000000 Hz, got " + hz);
    }
    dongle.rateOverrides.put(SimulatedDongle.streamKey(peripheral, valueHandle), hz);
  }

  /**
   * Whether a connected host has enabled notifications or indications on a value handle of a device
   * (for tests and scripts that wait for a stream to start).
   *
   * @param peripheral the simulated device's address
   * @param valueHandle the characteristic's value handle
   * @return true when some established connection to it has the CCCD of that value set
   */
  public boolean notifying(BleAddress peripheral, int valueHandle) {
    synchronized (dongle) {
      for (SimConnection c : dongle.connections) {
        if (c != null
            && c.established
            && c.peripheral.address().equals(peripheral)
            && (c.server.notifying(c.session, valueHandle)
                || c.server.indicating(c.session, valueHandle))) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public void setRssi(BleAddress peripheral, int dbm) {
    peripheral(peripheral);
    if (dbm < -127 || dbm > 20) {
      throw new IllegalArgumentException("RSSI must be -127..20 dBm, got " + dbm);
    }
    dongle.rssiOverrides.put(peripheral, dbm);
    synchronized (dongle) {
      dongle.gap().setMeanRssi(peripheral, dbm);
    }
  }

  @Override
  public void dropConnection(int connection, int reason) {
    if (reason < 0 || reason > 0xFFFF) {
      throw new IllegalArgumentException("reason must be 0..0xFFFF, got " + reason);
    }
    synchronized (dongle) {
      SimConnection c = dongle.established(connection);
      if (c == null) {
        throw new IllegalArgumentException("no connection with handle " + connection);
      }
      dongle.connectionCommands().drop(c, reason);
    }
  }

  @Override
  public void setMuted(boolean muted) {
    dongle.outbox.setMuted(muted);
  }

  @Override
  public void unplug() {
    if (link instanceof InMemoryLink m) {
      m.unplug(new AdapterUnavailableException("the simulated dongle was unplugged"));
    } else {
      link.close();
    }
  }

  @Override
  public void injectGarbage(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("no garbage bytes given");
    }
    dongle.outbox.write(bytes.clone(), bytes.length, 0);
  }

  @Override
  public CompletableFuture<BlastResult> blast(
      int connection, int valueHandle, int count, int payloadSize) {
    if (count < 1) {
      throw new IllegalArgumentException("blast count must be at least 1, got " + count);
    }
    if (payloadSize < 4 || payloadSize > AttclientCommands.MAX_WRITE) {
      throw new IllegalArgumentException("blast payload must be 4..20 bytes, got " + payloadSize);
    }
    SimConnection c;
    synchronized (dongle) {
      c = dongle.established(connection);
    }
    if (c == null) {
      throw new IllegalArgumentException("no connection with handle " + connection);
    }
    if (c.server.database().get(valueHandle).isEmpty()) {
      throw new IllegalArgumentException(
          String.format("%s has no attribute 0x%04X", c.peripheral.name(), valueHandle));
    }
    if (!c.server.notifying(c.session, valueHandle)) {
      throw new IllegalStateException(
          String.format(
              "the host has not enabled notifications on 0x%04X of %s",
              valueHandle, c.peripheral.name()));
    }
    return CompletableFuture.supplyAsync(
        () -> Blaster.run(dongle.outbox, dongle, c, valueHandle, count, payloadSize), blaster);
  }

  /** Stops the radio and closes the link. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    blaster.shutdownNow();
    link.close();
  }

  private SimPeripheral peripheral(BleAddress address) {
    return dongle
        .peripheral(address)
        .orElseThrow(() -> new IllegalArgumentException("no simulated device " + address));
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private final class Receiver implements LinkReceiver {
    @Override
    public void onData(byte[] buf, int off, int len) {
      dongle.parser.feed(buf, off, len);
    }

    @Override
    public void onClosed(Throwable cause) {
      LOG.info(
          "simulated BLED112 link {} closed{}",
          link.description(),
          cause == null ? "" : ": " + cause.getMessage());
      scheduler.shutdownNow();
      blaster.shutdownNow();
      closed.complete(cause);
    }
  }
}
