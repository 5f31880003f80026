package io.gattscope.ble;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices one backend connected, each a {@link SupervisedDevice} that survives its links: every
 * backend's {@code connectAsync} goes through here, so reconnects, retries, Service Changed and
 * resubscription behave the same on all of them.
 */
public final class LinkSupervisor {
  private final String backend;
  private final LinkOpener opener;
  private final Map<BleAddress, SupervisedDevice> devices = new ConcurrentHashMap<>();
  private final Map<BleAddress, CompletableFuture<BleDevice>> opening = new ConcurrentHashMap<>();

  /**
   * @param backend the backend's name for messages ("BGAPI", "BlueZ", "gatttool")
   * @param opener the backend's own connect
   */
  public LinkSupervisor(String backend, LinkOpener opener) {
    this.backend = backend;
    this.opener = opener;
  }

  /**
   * The device at {@code address}: the one already connected (or reconnecting) there, or a new one
   * connected with {@code options}.
   *
   * @param address the peer
   * @param options address type, parameters, timeouts, retries and reconnect policy of a new link
   * @return completes with the device once its link is up
   */
  public synchronized CompletableFuture<BleDevice> connect(
      BleAddress address, ConnectOptions options) {
    CompletableFuture<BleDevice> pending = opening.get(address);
    if (pending != null) {
      return pending.copy();
    }
    SupervisedDevice known = devices.get(address);
    if (known != null && !known.finished()) {
      if (known.state() == ConnectionState.CONNECTED) {
        return CompletableFuture.completedFuture(known);
      }
      if (known.state() == ConnectionState.CONNECTING) {
        return known.reconnectAsync().thenApply(v -> known);
      }
    }
    CompletableFuture<BleDevice> f =
        SupervisedDevice.open(backend, address, options, opener)
            .thenApply(
                d -> {
                  devices.put(address, d);
                  return d;
                });
    if (!f.isDone()) {
      opening.put(address, f);
      f.whenComplete((d, t) -> opening.remove(address, f));
    }
    return f.copy();
  }

  /**
   * The devices whose link is up now.
   *
   * @return a new list of the devices in state {@link ConnectionState#CONNECTED}
   */
  public List<BleDevice> connected() {
    return devices.values().stream()
        .filter(d -> d.state() == ConnectionState.CONNECTED)
        .map(d -> (BleDevice) d)
        .toList();
  }

  /** Ends supervision of every device (the backend stops): links that go down stay down. */
  public void stopAll() {
    devices.values().forEach(SupervisedDevice::forgetForGood);
  }
}
