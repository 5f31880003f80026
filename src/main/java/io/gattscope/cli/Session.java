package io.gattscope.cli;

import io.gattscope.ble.AttributeValue;
import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.Futures;
import io.gattscope.ble.GattCharacteristic;
import io.gattscope.ble.Uuids;
import io.gattscope.bytes.HexText;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connected device and its adapter; closing disconnects and stops the adapter. */
final class Session implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Session.class);

  private final BleBackend backend;
  private final BleDevice device;
  private final Duration callTimeout;
  private boolean closed;

  private Session(BleBackend backend, BleDevice device, Duration callTimeout) {
    this.backend = backend;
    this.device = device;
    this.callTimeout = callTimeout;
  }

  static Session connect(
      BleBackend backend,
      DeviceOptions target,
      Duration connectTimeout,
      Duration callTimeout,
      PrintStream err) {
    ConnectOptions options =
        target.apply(
            ConnectOptions.defaults()
                .withTimeout(connectTimeout)
                .withOperationTimeout(callTimeout));
    err.println("Connecting to " + target.address + " (" + target.addressType() + ")");
    try {
      BleDevice device = backend.connect(target.address, options);
      return new Session(backend, device, callTimeout);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
  }

  BleDevice device() {
    return device;
  }

  BleBackend backend() {
    return backend;
  }

  Duration callTimeout() {
    return callTimeout;
  }

  /** Finds the characteristic a reference names, discovering the database when needed. */
  GattCharacteristic resolve(CharacteristicRef ref) {
    return Futures.await(
        device.resolveAsync(ref), callTimeout.multipliedBy(3), "service discovery");
  }

  /**
   * The value handle a reference names: a handle reference is used as given (no discovery), any
   * other is resolved.
   */
  Target target(CharacteristicRef ref) {
    if (ref instanceof CharacteristicRef.ByHandle h) {
      return new Target(h.handle(), Optional.empty(), Optional.empty());
    }
    GattCharacteristic c = resolve(ref);
    return new Target(c.valueHandle(), Optional.of(c), Optional.of(c.uuid()));
  }

  /**
   * Reads a characteristic named by bare UUID with Read By Type, without discovery; empty when the
   * reference is not a bare UUID or the backend's answer does not settle it (the caller then
   * resolves the reference and reads, which gives the usual errors).
   */
  Optional<Read> readByType(CharacteristicRef ref) {
    if (!(ref instanceof CharacteristicRef.ByUuid u)) {
      return Optional.empty();
    }
    Optional<AttributeValue> v =
        Futures.await(
            device.readByTypeAsync(u.uuid()), callTimeout.multipliedBy(3), "read of " + ref);
    return v.map(
        a -> new Read(new Target(a.handle(), Optional.empty(), Optional.of(u.uuid())), a.value()));
  }

  /** A value and where it was read from. */
  record Read(Target target, byte[] value) {}

  /**
   * A value handle, its characteristic when discovery ran, and its UUID when discovery or a read by
   * type gave it.
   */
  record Target(int valueHandle, Optional<GattCharacteristic> characteristic, Optional<UUID> uuid) {
    CharacteristicRef ref() {
      return CharacteristicRef.handle(valueHandle);
    }

    String label() {
      String handle = "handle " + HexText.u16(valueHandle);
      return uuid.map(u -> Uuids.format(u) + " (" + handle + ")").orElse(handle);
    }
  }

  /** Disconnects (ignoring a link already gone) and stops the adapter; runs once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      device.disconnect();
    } catch (BleException e) {
      LOG.debug("disconnect of {} failed: {}", device.address(), e.toString());
    } finally {
      backend.close();
    }
  }
}
