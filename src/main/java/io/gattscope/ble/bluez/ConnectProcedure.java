package io.gattscope.ble.bluez;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleException;
import io.gattscope.ble.Futures;
import io.gattscope.ble.NotConnectedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bluez.Error.AlreadyConnected;

/**
 * BlueZ's connect: {@code Device1.Connect} (an {@code AlreadyConnected} answer counts as success),
 * then the {@code ServicesResolved} property turning true, seen through the mirror's signals. A
 * {@code Connected} that turns false again before that fails the connect.
 */
final class ConnectProcedure {
  private ConnectProcedure() {}

  static CompletableFuture<Void> run(BluezBus bus, String path, BleAddress address) {
    String what = "connection to " + address;
    AtomicBoolean seenConnected = new AtomicBoolean();
    return bus.<Void>call(bus.remote(path, BluezApi.Device1.class), "Connect")
        .exceptionallyCompose(
            e ->
                Futures.unwrap(e) instanceof AlreadyConnected
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.failedFuture(
                        BluezErrors.map(e, what, BluezErrors.Kind.OTHER, 0)))
        .thenCompose(
            v ->
                bus.tree()
                    .await(
                        path,
                        BluezApi.DEVICE,
                        p -> {
                          if (p.isEmpty()) {
                            throw new NotConnectedException(
                                "connection to "
                                    + address
                                    + " failed: BlueZ removed the device object while connecting");
                          }
                          if (Values.flag(p, "Connected")) {
                            seenConnected.set(true);
                          } else if (seenConnected.get()) {
                            throw new BleException(
                                address + " dropped the link before its services were resolved");
                          }
                          return Values.flag(p, "ServicesResolved");
                        }));
  }
}
