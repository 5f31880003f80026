package io.gattscope.ble.sim.gatt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-connection state of a simulated ATT server: CCCD values, the prepared-write queue and
 * whether the link is authenticated (bonded and encrypted).
 */
public final class AttSession {
  /** How many prepared writes the queue holds before ATT 0x09 prepare queue full. */
  public static final int PREPARE_QUEUE_CAPACITY = 64;

  private final Map<Integer, Integer> cccd = new ConcurrentHashMap<>();
  private final List<PreparedWrite> queue = new ArrayList<>();
  private volatile boolean authenticated;

  /**
   * One queued part of a long write.
   *
   * @param handle attribute handle (1..0xFFFF)
   * @param offset byte offset into the value (0..512)
   * @param data the part's bytes
   */
  public record PreparedWrite(int handle, int offset, byte[] data) {}

  /**
   * The CCCD value (0 none, 1 notify, 2 indicate) stored for this connection at a CCCD handle.
   *
   * @param cccdHandle the handle of a CCCD
   * @return the value this connection wrote there, 0 if none
   */
  public int cccdValue(int cccdHandle) {
    return cccd.getOrDefault(cccdHandle, 0);
  }

  /**
   * Forgets every CCCD value and stores {@code values} (CCCD handle to value) instead.
   *
   * @param values the CCCD values to keep, by CCCD handle; copied
   */
  public void replaceCccds(Map<Integer, Integer> values) {
    cccd.clear();
    cccd.putAll(values);
  }

  void setCccd(int cccdHandle, int value) {
    cccd.put(cccdHandle, value);
  }

  /**
   * Whether the link counts as authenticated for attributes that require it.
   *
   * @return true after {@link #setAuthenticated} with true
   */
  public boolean authenticated() {
    return authenticated;
  }

  /**
   * Marks the link authenticated (after bonding/encryption) or not.
   *
   * @param value true once the link is bonded and encrypted, false to drop that
   */
  public void setAuthenticated(boolean value) {
    authenticated = value;
  }

  synchronized boolean enqueue(PreparedWrite w) {
    if (queue.size() >= PREPARE_QUEUE_CAPACITY) {
      return false;
    }
    queue.add(w);
    return true;
  }

  synchronized List<PreparedWrite> drainQueue() {
    List<PreparedWrite> out = new ArrayList<>(queue);
    queue.clear();
    return out;
  }

  /**
   * The number of prepared writes waiting for execute.
   *
   * @return how many parts are queued, 0 to {@link #PREPARE_QUEUE_CAPACITY}
   */
  public synchronized int queuedWrites() {
    return queue.size();
  }
}
