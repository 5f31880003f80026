package io.gattscope.ble;

import java.util.concurrent.CompletableFuture;

/** Opens one link to a peer: a backend's own connect, which a {@link LinkSupervisor} repeats. */
@FunctionalInterface
public interface LinkOpener {
  /**
   * Connects once; completes with the connected link or fails.
   *
   * @param address the peer
   * @param options address type, parameters and the timeout of this one attempt
   * @return completes with the connected link, or fails with the attempt's error
   */
  CompletableFuture<BleDevice> open(BleAddress address, ConnectOptions options);
}
