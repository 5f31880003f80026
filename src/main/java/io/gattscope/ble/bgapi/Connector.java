package io.gattscope.ble.bgapi;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.Futures;
import io.gattscope.ble.bgapi.codec.BgapiMessage;
import io.gattscope.ble.bgapi.codec.GapMessages;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Makes one connection with gap_connect_direct and waits for its connection_status. */
final class Connector {
  private final CommandChannel channel;
  private final BgapiContext context;
  private final Map<Integer, BgapiDevice> byHandle;
  private final FrameRouter router;
  private final BgapiBackend backend;

  Connector(
      CommandChannel channel,
      BgapiContext context,
      Map<Integer, BgapiDevice> byHandle,
      FrameRouter router,
      BgapiBackend backend) {
    this.channel = channel;
    this.context = context;
    this.byHandle = byHandle;
    this.router = router;
    this.backend = backend;
  }

  /** Connects on the calling (worker) thread; never the I/O thread. */
  BgapiDevice connect(BleAddress address, ConnectOptions o) {
    GapMessages.ConnectDirect command =
        new GapMessages.ConnectDirect(
            address,
            o.addressType().code(),
            units(o.intervalMin().toNanos(), 1_250_000L),
            units(o.intervalMax().toNanos(), 1_250_000L),
            units(o.supervisionTimeout().toNanos(), 10_000_000L),
            o.latency());
    BgapiMessage r = backend.call(command);
    Results.check(r, "gap_connect_direct to " + address, 0);
    int handle = ((GapMessages.ConnectDirectResponse) r).connectionHandle();
    BgapiDevice device =
        new BgapiDevice(handle, address, o.addressType(), context, o.operationTimeout());
    router.register(handle, device);
    try {
      device.whenConnected().get(o.timeout().toNanos(), TimeUnit.NANOSECONDS);
      return device;
    } catch (TimeoutException e) {
      byHandle.remove(handle, device);
      backend.call(new GapMessages.EndProcedure());
      device.onDisconnected(new DisconnectReason(0x3E, "Connection Failed to be Established"));
      throw new BleTimeoutException("connection_status from " + address, o.timeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      byHandle.remove(handle, device);
      backend.call(new GapMessages.EndProcedure());
      throw new BleException("interrupted while connecting to " + address, e);
    } catch (ExecutionException e) {
      byHandle.remove(handle, device);
      throw Futures.rethrow(e.getCause());
    }
  }

  private static int units(long nanos, long unit) {
    return (int) Math.round((double) nanos / unit);
  }
}
