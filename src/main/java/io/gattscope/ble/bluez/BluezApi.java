package io.gattscope.ble.bluez;

import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.FileDescriptor;
import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The few {@code org.bluez} D-Bus interfaces the backend calls or exports (BlueZ doc/*-api). */
public final class BluezApi {
  /** The well-known bus name of the BlueZ daemon. */
  public static final String SERVICE = "org.bluez";

  public static final String ADAPTER = "org.bluez.Adapter1";
  public static final String DEVICE = "org.bluez.Device1";
  public static final String GATT_SERVICE = "org.bluez.GattService1";
  public static final String GATT_CHARACTERISTIC = "org.bluez.GattCharacteristic1";
  public static final String GATT_DESCRIPTOR = "org.bluez.GattDescriptor1";
  public static final String AGENT_MANAGER = "org.bluez.AgentManager1";

  private BluezApi() {}

  /** An adapter: discovery and device removal. */
  @DBusInterfaceName(ADAPTER)
  public interface Adapter1 extends DBusInterface {
    void StartDiscovery();

    void StopDiscovery();

    void SetDiscoveryFilter(Map<String, Variant<?>> filter);

    void RemoveDevice(DBusPath device);

    DBusPath ConnectDevice(Map<String, Variant<?>> properties);
  }

  /** A remote device: connection and pairing. */
  @DBusInterfaceName(DEVICE)
  public interface Device1 extends DBusInterface {
    void Connect();

    void Disconnect();

    void Pair();

    void CancelPairing();
  }

  /** A remote characteristic: value access and notifications. */
  @DBusInterfaceName(GATT_CHARACTERISTIC)
  public interface GattCharacteristic1 extends DBusInterface {
    byte[] ReadValue(Map<String, Variant<?>> options);

    void WriteValue(byte[] value, Map<String, Variant<?>> options);

    void StartNotify();

    void StopNotify();

    AcquiredSocket AcquireNotify(Map<String, Variant<?>> options);
  }

  /** A remote descriptor: value access. */
  @DBusInterfaceName(GATT_DESCRIPTOR)
  public interface GattDescriptor1 extends DBusInterface {
    byte[] ReadValue(Map<String, Variant<?>> options);

    void WriteValue(byte[] value, Map<String, Variant<?>> options);
  }

  /** Registers pairing agents. */
  @DBusInterfaceName(AGENT_MANAGER)
  public interface AgentManager1 extends DBusInterface {
    void RegisterAgent(DBusPath agent, String capability);

    void UnregisterAgent(DBusPath agent);

    void RequestDefaultAgent(DBusPath agent);
  }

  /** The pairing agent BlueZ calls back (exported by the backend). */
  @DBusInterfaceName("org.bluez.Agent1")
  public interface Agent1 extends DBusInterface {
    void Release();

    String RequestPinCode(DBusPath device);

    void DisplayPinCode(DBusPath device, String pincode);

    UInt32 RequestPasskey(DBusPath device);

    void DisplayPasskey(DBusPath device, UInt32 passkey, UInt16 entered);

    void RequestConfirmation(DBusPath device, UInt32 passkey);

    void RequestAuthorization(DBusPath device);

    void AuthorizeService(DBusPath device, String uuid);

    void Cancel();
  }

  /**
   * What {@code AcquireNotify} returns: a SOCK_SEQPACKET descriptor and the ATT MTU (23 to 517).
   */
  public static final class AcquiredSocket extends Tuple {
    @Position(0)
    private final FileDescriptor fd;

    @Position(1)
    private final UInt16 mtu;

    public AcquiredSocket(FileDescriptor fd, UInt16 mtu) {
      this.fd = fd;
      this.mtu = mtu;
    }

    public FileDescriptor fd() {
      return fd;
    }

    public UInt16 mtu() {
      return mtu;
    }
  }
}
