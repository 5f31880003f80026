package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Scripts a running simulated dongle from tests, benchmarks and the command line. */
public interface SimulatorControl {

  /**
   * Faults on demand: drops, range, reboot, service changes, latency, silence.
   *
   * @return the fault controls of this dongle
   */
  SimFaults faults();

  /**
   * The devices in range.
   *
   * @return the world the dongle was configured with, plus the devices {@link #addDevice added}
   *     since
   */
  SimWorld world();

  /**
   * Brings a device into range while the dongle runs (e.g. a snapshot loaded later): it advertises
   * from now on and can be connected; it replaces a device with the same address.
   *
   * @param peripheral the device to add; not null
   * @throws IllegalStateException when a device with that address is connected (nothing changes)
   */
  void addDevice(SimPeripheral peripheral);

  /**
   * Handles (0..maxConnections-1) of the established connections, ascending.
   *
   * @return a new list; empty when nothing is connected
   */
  List<Integer> connections();

  /**
   * Overrides how often a peripheral pushes a value (notifications or indications).
   *
   * @param peripheral the simulated device's address
   * @param valueHandle the characteristic value handle (1..0xFFFF) of one of its streams
   * @param hz the new rate (0 pauses it, at most 1,000,000)
   * @throws IllegalArgumentException if the device or stream does not exist or the rate is out of
   *     range
   */
  void setNotificationRate(BleAddress peripheral, int valueHandle, double hz);

  /**
   * Moves a device's RSSI (its advertisements and its connection) to wander around {@code dbm}.
   *
   * @param peripheral the simulated device's address
   * @param dbm -127..20
   * @throws IllegalArgumentException if the device does not exist or the RSSI is out of range
   */
  void setRssi(BleAddress peripheral, int dbm);

  /**
   * Ends a connection as the radio would: connection_disconnected with {@code reason}.
   *
   * @param connection the connection handle, as {@link #connections()} lists it
   * @param reason BGAPI result code (0..0xFFFF), e.g. 0x0208 supervision timeout, 0x0213 remote
   *     user terminated
   * @throws IllegalArgumentException if no such connection is established
   */
  void dropConnection(int connection, int reason);

  /**
   * Stops (true) or resumes (false) answering: commands are ignored and nothing is sent.
   *
   * @param muted true to go silent, false to answer again
   */
  void setMuted(boolean muted);

  /** Pulls the dongle out: the link closes under the host with an error. */
  void unplug();

  /**
   * Writes bytes to the host as they are, outside any frame.
   *
   * @param bytes the garbage to send, at least one byte; copied
   * @throws IllegalArgumentException when no bytes are given
   */
  void injectGarbage(byte[] bytes);

  /**
   * Sends {@code count} notifications on a value handle as fast as the link takes them; the first 4
   * bytes of each payload are its sequence number (uint32 little-endian from 0), the rest zero.
   *
   * @param connection the connection handle, as {@link #connections()} lists it
   * @param valueHandle the value handle to notify, whose CCCD the host enabled
   * @param count how many notifications to send, 1 or more
   * @param payloadSize bytes per notification (4..20, the ATT_MTU 23 limit)
   * @return completes with the count and the time taken once the last one was written
   * @throws IllegalArgumentException if the connection or handle does not exist, or the count or
   *     size are out of range
   * @throws IllegalStateException if the host has not enabled notifications on that value
   */
  CompletableFuture<BlastResult> blast(int connection, int valueHandle, int count, int payloadSize);

  /**
   * Result of a {@link #blast}.
   *
   * @param count notifications written
   * @param nanos time from the first to the last write
   */
  record BlastResult(long count, long nanos) {
    /**
     * Notifications per second.
     *
     * @return {@code count} divided by the time taken, or {@code count} when no time was measured
     */
    public double perSecond() {
      return nanos == 0 ? count : count * 1e9 / nanos;
    }
  }
}
