package io.gattscope.app.fake;

import io.gattscope.ble.AdapterInfo;
import io.gattscope.ble.AdapterListener;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.BondInfo;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A hand-written adapter for view-model tests: advertise on demand, connect to fake devices. */
public final class FakeBackend implements BleBackend {
  private final Map<BleAddress, FakeDevice> devices = new ConcurrentHashMap<>();
  private final List<AdapterListener> adapterListeners = new CopyOnWriteArrayList<>();
  private volatile Consumer<Advertisement> scanListener;
  private volatile boolean running;
  private volatile ScanOptions lastScan;
  private int connects;

  public FakeBackend add(FakeDevice d) {
    devices.put(d.address(), d);
    return this;
  }

  /** Delivers an advertisement to the running scan, if any. */
  public void advertise(BleAddress address, int rssi, byte[] data, long nanos) {
    Consumer<Advertisement> l = scanListener;
    if (l != null) {
      l.accept(
          new Advertisement(
              address,
              AddressType.PUBLIC,
              rssi,
              Advertisement.PacketType.CONNECTABLE,
              data,
              nanos));
    }
  }

  public void loseAdapter(Throwable cause) {
    running = false;
    adapterListeners.forEach(l -> l.onAdapterLost(this, cause));
  }

  public boolean scanning() {
    return scanListener != null;
  }

  public ScanOptions lastScan() {
    return lastScan;
  }

  public int connects() {
    return connects;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    connectedAtStop =
        devices.values().stream()
            .filter(d -> d.state() == ConnectionState.CONNECTED)
            .map(d -> d.address())
            .toList();
    running = false;
  }

  /** The devices still connected when stop() began (null before stop). */
  public volatile List<BleAddress> connectedAtStop;

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public AdapterInfo adapterInfo() {
    return new AdapterInfo("fake", new BleAddress(1), "1.0", 4);
  }

  @Override
  public Registration startScan(ScanOptions options, Consumer<Advertisement> listener) {
    lastScan = options;
    scanListener = listener;
    return () -> scanListener = null;
  }

  @Override
  public CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options) {
    connects++;
    FakeDevice d = devices.get(address);
    if (d == null) {
      return CompletableFuture.failedFuture(
          new BleTimeoutException("connection to " + address, options.timeout()));
    }
    d.connected();
    return CompletableFuture.completedFuture(d);
  }

  @Override
  public List<BleDevice> connectedDevices() {
    return List.copyOf(devices.values());
  }

  @Override
  public void clearBond(BleAddress address) {}

  @Override
  public void clearAllBonds() {}

  @Override
  public List<BondInfo> bonds() {
    return List.of();
  }

  @Override
  public Registration addAdapterListener(AdapterListener listener) {
    adapterListeners.add(listener);
    return () -> adapterListeners.remove(listener);
  }
}
