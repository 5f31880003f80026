package io.gattscope.ble.bluez;

import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.GattArguments;
import io.gattscope.ble.NotConnectedException;
import io.gattscope.ble.WriteType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

/**
 * Reads and writes one device's characteristic values and descriptors by handle through {@code
 * ReadValue}/{@code WriteValue} on the object the handle maps to, queued one at a time. Bad input
 * is refused before anything is queued or sent.
 */
final class GattAccess {
  private final BluezBus bus;
  private final String devicePath;
  private final BleAddress address;
  private final OperationQueue queue;
  private final Duration timeout;
  private final BooleanSupplier connected;

  GattAccess(
      BluezBus bus,
      String devicePath,
      BleAddress address,
      OperationQueue queue,
      Duration timeout,
      BooleanSupplier connected) {
    this.bus = bus;
    this.devicePath = devicePath;
    this.address = address;
    this.queue = queue;
    this.timeout = timeout;
    this.connected = connected;
  }

  /** The largest {@code MTU} property among the device's characteristics, else 23. */
  int mtu() {
    int mtu = 23;
    for (String c : bus.tree().paths(devicePath + "/", BluezApi.GATT_CHARACTERISTIC)) {
      mtu =
          Math.max(
              mtu,
              bus.tree()
                  .properties(c, BluezApi.GATT_CHARACTERISTIC)
                  .flatMap(p -> Values.integer(p, "MTU"))
                  .orElse(0));
    }
    return mtu;
  }

  /** Reads from an offset (0 to 512). */
  CompletableFuture<byte[]> read(int handle, int offset) {
    GattArguments.requireFitsAt(offset, 0);
    String what = String.format(Locale.ROOT, "read of handle 0x%04X", handle);
    String target = attribute(handle, what);
    if (target == null) {
      return notConnected(what);
    }
    Map<String, Variant<?>> opts = Map.of("offset", new Variant<>(new UInt16(offset)));
    return queue.submit(
        what, timeout, () -> call(target, "ReadValue", BluezErrors.Kind.READ, handle, what, opts));
  }

  /** One write that must fit a PDU when BlueZ reports the MTU (at most MTU - 3 bytes). */
  CompletableFuture<Void> writeShort(int handle, byte[] value, WriteType type) {
    // Without a published MTU BlueZ may have negotiated more than 23: only the size limits apply.
    GattArguments.requireWritable(value, type, mtuKnown() ? mtu() : GattArguments.MAX_VALUE + 3);
    return write(handle, value, type, 0);
  }

  /** Writes at an offset; the type becomes the option {@code type} ("request" or "command"). */
  CompletableFuture<Void> write(int handle, byte[] value, WriteType type, int offset) {
    if (value == null) {
      throw new IllegalArgumentException("no value given for the write to handle " + handle);
    }
    if (type == null) {
      throw new IllegalArgumentException("no write type given for handle " + handle);
    }
    GattArguments.requireFitsAt(offset, value.length);
    String what = String.format(Locale.ROOT, "write of handle 0x%04X", handle);
    String target = attribute(handle, what);
    if (target == null) {
      return notConnected(what);
    }
    byte[] copy = value.clone();
    Map<String, Variant<?>> opts =
        Map.of(
            "offset", new Variant<>(new UInt16(offset)),
            "type", new Variant<>(type == WriteType.COMMAND ? "command" : "request"));
    return queue.submit(
        what,
        timeout,
        () -> call(target, "WriteValue", BluezErrors.Kind.WRITE, handle, what, copy, opts));
  }

  private boolean mtuKnown() {
    return bus.tree().paths(devicePath + "/", BluezApi.GATT_CHARACTERISTIC).stream()
        .anyMatch(
            c ->
                bus.tree()
                    .properties(c, BluezApi.GATT_CHARACTERISTIC)
                    .map(p -> p.containsKey("MTU"))
                    .orElse(false));
  }

  /**
   * The object path of a value or descriptor handle, or null when not connected.
   *
   * @throws AttributeLookupException when no discovered attribute has the handle
   */
  String attribute(int handle, String what) {
    GattArguments.requireHandle(handle);
    if (!connected.getAsBoolean()) {
      return null;
    }
    String p = GattTree.of(bus.tree(), devicePath).pathsByHandle().get(handle);
    if (p == null) {
      throw new AttributeLookupException(
          String.format(
              Locale.ROOT,
              "%s: no characteristic value or descriptor at handle 0x%04X on %s (BlueZ only"
                  + " reaches attributes it discovered)",
              what,
              handle,
              address),
          List.of());
    }
    return p;
  }

  private <T> CompletableFuture<T> call(
      String target,
      String method,
      BluezErrors.Kind kind,
      int handle,
      String what,
      Object... args) {
    Class<? extends DBusInterface> type =
        target.contains("/desc")
            ? BluezApi.GattDescriptor1.class
            : BluezApi.GattCharacteristic1.class;
    CompletableFuture<T> reply =
        bus.<T>call(bus.remote(target, type), method, args)
            .exceptionallyCompose(
                e -> CompletableFuture.failedFuture(BluezErrors.map(e, what, kind, handle)));
    String iface =
        type == BluezApi.GattDescriptor1.class
            ? BluezApi.GATT_DESCRIPTOR
            : BluezApi.GATT_CHARACTERISTIC;
    CompletableFuture<Void> removed = bus.tree().await(target, iface, Map::isEmpty);
    removed.thenRun(
        () ->
            reply.completeExceptionally(
                new AttributeLookupException(
                    String.format(
                        Locale.ROOT,
                        "%s on %s failed: BlueZ removed %s while the call was pending (the"
                            + " device's services changed or it went away)",
                        what,
                        address,
                        target),
                    List.of())));
    reply.whenComplete((v, e) -> removed.cancel(false));
    return reply;
  }

  private <T> CompletableFuture<T> notConnected(String what) {
    return CompletableFuture.failedFuture(
        new NotConnectedException(what + " needs a connection to " + address));
  }
}
