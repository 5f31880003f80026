package io.gattscope.ble;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One adapter: scans, connects and manages bonds. Closing it stops it; {@link #stop()} disconnects
 * every device and releases the port or bus.
 */
public interface BleBackend extends AutoCloseable {

  /** Opens the adapter and brings it to a known idle state. */
  void start();

  /** Disconnects everything and closes the adapter; calls afterwards fail at once. */
  void stop();

  @Override
  default void close() {
    stop();
  }

  /** Whether start() succeeded and the adapter is still there. */
  boolean isRunning();

  /** What the adapter says about itself (valid after start). */
  AdapterInfo adapterInfo();

  /**
   * Starts a streaming scan; every packet goes to the listener (off the I/O thread) until the
   * returned handle is closed.
   */
  AutoCloseable startScan(ScanOptions options, Consumer<Advertisement> listener);

  /** Connects (or returns the device already connected at that address). */
  CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options);

  /** The devices connected now. */
  List<BleDevice> connectedDevices();

  /** Deletes the bond with one peer; BGAPI can only delete by bond handle, see backends. */
  void clearBond(BleAddress address);

  /** Deletes every stored bond. */
  void clearAllBonds();

  /** Lists stored bonds. */
  List<BondInfo> bonds();

  /** What the adapter sent that was dropped instead of passed on, counted since start. */
  default DroppedData droppedData() {
    return DroppedData.NONE;
  }

  /** Adds an adapter-lost listener; closing the returned handle removes it. */
  AutoCloseable addAdapterListener(AdapterListener listener);

  /** Connects; blocking until connected or the options' timeout passes. */
  default BleDevice connect(BleAddress address, ConnectOptions options) {
    return Futures.await(
        connectAsync(address, options),
        options.timeout().plusSeconds(1),
        "connection to " + address);
  }

  /** Connects with default options to a public address. */
  default BleDevice connect(BleAddress address) {
    return connect(address, ConnectOptions.defaults());
  }

  /** Scans for the options' timeout and returns one result per device, in order of discovery. */
  default List<ScanResult> scan(ScanOptions options) {
    return scan(options, r -> false);
  }

  /**
   * Scans for the options' timeout, or until {@code stopWhen} returns true for an updated result.
   */
  default List<ScanResult> scan(ScanOptions options, ScanCallback stopWhen) {
    Map<BleAddress, ScanResult> results = new LinkedHashMap<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    try (AutoCloseable lost =
            addAdapterListener(
                (b, cause) ->
                    done.completeExceptionally(
                        cause instanceof BleException e
                            ? e
                            : new AdapterUnavailableException(
                                "the adapter went away during the scan: " + cause, cause)));
        AutoCloseable scan =
            startScan(
                options,
                a -> {
                  ScanResult r;
                  synchronized (results) {
                    r =
                        results.compute(
                            a.address(), (k, old) -> old == null ? ScanResult.of(a) : old.with(a));
                  }
                  if (!done.isDone() && stopWhen.stop(r)) {
                    done.complete(null);
                  }
                })) {
      try {
        done.get(options.timeout().toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException expected) {
        // the scan ran its full length
      } catch (java.util.concurrent.ExecutionException e) {
        throw Futures.rethrow(e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BleException("interrupted while scanning", e);
    } catch (BleException e) {
      throw e;
    } catch (Exception e) {
      throw Futures.rethrow(e);
    }
    synchronized (results) {
      return new ArrayList<>(results.values());
    }
  }

  /** Scans for a number of seconds with default options. */
  default List<ScanResult> scan(Duration timeout) {
    return scan(ScanOptions.defaults(timeout));
  }

  /** Decides after each packet whether a blocking scan may end early. */
  @FunctionalInterface
  interface ScanCallback {
    /** Returns true to end the scan now. */
    boolean stop(ScanResult updated);
  }
}
