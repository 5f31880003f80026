package io.gattscope.ble.bluez;

import io.gattscope.ble.BleException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.PairingHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pairing: exports an agent, registers it with {@code AgentManager1} ({@code RegisterAgent}
 * only: it is never made the system's default agent, so BlueZ asks it only about the pairing this
 * process started), calls {@code Device1.Pair}, completes once the mirror shows {@code Paired} (so
 * {@link BluezDevice#bonded()} agrees), and unregisters the agent before it completes, whatever the
 * outcome.
 */
final class BluezPairing {
  private static final Logger LOG = LoggerFactory.getLogger(BluezPairing.class);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final BluezBus bus;
  private final BluezDevice device;
  private final PairingHandler handler;

  BluezPairing(BluezBus bus, BluezDevice device, PairingHandler handler) {
    this.bus = bus;
    this.device = device;
    this.handler = handler;
  }

  CompletableFuture<Void> pair() {
    String agentPath = "/io/gattscope/agent" + COUNTER.incrementAndGet();
    BluezAgent agent =
        new BluezAgent(
            agentPath,
            device.address(),
            handler,
            device.events(),
            device.operationTimeout().multipliedBy(3));
    try {
      bus.connection().exportObject(agentPath, agent);
    } catch (DBusException e) {
      return CompletableFuture.failedFuture(
          new BleException("cannot export the pairing agent: " + e.getMessage(), e));
    }
    var manager = bus.remote("/org/bluez", BluezApi.AgentManager1.class);
    DBusPath agentObject = new DBusPath(agentPath);
    String what = "pairing with " + device.address();
    CompletableFuture<Void> result =
        bus.<Void>call(
                manager,
                "RegisterAgent",
                agentObject,
                BluezAgent.capability(handler.ioCapability()))
            .thenCompose(
                v -> bus.<Void>call(bus.remote(device.path(), BluezApi.Device1.class), "Pair"))
            .thenCompose(
                v ->
                    bus.tree().await(device.path(), BluezApi.DEVICE, p -> Values.flag(p, "Paired")))
            .exceptionallyCompose(
                e ->
                    CompletableFuture.failedFuture(
                        BluezErrors.map(Futures.unwrap(e), what, BluezErrors.Kind.PAIR, 0)));
    return result
        .handle((v, e) -> e)
        .thenCompose(
            failure ->
                bus.<Void>call(manager, "UnregisterAgent", agentObject)
                    .handle(
                        (x, err) -> {
                          if (err != null) {
                            LOG.debug("UnregisterAgent failed: {}", err.toString());
                          }
                          bus.connection().unExportObject(agentPath);
                          if (failure != null) {
                            throw new CompletionException(Futures.unwrap(failure));
                          }
                          return null;
                        }));
  }
}
