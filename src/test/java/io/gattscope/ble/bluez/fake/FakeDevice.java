package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;

/** {@code Device1}: connects, resolves its GATT objects, pairs through the registered agent. */
public final class FakeDevice extends FakeObject implements BluezApi.Device1 {
  private final List<FakeObject> gatt = new ArrayList<>();
  private boolean gattExported;
  private volatile int expectedPasskey = -1;
  private volatile Supplier<DBusExecutionException> connectError;
  private volatile boolean resolveServices = true;

  FakeDevice(FakeBluez bluez, String path) {
    super(bluez, path);
  }

  /** Adds a primary service whose declaration is at {@code handle}. */
  public FakeService addService(int handle, String uuid) {
    FakeService s = new FakeService(bluez, String.format("%s/service%04x", path(), handle));
    s.with(
        BluezApi.GATT_SERVICE,
        Map.of(
            "UUID", new Variant<>(uuid),
            "Primary", new Variant<>(true),
            "Device", new Variant<>(new DBusPath(path()))));
    s.device = this;
    gatt.add(s);
    return s;
  }

  void addGatt(FakeObject o) {
    gatt.add(o);
  }

  /** Pairing succeeds only when the agent answers this passkey. */
  public void expectPasskey(int passkey) {
    expectedPasskey = passkey;
  }

  /** Whether Connect ends with ServicesResolved true (false: the link comes up, nothing else). */
  public void resolveServices(boolean resolve) {
    resolveServices = resolve;
  }

  public void failConnect(Supplier<DBusExecutionException> error) {
    connectError = error;
  }

  @Override
  public void Connect() {
    if (connectError != null) {
      throw connectError.get();
    }
    set(BluezApi.DEVICE, "Connected", new Variant<>(true));
    try {
      synchronized (this) {
        if (!gattExported) {
          for (FakeObject o : gatt) {
            bluez.add(o);
          }
          gattExported = true;
        }
      }
    } catch (DBusException e) {
      throw new org.bluez.Error.Failed(e.getMessage());
    }
    if (resolveServices) {
      set(BluezApi.DEVICE, "ServicesResolved", new Variant<>(true));
    }
  }

  @Override
  public void Disconnect() {
    bluez.record("Disconnect " + path());
    set(BluezApi.DEVICE, "ServicesResolved", new Variant<>(false));
    set(BluezApi.DEVICE, "Connected", new Variant<>(false));
  }

  /** The peer drops the link. */
  public void linkLost() {
    set(BluezApi.DEVICE, "ServicesResolved", new Variant<>(false));
    set(BluezApi.DEVICE, "Connected", new Variant<>(false));
  }

  @Override
  public void Pair() {
    long answer;
    try {
      answer = bluez.agentManager.agent().RequestPasskey(new DBusPath(path())).longValue();
    } catch (DBusException e) {
      throw new org.bluez.Error.Failed(e.getMessage());
    } catch (DBusExecutionException e) {
      throw new org.bluez.Error.AuthenticationCanceled("agent refused: " + e.getMessage());
    }
    if (answer != expectedPasskey) {
      throw new org.bluez.Error.AuthenticationFailed("passkey " + answer + " is wrong");
    }
    set(BluezApi.DEVICE, Map.of("Paired", new Variant<>(true), "Bonded", new Variant<>(true)));
  }

  @Override
  public void CancelPairing() {}
}
