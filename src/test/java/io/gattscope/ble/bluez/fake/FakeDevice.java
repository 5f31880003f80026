package io.gattscope.ble.bluez.fake;

import io.gattscope.ble.bluez.BluezApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bluez.Error.AuthenticationCanceled;
import org.bluez.Error.AuthenticationFailed;
import org.bluez.Error.AuthenticationRejected;
import org.bluez.Error.Failed;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
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
      throw new Failed(e.getMessage());
    }
    if (resolveServices) {
      set(BluezApi.DEVICE, "ServicesResolved", new Variant<>(true));
    }
  }

  /**
   * A changed GATT table as BlueZ shows it after a Service Changed indication: {@code
   * ServicesResolved} false, the old GATT objects removed, {@code rebuild} adds new ones with
   * {@link #addService}, they are exported, and {@code ServicesResolved} turns true again.
   */
  public void changeServices(Consumer<FakeDevice> rebuild) throws DBusException {
    set(BluezApi.DEVICE, "ServicesResolved", new Variant<>(false));
    synchronized (this) {
      for (int i = gatt.size() - 1; i >= 0; i--) {
        bluez.remove(gatt.get(i));
      }
      gatt.clear();
    }
    rebuild.accept(this);
    synchronized (this) {
      for (FakeObject o : gatt) {
        bluez.add(o);
      }
    }
    set(BluezApi.DEVICE, "ServicesResolved", new Variant<>(true));
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

  /** How Pair asks the agent: a passkey (default), a numeric comparison, or authorization. */
  public enum PairingQuestion {
    PASSKEY,
    CONFIRMATION,
    AUTHORIZATION
  }

  private volatile PairingQuestion question = PairingQuestion.PASSKEY;
  private volatile String strayDevice;
  private final List<String> strayAnswers = new CopyOnWriteArrayList<>();

  /** Pair asks the agent this kind of question ({@link #expectPasskey} for the number shown). */
  public void askWith(PairingQuestion q) {
    question = q;
  }

  /**
   * During Pair, first asks the agent RequestConfirmation and RequestAuthorization about another
   * device, as bluetoothd would for a pairing someone else started; the answers land in {@link
   * #strayAnswers()}.
   */
  public void alsoAskAbout(String otherDevicePath) {
    strayDevice = otherDevicePath;
  }

  /** "accepted" or "rejected: message" per stray question, in order. */
  public List<String> strayAnswers() {
    return List.copyOf(strayAnswers);
  }

  private void askStray(BluezApi.Agent1 agent) {
    String other = strayDevice;
    if (other == null) {
      return;
    }
    for (int i = 0; i < 2; i++) {
      try {
        if (i == 0) {
          agent.RequestConfirmation(new DBusPath(other), new UInt32(expectedPasskey));
        } else {
          agent.RequestAuthorization(new DBusPath(other));
        }
        strayAnswers.add("accepted");
      } catch (DBusExecutionException e) {
        strayAnswers.add("rejected: " + e.getMessage());
      }
    }
  }

  @Override
  public void Pair() {
    if (question != PairingQuestion.PASSKEY) {
      try {
        BluezApi.Agent1 agent = bluez.agentManager.agent();
        askStray(agent);
        if (question == PairingQuestion.CONFIRMATION) {
          agent.RequestConfirmation(new DBusPath(path()), new UInt32(expectedPasskey));
        } else {
          agent.RequestAuthorization(new DBusPath(path()));
        }
      } catch (DBusException e) {
        throw new Failed(e.getMessage());
      } catch (DBusExecutionException e) {
        throw new AuthenticationRejected("agent refused: " + e.getMessage());
      }
      set(BluezApi.DEVICE, Map.of("Paired", new Variant<>(true), "Bonded", new Variant<>(true)));
      return;
    }
    long answer;
    try {
      BluezApi.Agent1 agent = bluez.agentManager.agent();
      askStray(agent);
      answer = agent.RequestPasskey(new DBusPath(path())).longValue();
    } catch (DBusException e) {
      throw new Failed(e.getMessage());
    } catch (DBusExecutionException e) {
      throw new AuthenticationCanceled("agent refused: " + e.getMessage());
    }
    if (answer != expectedPasskey) {
      throw new AuthenticationFailed("passkey " + answer + " is wrong");
    }
    set(BluezApi.DEVICE, Map.of("Paired", new Variant<>(true), "Bonded", new Variant<>(true)));
  }

  @Override
  public void CancelPairing() {}
}
