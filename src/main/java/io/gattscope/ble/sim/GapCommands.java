package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.bgapi.codec.BgapiErrors;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.ConnectionMessages;
import io.gattscope.ble.bgapi.codec.GapMessages;
import io.gattscope.ble.sim.world.AdvertisingReport;
import io.gattscope.ble.sim.world.SimPeripheral;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * BGAPI class 6 (gap) on the simulated dongle: scan parameters, discovery with scan responses at
 * radio timing, modes, and connection set-up. Called under the dongle's lock.
 */
final class GapCommands {
  /** How often the scanner hands what it heard to the host. */
  static final long SCAN_TICK_MILLIS = 10;

  private final SimulatedDongle d;
  private int scanInterval = 0x4B;
  private int scanWindow = 0x32;
  private boolean activeScan = true;
  private ScheduledFuture<?> scanTask;
  private int discoverMode;
  private int pendingHandle = -1;
  private ScheduledFuture<?> pendingTask;

  GapCommands(SimulatedDongle dongle) {
    this.d = dongle;
  }

  boolean handle(BgapiMessage m) {
    if (m instanceof GapMessages.SetScanParameters p) {
      d.outbox.send(new GapMessages.SetScanParametersResponse(setScanParameters(p)));
    } else if (m instanceof GapMessages.Discover p) {
      d.outbox.send(new GapMessages.DiscoverResponse(discover(p.mode())));
    } else if (m instanceof GapMessages.EndProcedure) {
      d.outbox.send(new GapMessages.EndProcedureResponse(endProcedure()));
    } else if (m instanceof GapMessages.SetMode p) {
      boolean ok = p.discover() <= 4 && p.connect() <= 3;
      d.outbox.send(
          new GapMessages.SetModeResponse(
              ok ? BgapiErrors.SUCCESS : BgapiErrors.INVALID_PARAMETER));
    } else if (m instanceof GapMessages.ConnectDirect p) {
      connect(p);
    } else {
      return false;
    }
    return true;
  }

  private int setScanParameters(GapMessages.SetScanParameters p) {
    if (p.scanInterval() < 4
        || p.scanInterval() > 0x4000
        || p.scanWindow() < 4
        || p.scanWindow() > p.scanInterval()
        || p.active() > 1) {
      return BgapiErrors.INVALID_PARAMETER;
    }
    if (scanTask != null) {
      return BgapiErrors.WRONG_STATE;
    }
    scanInterval = p.scanInterval();
    scanWindow = p.scanWindow();
    activeScan = p.active() == 1;
    return BgapiErrors.SUCCESS;
  }

  private int discover(int mode) {
    if (mode > 2) {
      return BgapiErrors.INVALID_PARAMETER;
    }
    if (scanTask != null || pendingHandle >= 0) {
      return BgapiErrors.WRONG_STATE;
    }
    discoverMode = mode;
    d.airwaves.configure(scanInterval, scanWindow, activeScan);
    d.airwaves.poll(System.nanoTime());
    scanTask =
        d.scheduler.scheduleAtFixedRate(
            () -> d.runLocked(this::scanTick),
            SCAN_TICK_MILLIS,
            SCAN_TICK_MILLIS,
            TimeUnit.MILLISECONDS);
    return BgapiErrors.SUCCESS;
  }

  private void scanTick() {
    if (scanTask == null) {
      return;
    }
    List<GapMessages.ScanResponseEvent> events = new ArrayList<>();
    for (AdvertisingReport r : d.airwaves.poll(System.nanoTime())) {
      if (!discoverable(r)) {
        continue;
      }
      events.add(
          new GapMessages.ScanResponseEvent(
              r.rssi(),
              r.packetType(),
              r.address(),
              r.addressType().code(),
              d.bondOf(r.address()),
              r.data()));
    }
    d.outbox.sendAll(events);
  }

  /** Limited discovery wants the LE Limited flag, general either discoverable flag. */
  private boolean discoverable(AdvertisingReport r) {
    if (discoverMode == 2) {
      return true;
    }
    int flags = d.peripheral(r.address()).map(p -> flags(p.advertiser().advData())).orElse(0);
    return discoverMode == 0 ? (flags & 0x01) != 0 : (flags & 0x03) != 0;
  }

