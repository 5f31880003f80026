package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.gatt.AttServer;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A simulated device in radio range: how it advertises and, when connectable, its GATT database,
 * the values it pushes and the passkey it pairs with.
 *
 * @param name a short name for logs and the control API ("hrm", "ibeacon-1")
 * @param advertiser its advertising
 * @param database its GATT database, null for a non-connectable advertiser
 * @param streams the values it notifies or indicates by itself
 * @param passkey the passkey (0..999999) its bonding needs, or empty when it does not ask for one
 */
public record SimPeripheral(
    String name,
    Advertiser advertiser,
    AttributeDatabase database,
    List<ValueStream> streams,
    OptionalInt passkey) {

  /** Validates the fields. */
  public SimPeripheral {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(advertiser, "advertiser");
    streams = List.copyOf(streams);
    Objects.requireNonNull(passkey, "passkey");
    if (advertiser.connectable() && database == null) {
      throw new IllegalArgumentException(name + " is connectable but has no GATT database");
    }
  }

  /** A non-connectable advertiser. */
  public static SimPeripheral beacon(String name, Advertiser advertiser) {
    return new SimPeripheral(name, advertiser, null, List.of(), OptionalInt.empty());
  }

  /** Its address. */
  public BleAddress address() {
    return advertiser.address();
  }

  /** Its address type. */
  public AddressType addressType() {
    return advertiser.addressType();
  }

  /** A new ATT server over its database, or empty for a beacon. */
  public Optional<AttServer> server() {
    return Optional.ofNullable(database).map(AttServer::new);
  }

  /** The stream pushing the given value handle, if any. */
  public Optional<ValueStream> stream(int valueHandle) {
    return streams.stream().filter(s -> s.valueHandle() == valueHandle).findFirst();
  }
}
