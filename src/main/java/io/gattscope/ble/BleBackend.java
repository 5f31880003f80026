package io.gattscope.ble;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  /**
   * Whether start() succeeded and the adapter is still there.
   *
   * @return false before {@link #start()}, after {@link #stop()} and once the adapter went away
   */
  boolean isRunning();

  /**
   * What the adapter says about itself (valid after start).
   *
   * @return the adapter's address, name and firmware as it reported them when started
   */
  AdapterInfo adapterInfo();

  /**
   * Starts a streaming scan; every packet goes to the listener (off the I/O thread) until the
   * returned handle is closed.
   *
   * @param options how to scan (the timeout is ignored: the scan runs until closed)
   * @param listener receives every advertising and scan response packet
   * @return the running scan; closing it stops the scan
   */
  Registration startScan(ScanOptions options, Consumer<Advertisement> listener);

  /**
   * Starts a streaming scan that reports only devices passing a filter: after each packet the
   * device's updated {@link ScanResult} goes to the listener when it passes.
   *
   * @param options how to scan (the timeout is ignored: the scan runs until closed)
   * @param filter which devices to report
   * @param listener receives the updated result of a passing device after each of its packets
   * @return the running scan; closing it stops the scan
   */
  default Registration startScan(
      ScanOptions options, ScanFilter filter, Consumer<ScanResult> listener) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(listener, "listener");
    Map<BleAddress, ScanResult> seen = new ConcurrentHashMap<>();
    return startScan(
        options,
        a -> {
          ScanResult r =
              seen.compute(a.address(), (k, old) -> old == null ? ScanResult.of(a) : old.with(a));
          if (filter.test(r)) {
            listener.accept(r);
          }
        });
  }

  /**
   * Scans until the first device passing the filter is heard, like pygatt's {@code
   * find_device_by_filter}. Not finding one is an ordinary outcome, so it is an empty result, not
   * an exception.
   *
   * @param filter which device to look for
   * @param timeout how long to scan at most
   * @return the first passing device, or empty when none was heard within the timeout
   * @throws IllegalArgumentException when the timeout is not positive
   */
  default Optional<ScanResult> find(ScanFilter filter, Duration timeout) {
    Objects.requireNonNull(filter, "filter");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("find needs a positive timeout, got " + timeout);
    }
    CompletableFuture<ScanResult> first = new CompletableFuture<>();
    try (Registration scan = startScan(ScanOptions.defaults(timeout), filter, first::complete)) {
      return Optional.of(first.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BleException("interrupted while looking for " + filter, e);
    } catch (ExecutionException e) {
      throw Futures.rethrow(e.getCause());
    }
  }

  /**
   * Connects (or returns the device already connected at that address).
   *
   * @param address the peer
   * @param options address type, connection parameters, timeouts, retries and reconnect policy
   * @return completes with the connected device, or fails with a {@link BleTimeoutException} after
   *     every attempt timed out
   */
  CompletableFuture<BleDevice> connectAsync(BleAddress address, ConnectOptions options);

  /**
   * The devices connected now.
   *
   * @return a snapshot copy of the devices whose link is up at the moment of the call
   */
  List<BleDevice> connectedDevices();

  /**
   * Deletes the bond with one peer; BGAPI can only delete by bond handle, see backends.
   *
   * @param address the bonded peer; a peer without a bond is left as it is
   */
  void clearBond(BleAddress address);

  /** Deletes every stored bond. */
  void clearAllBonds();

  /**
   * Lists stored bonds.
   *
   * @return one entry per bond the adapter keeps, in the adapter's order
   */
  List<BondInfo> bonds();

  /**
   * What the adapter sent that was dropped instead of passed on, counted since start.
   *
   * @return the counts by cause; {@link DroppedData#NONE} for a backend that never drops
   */
  default DroppedData droppedData() {
    return DroppedData.NONE;
  }

  /**
   * Adds an adapter-lost listener.
   *
   * @param listener called once when the adapter goes away
   * @return closing it removes the listener
   */
  Registration addAdapterListener(AdapterListener listener);

  /**
   * Connects; blocking until connected or every attempt the options allow has timed out. The
   * options carry the peer's address type ({@link ConnectOptions#random()} for a random address).
   *
   * @param address the peer
   * @param options address type, connection parameters and timeouts
   * @return the connected device
   * @throws BleTimeoutException when the connection is not made in time
   */
  default BleDevice connect(BleAddress address, ConnectOptions options) {
    return Futures.await(
        connectAsync(address, options), options.connectBudget(), "connection to " + address);
  }

  /**
   * Connects with default options to a public address.
   *
   * @param address the peer, assumed to use a public address
   * @return the connected device
   */
  default BleDevice connect(BleAddress address) {
    return connect(address, ConnectOptions.defaults());
  }

  /**
   * Connects to a scanned device with default options and the address type the scan heard.
   *
   * @param result the scanned device
   * @return the connected device
   */
  default BleDevice connect(ScanResult result) {
    return connect(result, ConnectOptions.defaults());
  }

  /**
   * Connects to a scanned device; the scan's address type replaces the options' one.
   *
   * @param result the scanned device
   * @param options connection parameters and timeouts
   * @return the connected device
   */
  default BleDevice connect(ScanResult result, ConnectOptions options) {
    return connect(result.address(), options.withAddressType(result.addressType()));
  }

  /**
   * Scans for the options' timeout and returns one result per device, in order of discovery;
   * blocking.
   *
   * @param options how and how long to scan
   * @return one merged result per device heard, the first heard first
   * @throws AdapterUnavailableException when the adapter goes away during the scan
   */
  default List<ScanResult> scan(ScanOptions options) {
    return scan(options, r -> false);
  }

  /**
   * Scans for the options' timeout, or until {@code stopWhen} returns true for an updated result;
   * blocking.
   *
   * @param options how and how long to scan
   * @param stopWhen asked after each packet with the device's updated result, on the scan's
   *     delivery thread
   * @return one merged result per device heard so far, the first heard first
   * @throws AdapterUnavailableException when the adapter goes away during the scan
   */
  default List<ScanResult> scan(ScanOptions options, ScanCallback stopWhen) {
    Map<BleAddress, ScanResult> results = new LinkedHashMap<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    try (Registration lost =
            addAdapterListener(
                (b, cause) ->
                    done.completeExceptionally(
                        cause instanceof BleException e
                            ? e
                            : new AdapterUnavailableException(
                                "the adapter went away during the scan: " + cause, cause)));
        Registration scan =
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
        done.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException expected) {
        // the scan ran its full length
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BleException("interrupted while scanning", e);
    } catch (ExecutionException e) {
      throw Futures.rethrow(e.getCause());
    }
    synchronized (results) {
      return new ArrayList<>(results.values());
    }
  }

  /**
   * Scans for a given time with default options; blocking.
   *
   * @param timeout how long to scan
   * @return one merged result per device heard, the first heard first
   */
  default List<ScanResult> scan(Duration timeout) {
    return scan(ScanOptions.defaults(timeout));
  }

  /** Decides after each packet whether a blocking scan may end early. */
  @FunctionalInterface
  interface ScanCallback {
    /**
     * Returns true to end the scan now.
     *
     * @param updated the result of the device just heard, merged with its earlier packets
     * @return true to end the scan now, false to scan on
     */
    boolean stop(ScanResult updated);
  }
}
