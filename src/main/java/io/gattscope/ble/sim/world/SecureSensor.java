package io.gattscope.ble.sim.world;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.sim.gatt.AttPermissions;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The simulated "GattScope Secure": a random static address and a secret characteristic that
 * answers insufficient authentication until the link is bonded with passkey 123456.
 */
public final class SecureSensor {
  /** Its random static address (top two bits set). */
  public static final BleAddress ADDRESS = BleAddress.parse("C6:5E:01:00:00:05");

  /** The passkey it bonds with. */
  public static final int PASSKEY = 123456;

  /** The vendor service, in its scan response as a 128-bit UUID. */
  public static final UUID SERVICE = UUID.fromString("c0de0000-7e57-4a11-b0b0-5ec0de000000");

  /** The status characteristic: readable by anyone, "locked" in UTF-8. */
  public static final UUID STATUS_UUID = UUID.fromString("c0de0001-7e57-4a11-b0b0-5ec0de000000");

  /**
   * The secret characteristic: read and written (up to 20 bytes) only over an authenticated link.
   */
  public static final UUID SECRET_UUID = UUID.fromString("c0de0002-7e57-4a11-b0b0-5ec0de000000");

  /** Value handle of the status characteristic. */
  public static final int STATUS = 0x0008;

  /** Value handle of the secret characteristic; reading it unbonded fails with 0x05. */
  public static final int SECRET = 0x000A;

  /** The secret's value once bonded. */
  public static final String SECRET_VALUE = "s3cr3t-42";

  private SecureSensor() {}

  /**
   * Builds the peripheral.
   *
   * @return a connectable random-address peripheral at {@link #ADDRESS} that bonds with {@link
   *     #PASSKEY}
   */
  public static SimPeripheral create() {
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    StandardServices.genericAccess(b, "GattScope Secure", 0x0000);
    b.service(SERVICE);
    b.characteristic(STATUS_UUID, CharProps.READ, StandardServices.utf8("locked"));
    int rw = CharProps.READ | CharProps.WRITE;
    b.characteristic(
        SECRET_UUID,
        rw,
        AttPermissions.fromProperties(rw).withAuthentication().withLength(0, 20),
        StandardServices.utf8(SECRET_VALUE),
        null,
        null);
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.RANDOM,
            0,
            200,
            AdData.create().flags(0x06).name("GattScope Secure").build(),
            AdData.create().service128(SERVICE).build(),
            -66);
    return new SimPeripheral("secure", adv, b.build(), List.of(), OptionalInt.of(PASSKEY));
  }
}
