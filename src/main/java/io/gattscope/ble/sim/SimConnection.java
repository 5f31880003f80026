package io.gattscope.ble.sim;

import io.gattscope.ble.bgapi.codec.BgapiConstants;
import io.gattscope.ble.sim.gatt.AttServer;
import io.gattscope.ble.sim.gatt.AttSession;
import io.gattscope.ble.sim.world.SimPeripheral;
import java.util.concurrent.ScheduledFuture;

/**
 * One simulated link between the dongle and a peripheral. Guarded by the dongle's lock except the
 * volatile fields the notification pump reads.
 */
final class SimConnection {
  final int handle;

  /** The peripheral and its server; both change when a fault changes its services. */
  volatile SimPeripheral peripheral;

  volatile AttServer server;
  final AttSession session = new AttSession();

  /** Connection interval (units of 1.25 ms), supervision timeout (10 ms), slave latency. */
  int interval;

  int timeout;
  int latency;

  /** True once connection_status (connected) was sent; false while the connect is pending. */
  boolean established;

  /** A GATT procedure is running: further attclient procedures get 0x0181. */
  boolean busy;

  /** Bond handle (0..7) or 0xFF. */
  int bond = 0xFF;

  boolean encrypted;

  /** Pairing: waiting for sm_passkey_entry; whether the host asked to bond. */
  boolean awaitingPasskey;

  boolean bondingRequested;

  /** An indication was sent and awaits attclient_indicate_confirm. */
  volatile boolean awaitingConfirm;

  volatile double rssi;

  ScheduledFuture<?> pump;

  SimConnection(int handle, SimPeripheral peripheral) {
    this.handle = handle;
    this.peripheral = peripheral;
    this.server = peripheral.server().orElseThrow();
    this.rssi = peripheral.advertiser().meanRssi();
  }

  int statusFlags() {
    return BgapiConstants.FLAG_CONNECTED
        | (encrypted ? BgapiConstants.FLAG_ENCRYPTED : 0)
        | BgapiConstants.FLAG_COMPLETED;
  }
}
