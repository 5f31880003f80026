package io.gattscope.cli;

import io.gattscope.ble.AdapterDescriptor;
import io.gattscope.ble.AdapterInfo;
import io.gattscope.ble.AdapterListener;
import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BackendProvider;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BondInfo;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ScanOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** An in-memory backend over scripted peripherals, for the command tests. */
final class FakeBackend implements BleBackend {
  final Map<BleAddress, FakePeripheral> peripherals = new ConcurrentHashMap<>();
  final List<FakeDevice> connected = new CopyOnWriteArrayList<>();
  volatile boolean running;
  volatile boolean stopped;
  private ExecutorService events;

  FakeBackend(List<FakePeripheral> all) {
    all.forEach(p -> peripherals.put(p.address, p));
  }

  /** A provider of kind {@code fake} that hands out this backend. */
  BackendProvider provider() {
    FakeBackend self = this;
    return new BackendProvider() {
      @Override
      public String kind() {
        return "fake";
      }

      @Override
      public List<AdapterDescriptor> available() {
        return List.of(new AdapterDescriptor("fake", "Fake adapter", "fake", true));
      }

      @Override
      public BleBackend create(String argument) {
        if (!argument.isEmpty()) {
          throw new AdapterUnavailableException("no fake adapter " + argument);
        }
        return self;
      }
    };
  }

  @Override
  public void start() {
    events = Executors.newSingleThreadExecutor();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    stopped = true;
    connected.forEach(FakeDevice::drop);
    if (events != null) {
      events.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public AdapterInfo adapterInfo() {
    return new AdapterInfo("Fake", BleAddress.parse("00:00:00:00:00:01"), "1", 4);
  }

  @Override
  public AutoCloseable startScan(ScanOptions options, Consumer<Advertisement> listener) {
    for (FakePeripheral p : peripherals.values()) {
      events.execute(
          () ->
              listener.accept(
                  new Advertisement(
                      p.address,
                      p.type,
                      -60,
                      Advertisement.PacketType.CONNECTABLE,
                      p.advertisingData(),
                      System.nanoTime())));
    }
    return () -> {};
  }

  @Override
  public CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options) {
    FakePeripheral p = peripherals.get(address);
    if (p == null || p.type != options.addressType()) {
      return new CompletableFuture<>();
    }
    FakeDevice d = new FakeDevice(p, options.operationTimeout());
    connected.add(d);
    return CompletableFuture.completedFuture(d);
  }

  @Override
  public List<BleDevice> connectedDevices() {
    return List.copyOf(connected);
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
  public AutoCloseable addAdapterListener(AdapterListener listener) {
    return () -> {};
  }
}
