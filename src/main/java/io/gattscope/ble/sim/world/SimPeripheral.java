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

  /**
   * Validates the fields.
   *
   * @param name a short name for logs and the control API; not null
   * @param advertiser its advertising; not null
   * @param database its GATT database; required when the advertiser is connectable
   * @param streams the values it notifies or indicates by itself; copied
   * @param passkey the passkey its bonding needs, or empty; not null
   * @throws IllegalArgumentException when a connectable device has no database
   */
  public SimPeripheral {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(advertiser, "advertiser");
    streams = List.copyOf(streams);
    Objects.requireNonNull(passkey, "passkey");
    if (advertiser.connectable() && database == null) {
      throw new IllegalArgumentException(name + " is connectable but has no GATT database");
    }
  }

  /**
   * A non-connectable advertiser.
   *
   * @param name a short name for logs and the control API
   * @param advertiser its advertising, which must not be connectable
   * @return a peripheral without database, streams or passkey
   */
  public static SimPeripheral beacon(String name, Advertiser advertiser) {
    return new SimPeripheral(name, advertiser, null, List.of(), OptionalInt.empty());
  }

  /**
   * Its address.
   *
   * @return the address it advertises with
   */
  public BleAddress address() {
    return advertiser.address();
  }

  /**
   * Its address type.
   *
   * @return public or random, as it advertises
   */
  public AddressType addressType() {
    return advertiser.addressType();
  }

  /**
   * A new ATT server over its database, or empty for a beacon.
   *
   * @return a server with its own per-connection state; the database is shared
   */
  public Optional<AttServer> server() {
    return Optional.ofNullable(database).map(AttServer::new);
  }

  /**
   * The stream pushing the given value handle, if any.
   *
   * @param valueHandle a characteristic value handle
   * @return the stream that notifies or indicates that value, or empty
   */
  public Optional<ValueStream> stream(int valueHandle) {
    return streams.stream().filter(s -> s.valueHandle() == valueHandle).findFirst();
  }
}
