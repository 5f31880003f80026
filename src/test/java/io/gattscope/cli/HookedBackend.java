package io.gattscope.cli;

import io.gattscope.ble.AdapterInfo;
import io.gattscope.ble.AdapterListener;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BondInfo;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.DroppedData;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A backend that runs a test hook once a connection is up, and otherwise delegates. */
final class HookedBackend implements BleBackend {
  private final BleBackend inner;
  private final Runnable onConnected;

  HookedBackend(BleBackend inner, Runnable onConnected) {
    this.inner = inner;
    this.onConnected = onConnected;
  }

  @Override
  public CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options) {
    return inner
        .connectAsync(address, options)
        .thenApply(
            d -> {
              onConnected.run();
              return d;
            });
  }

  @Override
  public DroppedData droppedData() {
    return inner.droppedData();
  }

  @Override
  public void start() {
    inner.start();
  }

  @Override
  public void stop() {
    inner.stop();
  }

  @Override
  public boolean isRunning() {
    return inner.isRunning();
  }

  @Override
  public AdapterInfo adapterInfo() {
    return inner.adapterInfo();
  }

  @Override
  public Registration startScan(ScanOptions options, Consumer<Advertisement> listener) {
    return inner.startScan(options, listener);
  }

  @Override
  public List<BleDevice> connectedDevices() {
    return inner.connectedDevices();
  }

  @Override
  public void clearBond(BleAddress address) {
    inner.clearBond(address);
  }

  @Override
  public void clearAllBonds() {
    inner.clearAllBonds();
  }

  @Override
  public List<BondInfo> bonds() {
    return inner.bonds();
  }

  @Override
  public Registration addAdapterListener(AdapterListener listener) {
    return inner.addAdapterListener(listener);
  }
}