  private static int flags(byte[] ad) {
    for (int i = 0; i + 1 < ad.length; i += (ad[i] & 0xFF) + 1) {
      int len = ad[i] & 0xFF;
      if (len >= 2 && ad[i + 1] == 0x01) {
        return ad[i + 2] & 0xFF;
      }
      if (len == 0) {
        break;
      }
    }
    return 0;
  }

  private void connect(GapMessages.ConnectDirect p) {
    int result = BgapiErrors.SUCCESS;
    if (!BgapiConstants.intervalInRange(p.connIntervalMin())
        || !BgapiConstants.intervalInRange(p.connIntervalMax())
        || p.connIntervalMin() > p.connIntervalMax()
        || !BgapiConstants.timeoutInRange(p.timeout())
        || p.latency() > 500
        || p.addrType() > 1) {
      result = BgapiErrors.INVALID_PARAMETER;
    } else if (scanTask != null || pendingHandle >= 0) {
      result = BgapiErrors.WRONG_STATE;
    }
    int handle = freeHandle();
    if (result == BgapiErrors.SUCCESS && handle < 0) {
      result = BgapiErrors.CONNECTION_LIMIT;
    }
    if (result != BgapiErrors.SUCCESS) {
      d.outbox.send(new GapMessages.ConnectDirectResponse(result, 0));
      return;
    }
    d.outbox.send(new GapMessages.ConnectDirectResponse(BgapiErrors.SUCCESS, handle));
    pendingHandle = handle;
    SimPeripheral target =
        d.peripheral(p.address())
            .filter(t -> !d.outOfRange(t.address()))
            .filter(t -> t.addressType().code() == p.addrType())
            .filter(t -> t.advertiser().connectable())
            .filter(t -> !connectedTo(t))
            .orElse(null);
    if (target == null) {
      return;
    }
    long delay = d.responseDelayNanos();
    try {
      pendingTask =
          d.scheduler.schedule(
              () -> d.runLocked(() -> establish(handle, target, p)), delay, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      pendingHandle = -1;
    }
  }

  private void establish(int handle, SimPeripheral target, GapMessages.ConnectDirect p) {
    if (pendingHandle != handle) {
      return;
    }
    pendingHandle = -1;
    pendingTask = null;
    SimConnection c = new SimConnection(handle, target);
    c.interval = p.connIntervalMax();
    c.timeout = p.timeout();
    c.latency = p.latency();
    c.established = true;
    c.bond = d.bondOf(target.address());
    d.connections[handle] = c;
    d.airwaves.setSilenced(target.address(), true);
    d.outbox.send(status(c, c.statusFlags()));
    c.pump = d.newPump(c).start();
  }

  static ConnectionMessages.StatusEvent status(SimConnection c, int flags) {
    return new ConnectionMessages.StatusEvent(
        c.handle,
        flags,
        c.peripheral.address(),
        c.peripheral.addressType().code(),
        c.interval,
        c.timeout,
        c.latency,
        c.bond);
  }

  private boolean connectedTo(SimPeripheral p) {
    for (SimConnection c : d.connections) {
      if (c != null && c.peripheral.address().equals(p.address())) {
        return true;
      }
    }
    return false;
  }

  private int freeHandle() {
    for (int i = 0; i < d.connections.length; i++) {
      if (d.connections[i] == null && i != pendingHandle) {
        return i;
      }
    }
    return -1;
  }

  private int endProcedure() {
    if (scanTask != null) {
      scanTask.cancel(false);
      scanTask = null;
      return BgapiErrors.SUCCESS;
    }
    if (pendingHandle >= 0) {
      if (pendingTask != null) {
        pendingTask.cancel(false);
      }
      pendingTask = null;
      pendingHandle = -1;
      return BgapiErrors.SUCCESS;
    }
    return BgapiErrors.WRONG_STATE;
  }

  /** Stops scanning and any pending connect (on reset). */
  void stopAll() {
    if (scanTask != null || pendingHandle >= 0) {
      endProcedure();
      endProcedure();
    }
  }

  /** Whether a scan is running. */
  boolean scanning() {
    return scanTask != null;
  }

  /** Applies RSSI means to the scanner (control API). */
  void setMeanRssi(BleAddress address, int dbm) {
    d.airwaves.setMeanRssi(address, dbm);
  }
}
