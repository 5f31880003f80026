package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.HciError;
import io.gattscope.ble.Registration;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.bgapi.codec.AttclientMessages;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.sim.gatt.AttServer;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.world.ServiceUpdate;
import io.gattscope.ble.sim.world.SimPeripheral;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the simulated dongle misbehave on demand, as real radios and peripherals do: links that
 * drop, devices that leave range, a dongle that reboots, a firmware update that moves services,
 * slow responses and a device that stops answering. Every fault is logged (SLF4J, logger {@code
 * io.gattscope.ble.sim.SimFaults}) and kept in {@link #log()}.
 */
public final class SimFaults {
  private static final Logger LOG = LoggerFactory.getLogger(SimFaults.class);
  private static final UUID SERVICE_CHANGED = Uuids.fromShort(0x2A05);

  private final SimulatedDongle d;
  private final List<Fault> log = new CopyOnWriteArrayList<>();
  private final List<Consumer<Fault>> watchers = new CopyOnWriteArrayList<>();
  private int updates;

  /**
   * One fault that was made.
   *
   * @param at when
   * @param text what, in words ("drop 00:07:80:5E:01:01 reason 0x08 (Connection Timeout)")
   */
  public record Fault(Instant at, String text) {
    @Override
    public String toString() {
      return at + " " + text;
    }
  }

  SimFaults(SimulatedDongle dongle) {
    this.d = dongle;
  }

  /**
   * Every fault made so far, oldest first.
   *
   * @return a snapshot copy
   */
  public List<Fault> log() {
    return List.copyOf(log);
  }

  /**
   * Calls {@code watcher} with each later fault; closing the handle stops it.
   *
   * @param watcher called in the thread that made the fault; an exception it throws is logged
   * @return closing it removes the watcher; closing it again does nothing
   */
  public Registration onFault(Consumer<Fault> watcher) {
    watchers.add(watcher);
    return Registration.once(() -> watchers.remove(watcher));
  }

  /**
   * Drops the link to a device now, as the radio would: connection_disconnected with the reason.
   *
   * @param device the simulated device's address
   * @param hciReason an HCI reason (0x01..0xFF, e.g. 0x08 supervision timeout, 0x13 remote user
   *     terminated, 0x15 power off) or a whole BGAPI result code (0x0208)
   * @throws IllegalArgumentException if the reason is out of range or nothing is connected to the
   *     device
   */
  public void drop(BleAddress device, int hciReason) {
    if (hciReason < 1 || hciReason > 0xFFFF) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "reason 0x%X is out of range 0x01..0xFF", hciReason));
    }
    int code = hciReason <= 0xFF ? 0x0200 | hciReason : hciReason;
    synchronized (d) {
      List<SimConnection> links = linksTo(device);
      if (links.isEmpty()) {
        throw new IllegalArgumentException("nothing is connected to " + device);
      }
      record(
          String.format(
              Locale.ROOT,
              "drop %s reason 0x%02X (%s)",
              device,
              code & 0xFF,
              HciError.name(code & 0xFF)));
      links.forEach(c -> d.connectionCommands().drop(c, code));
    }
  }

  /**
   * Takes a device out of range for a while: its link drops with a supervision timeout (0x08), it
   * stops advertising, and connections to it are never established until it is back.
   *
   * @param device the simulated device's address
   * @param duration how long it stays away, 1 ms to 1 h
   * @throws IllegalArgumentException for an unknown device or a duration outside 1 ms .. 1 h
   */
  public void outOfRange(BleAddress device, Duration duration) {
    requireDevice(device);
    if (duration.toMillis() < 1 || duration.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("out-of-range time must be 1 ms .. 1 h, got " + duration);
    }
    synchronized (d) {
      d.outOfRangeUntil.put(device, System.nanoTime() + duration.toNanos());
      d.airwaves.setSilenced(device, true);
      record("out of range " + device + " for " + millis(duration));
      linksTo(device).forEach(c -> d.connectionCommands().drop(c, BgapiErrors.CONNECTION_TIMEOUT));
    }
    d.after(
        duration.toNanos(),
        () -> {
          if (d.outOfRange(device)) {
            return;
          }
          d.outOfRangeUntil.remove(device);
          if (linksTo(device).isEmpty()) {
            d.airwaves.setSilenced(device, false);
          }
          record("back in range " + device);
        });
  }

  /** Reboots the dongle: every link and procedure is gone without events, then system_boot. */
  public void reboot() {
    record("reboot: every link is gone, system_boot follows");
    d.reboot();
  }

  /**
   * Changes a device's GATT table as a firmware update would (see {@link ServiceUpdate}): new
   * connections see the new table at once; a connected client that enabled indications on Service
   * Changed (0x2A05) gets one with the changed handle range (on the handle it knew), and its other
   * CCCDs are cleared, so it must discover again and re-enable them.
   *
   * @param device the simulated device's address
   * @return the changed device and the handle range that changed
   * @throws IllegalArgumentException for an unknown device or a beacon
   */
  public ServiceUpdate.Result changeServices(BleAddress device) {
    synchronized (d) {
      SimPeripheral before = requireDevice(device);
      ServiceUpdate.Result r = ServiceUpdate.apply(before, ++updates);
      int shift = r.peripheral().database().lastHandle() - before.database().lastHandle();
      moveRates(device, r.start(), shift);
      d.changed.put(device, r.peripheral());
      int told = 0;
      for (SimConnection c : linksTo(device)) {
        told += switchTable(c, r, shift) ? 1 : 0;
      }
      record(
          String.format(
              Locale.ROOT,
              "services of %s changed: handles 0x%04X..0x%04X moved by %d; Service Changed"
                  + " indicated to %d client(s)",
              device,
              r.start(),
              r.end(),
              shift,
              told));
      return r;
    }
  }

  private boolean switchTable(SimConnection c, ServiceUpdate.Result r, int shift) {
    AttServer old = c.server;
    AttributeDatabase oldDb = old.database();
    boolean told = false;
    Map<Integer, Integer> keep = new HashMap<>();
    for (int sc : oldDb.valueHandlesOf(SERVICE_CHANGED)) {
      int cccd = oldDb.cccdOf(sc).orElse(-1);
      int value = cccd < 0 ? 0 : c.session.cccdValue(cccd);
      if ((value & 2) == 0) {
        continue;
      }
      byte[] range = {
        (byte) r.start(), (byte) (r.start() >>> 8), (byte) r.end(), (byte) (r.end() >>> 8)
      };
      d.outbox.send(
          new AttclientMessages.AttributeValueEvent(
              c.handle, sc, BgapiConstants.VALUE_INDICATE_RSP_REQ, range));
      c.awaitingConfirm = true;
      keep.put(cccd >= r.start() ? cccd + shift : cccd, value);
      told = true;
    }
    c.peripheral = r.peripheral();
    c.server = new AttServer(r.peripheral().database());
    c.session.replaceCccds(keep);
    if (c.pump != null) {
      c.pump.cancel(false);
    }
    c.pump = d.newPump(c).start();
    return told;
  }

  private void moveRates(BleAddress device, int start, int shift) {
    Map<Long, Double> moved = new HashMap<>();
    for (int h = 0xFFFF; h >= start; h--) {
      Double rate = d.rateOverrides.remove(SimulatedDongle.streamKey(device, h));
      if (rate != null && h + shift <= 0xFFFF) {
        moved.put(SimulatedDongle.streamKey(device, h + shift), rate);
      }
    }
    d.rateOverrides.putAll(moved);
  }

  /**
   * Delays every GATT response and connection set-up by {@code latency} plus a uniform random part
   * of {@code jitter} (both zero to undo).
   *
   * @param latency the fixed delay added to every response, 0 or more
   * @param jitter the most of a uniformly random delay added on top, 0 or more
   * @throws IllegalArgumentException for negative values or more than 10 s
   */
  public void setLatency(Duration latency, Duration jitter) {
    Duration max = Duration.ofSeconds(10);
    if (latency.isNegative() || jitter.isNegative() || latency.plus(jitter).compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "latency and jitter must be 0 or more and together at most 10 s");
    }
    d.latencyNanos = latency.toNanos();
    d.jitterNanos = jitter.toNanos();
    record("latency " + millis(latency) + " jitter " + millis(jitter));
  }

  /** The delay the dongle gives its next response: procedure delay, latency and a jitter draw. */
  Duration nextResponseDelay() {
    return Duration.ofNanos(d.responseDelayNanos());
  }

  /**
   * Makes a device stop answering (true) or answer again (false): its GATT procedures never
   * complete and it pushes no values, while the link stays up.
   *
   * @param device the simulated device's address
   * @param silent true to stop answering, false to answer again
   * @throws IllegalArgumentException for an unknown device
   */
  public void setSilent(BleAddress device, boolean silent) {
    requireDevice(device);
    if (silent) {
      d.silent.add(device);
    } else {
      d.silent.remove(device);
    }
    record((silent ? "silent " : "answering again ") + device);
  }

  private List<SimConnection> linksTo(BleAddress device) {
    synchronized (d) {
      List<SimConnection> out = new ArrayList<>();
      for (SimConnection c : d.connections) {
        if (c != null && c.established && c.peripheral.address().equals(device)) {
          out.add(c);
        }
      }
      return out;
    }
  }

  private SimPeripheral requireDevice(BleAddress device) {
    SimPeripheral p =
        d.peripheral(device)
            .orElseThrow(() -> new IllegalArgumentException("no simulated device " + device));
    if (p.database() == null) {
      throw new IllegalArgumentException(p.name() + " (" + device + ") is a beacon: no link");
    }
    return p;
  }

  private void record(String text) {
    Fault f = new Fault(Instant.now(), text);
    log.add(f);
    LOG.warn("simulated fault: {}", text);
    for (Consumer<Fault> w : watchers) {
      try {
        w.accept(f);
      } catch (RuntimeException e) {
        LOG.warn("fault watcher failed", e);
      }
    }
  }

  private static String millis(Duration t) {
    return t.toMillis() + " ms";
  }
}
