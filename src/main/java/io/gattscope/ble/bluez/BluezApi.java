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

  /** The interface of a local adapter object, such as {@code /org/bluez/hci0}. */
  public static final String ADAPTER = "org.bluez.Adapter1";

  /** The interface of a remote device object under an adapter. */
  public static final String DEVICE = "org.bluez.Device1";

  /** The interface of a remote GATT service object under a device. */
  public static final String GATT_SERVICE = "org.bluez.GattService1";

  /** The interface of a remote characteristic object under a service. */
  public static final String GATT_CHARACTERISTIC = "org.bluez.GattCharacteristic1";

  /** The interface of a remote descriptor object under a characteristic. */
  public static final String GATT_DESCRIPTOR = "org.bluez.GattDescriptor1";

  /** The interface on {@code /org/bluez} that registers pairing agents. */
  public static final String AGENT_MANAGER = "org.bluez.AgentManager1";

  private BluezApi() {}

  /** An adapter: discovery and device removal. */
  @DBusInterfaceName(ADAPTER)
  public interface Adapter1 extends DBusInterface {
    /** Starts discovery with the filter set before; devices appear as new objects. */
    void StartDiscovery();

    /** Stops the discovery this client started. */
    void StopDiscovery();

    /**
     * Sets the filter for this client's discoveries.
     *
     * @param filter filter entries such as {@code Transport} "le", {@code DuplicateData} and {@code
     *     RSSI}; empty clears the filter
     */
    void SetDiscoveryFilter(Map<String, Variant<?>> filter);

    /**
     * Removes a device object and its bond.
     *
     * @param device the object path of the device to remove
     */
    void RemoveDevice(DBusPath device);

    /**
     * Connects to a device that discovery has not reported (BlueZ 5.49 and later, experimental).
     *
     * @param properties at least {@code Address}, and {@code AddressType} "public" or "random"
     * @return the object path of the device
     */
    DBusPath ConnectDevice(Map<String, Variant<?>> properties);
  }

  /** A remote device: connection and pairing. */
  @DBusInterfaceName(DEVICE)
  public interface Device1 extends DBusInterface {
    /** Connects to the device and resolves its services. */
    void Connect();

    /** Disconnects the device. */
    void Disconnect();

    /** Pairs with the device, calling the registered agent when the method needs input. */
    void Pair();

    /** Cancels a pairing that {@link #Pair()} started. */
    void CancelPairing();
  }

  /** A remote characteristic: value access and notifications. */
  @DBusInterfaceName(GATT_CHARACTERISTIC)
  public interface GattCharacteristic1 extends DBusInterface {
    /**
     * Reads the characteristic value.
     *
     * @param options read options such as {@code offset} (uint16)
     * @return the value bytes from the offset
     */
    byte[] ReadValue(Map<String, Variant<?>> options);

    /**
     * Writes the characteristic value.
     *
     * @param value the bytes to write
     * @param options write options such as {@code type} ("request" or "command") and {@code offset}
     *     (uint16)
     */
    void WriteValue(byte[] value, Map<String, Variant<?>> options);

    /** Enables notifications or indications; values arrive as {@code Value} property changes. */
    void StartNotify();

    /** Disables the notifications or indications this client enabled. */
    void StopNotify();

    /**
     * Enables notifications delivered on a socket instead of as property changes.
     *
     * @param options call options; the backend passes none
     * @return the socket and the MTU
     */
    AcquiredSocket AcquireNotify(Map<String, Variant<?>> options);
  }

  /** A remote descriptor: value access. */
  @DBusInterfaceName(GATT_DESCRIPTOR)
  public interface GattDescriptor1 extends DBusInterface {
    /**
     * Reads the descriptor value.
     *
     * @param options read options such as {@code offset} (uint16)
     * @return the value bytes from the offset
     */
    byte[] ReadValue(Map<String, Variant<?>> options);

    /**
     * Writes the descriptor value.
     *
     * @param value the bytes to write
     * @param options write options such as {@code offset} (uint16)
     */
    void WriteValue(byte[] value, Map<String, Variant<?>> options);
  }

  /** Registers pairing agents. */
  @DBusInterfaceName(AGENT_MANAGER)
  public interface AgentManager1 extends DBusInterface {
    /**
     * Registers a pairing agent.
     *
     * @param agent the object path the agent is exported at
     * @param capability its IO capability, such as "KeyboardDisplay" or "NoInputNoOutput"
     */
    void RegisterAgent(DBusPath agent, String capability);

    /**
     * Unregisters a pairing agent.
     *
     * @param agent the object path the agent was registered with
     */
    void UnregisterAgent(DBusPath agent);

    /**
     * Makes a registered agent the default one for pairings nobody else asked for.
     *
     * @param agent the object path the agent was registered with
     */
    void RequestDefaultAgent(DBusPath agent);
  }

  /** The pairing agent BlueZ calls back (exported by the backend). */
  @DBusInterfaceName("org.bluez.Agent1")
  public interface Agent1 extends DBusInterface {
    /** BlueZ has unregistered the agent. */
    void Release();

    /**
     * Asks for a legacy PIN code.
     *
     * @param device the object path of the remote device
     * @return the PIN code, 1 to 16 characters
     */
    String RequestPinCode(DBusPath device);

    /**
     * Asks to show a legacy PIN code.
     *
     * @param device the object path of the remote device
     * @param pincode the PIN code to show
     */
    void DisplayPinCode(DBusPath device, String pincode);

    /**
     * Asks for the passkey shown on the remote device.
     *
     * @param device the object path of the remote device
     * @return the passkey, 0 to 999999
     */
    UInt32 RequestPasskey(DBusPath device);

    /**
     * Asks to show a passkey the user types on the remote device.
     *
     * @param device the object path of the remote device
     * @param passkey the passkey to show, 0 to 999999
     * @param entered how many digits the user has typed so far
     */
    void DisplayPasskey(DBusPath device, UInt32 passkey, UInt16 entered);

    /**
     * Asks to confirm that both devices show the same passkey; an error reply rejects it.
     *
     * @param device the object path of the remote device
     * @param passkey the passkey to compare, 0 to 999999
     */
    void RequestConfirmation(DBusPath device, UInt32 passkey);

    /**
     * Asks to authorize a pairing that needs no passkey; an error reply rejects it.
     *
     * @param device the object path of the remote device
     */
    void RequestAuthorization(DBusPath device);

    /**
     * Asks to authorize a connection to a service; an error reply rejects it.
     *
     * @param device the object path of the remote device
     * @param uuid the UUID of the service
     */
    void AuthorizeService(DBusPath device, String uuid);

    /** The request BlueZ made last was cancelled. */
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

    /**
     * Creates the tuple from the reply's values.
     *
     * @param fd the socket file descriptor
     * @param mtu the ATT MTU (23 to 517)
     */
    public AcquiredSocket(FileDescriptor fd, UInt16 mtu) {
      this.fd = fd;
      this.mtu = mtu;
    }

    /**
     * The socket that delivers one notification per packet.
     *
     * @return the file descriptor
     */
    public FileDescriptor fd() {
      return fd;
    }

    /**
     * The ATT MTU of the link, which bounds one notification to MTU - 3 bytes.
     *
     * @return the MTU (23 to 517)
     */
    public UInt16 mtu() {
      return mtu;
    }
  }
}
