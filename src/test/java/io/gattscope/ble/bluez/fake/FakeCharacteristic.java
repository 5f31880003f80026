package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bluez.Error.InvalidOffset;
import org.bluez.Error.NotSupported;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;

/** {@code GattCharacteristic1}: a value, recorded writes, notifications as PropertiesChanged. */
public final class FakeCharacteristic extends FakeObject implements BluezApi.GattCharacteristic1 {
  /** One WriteValue call as received. */
  public record Write(byte[] value, int offset, String type) {}

  FakeDevice device;
  private volatile byte[] value = new byte[0];
  private volatile Supplier<DBusExecutionException> nextError;
  private volatile CountDownLatch gate;
  private volatile CountDownLatch writeGate;
  private volatile CountDownLatch stopNotifyGate;
  private final List<Write> writes = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();

  FakeCharacteristic(FakeBluez bluez, String path) {
    super(bluez, path);
  }

  /** Adds a descriptor at {@code handle}. */
  public FakeObject addDescriptor(int handle, String uuid) {
    FakeDescriptor d = new FakeDescriptor(bluez, String.format("%s/desc%04x", path(), handle));
    d.with(
        BluezApi.GATT_DESCRIPTOR,
        Map.of(
            "UUID", new Variant<>(uuid),
            "Characteristic", new Variant<>(new DBusPath(path()))));
    device.addGatt(d);
    return d;
  }

  public void value(byte[] v) {
    value = v.clone();
  }

  public byte[] value() {
    return value.clone();
  }

  /** The next ReadValue or WriteValue fails with this error. */
  public void failNext(Supplier<DBusExecutionException> error) {
    nextError = error;
  }

  /** ReadValue waits on this latch (up to 10 s) before answering. */
  public void holdReads(CountDownLatch latch) {
    gate = latch;
  }

  /** WriteValue waits on this latch (up to 10 s) before answering. */
  public void holdWrites(CountDownLatch latch) {
    writeGate = latch;
  }

  public synchronized List<Write> writes() {
    return List.copyOf(writes);
  }

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** Sends a notification the way BlueZ does: PropertiesChanged on Value. */
  public void notifyValue(byte[] v) {
    value = v.clone();
    set(BluezApi.GATT_CHARACTERISTIC, "Value", new Variant<>(v));
  }

  private void maybeFail() {
    Supplier<DBusExecutionException> e = nextError;
    if (e != null) {
      nextError = null;
      throw e.get();
    }
  }

  private static int offset(Map<String, Variant<?>> options) {
    Variant<?> o = options.get("offset");
    return o == null ? 0 : ((Number) o.getValue()).intValue();
  }

  @Override
  public byte[] ReadValue(Map<String, Variant<?>> options) {
    synchronized (this) {
      calls.add("ReadValue");
    }
    bluez.record("ReadValue arrived " + path());
    CountDownLatch g = gate;
    if (g != null) {
      try {
        g.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    bluez.record("ReadValue answered " + path());
    maybeFail();
    byte[] v = value;
    int off = offset(options);
    if (off > v.length) {
      throw new InvalidOffset("offset " + off);
    }
    return Arrays.copyOfRange(v, off, v.length);
  }

  @Override
  public void WriteValue(byte[] v, Map<String, Variant<?>> options) {
    bluez.record("WriteValue " + path());
    CountDownLatch g = writeGate;
    if (g != null) {
      try {
        g.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    maybeFail();
    Variant<?> type = options.get("type");
    int off = offset(options);
    synchronized (this) {
      writes.add(new Write(v.clone(), off, type == null ? null : (String) type.getValue()));
    }
    byte[] current = value;
    byte[] next = Arrays.copyOf(current, Math.max(current.length, off + v.length));
    System.arraycopy(v, 0, next, off, v.length);
    value = next;
  }

  @Override
  public void StartNotify() {
    synchronized (this) {
      calls.add("StartNotify");
    }
    set(BluezApi.GATT_CHARACTERISTIC, "Notifying", new Variant<>(true));
  }

  /** StopNotify from now on records the call and then never answers (within 5 s). */
  public void hangStopNotify() {
    stopNotifyGate = new CountDownLatch(1);
  }

  @Override
  public void StopNotify() {
    synchronized (this) {
      calls.add("StopNotify");
    }
    CountDownLatch hang = stopNotifyGate;
    if (hang != null) {
      try {
        hang.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    bluez.record("StopNotify " + path());
    set(BluezApi.GATT_CHARACTERISTIC, "Notifying", new Variant<>(false));
  }

  @Override
  public BluezApi.AcquiredSocket AcquireNotify(Map<String, Variant<?>> options) {
    synchronized (this) {
      calls.add("AcquireNotify");
    }
    throw new NotSupported("this bus cannot pass file descriptors");
  }
}
