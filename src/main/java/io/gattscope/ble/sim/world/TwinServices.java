package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The simulated "GattScope Twin": two vendor services that each hold a characteristic with the same
 * UUID but different values, so a UUID alone does not name one characteristic.
 */
public final class TwinServices {
  /** Its public address. */
  public static final BleAddress ADDRESS = BleAddress.parse("00:07:80:5E:01:04");

  /** The first vendor service. */
  public static final UUID LEFT_SERVICE = UUID.fromString("b7e10001-5c1a-4f6e-9d3b-2a4c6e8f0a1b");

  /** The second vendor service. */
  public static final UUID RIGHT_SERVICE = UUID.fromString("b7e10002-5c1a-4f6e-9d3b-2a4c6e8f0a1b");

  /** The characteristic UUID both services hold ("left" in one, "right" in the other). */
  public static final UUID SIDE_UUID = UUID.fromString("b7e1aaaa-5c1a-4f6e-9d3b-2a4c6e8f0a1b");

  /** Handle of the left service's declaration. */
  public static final int LEFT_SERVICE_HANDLE = 0x0006;

  /** Value handle of the left side characteristic: readable and writable, "left" in UTF-8. */
  public static final int LEFT_SIDE = 0x0008;

  /** Handle of the right service's declaration. */
  public static final int RIGHT_SERVICE_HANDLE = 0x0009;

  /** Value handle of the right side characteristic: readable and writable, "right" in UTF-8. */
  public static final int RIGHT_SIDE = 0x000B;

  private TwinServices() {}

  /**
   * Builds the peripheral.
   *
   * @return a connectable peripheral at {@link #ADDRESS} without streams or passkey
   */
  public static SimPeripheral create() {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    StandardServices.genericAccess(b, "GattScope Twin", 0x0000);
    int rw = CharProps.READ | CharProps.WRITE;
    b.service(LEFT_SERVICE);
    b.characteristic(SIDE_UUID, rw, StandardServices.utf8("left"));
    b.service(RIGHT_SERVICE);
    b.characteristic(SIDE_UUID, rw, StandardServices.utf8("right"));
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.PUBLIC,
            0,
            300,
            AdData.create().flags(0x06).name("GattScope Twin").build(),
            AdData.create().service128(LEFT_SERVICE).build(),
            -70);
    return new SimPeripheral("twin", adv, b.build(), List.of(), OptionalInt.empty());
  }
}
