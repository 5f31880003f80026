package io.gattscope.ble.sim;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import io.gattscope.ble.sim.gatt.DatabaseHash;
import io.gattscope.ble.sim.world.AdData;
import io.gattscope.ble.sim.world.Advertiser;
import io.gattscope.ble.sim.world.GeneratedStream;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test peripheral whose notifications are a uint32 sequence number (little-endian, from 0), so a
 * test sees every lost or duplicated value; it has Service Changed in Generic Attribute.
 */
public final class CounterSensor {
  public static final BleAddress ADDRESS = BleAddress.parse("00:07:80:5E:0C:01");
  public static final UUID SERVICE = UUID.fromString("c0c00000-8d2e-4b5a-9c3f-6a7b8c9d0e1f");
  public static final UUID COUNT = UUID.fromString("c0c00001-8d2e-4b5a-9c3f-6a7b8c9d0e1f");

  private CounterSensor() {}

  /** The peripheral, pushing {@code hz} values a second. */
  public static SimPeripheral create(double hz) {
    AtomicInteger next = new AtomicInteger();
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    b.service(Uuids.fromShort(0x1800));
    b.characteristic(Uuids.fromShort(0x2A00), CharProps.READ, "Counter".getBytes());
    b.service(SERVICE);
    int count = b.characteristic(COUNT, CharProps.READ | CharProps.NOTIFY, new byte[4]);
    b.cccd();
    b.service(Uuids.fromShort(0x1801));
    b.characteristic(Uuids.fromShort(0x2A05), CharProps.INDICATE, new byte[4]);
    b.cccd();
    b.characteristic(DatabaseHash.TYPE, CharProps.READ, new byte[16]);
    AttributeDatabase db = b.build();
    Advertiser adv =
        new Advertiser(
            ADDRESS,
            AddressType.PUBLIC,
            0,
            50,
            AdData.create().flags(0x06).build(),
            AdData.create().name("Counter").build(),
            -50);
    GeneratedStream stream =
        new GeneratedStream(
            db.get(count).orElseThrow(),
            false,
            () -> hz,
            () -> {
              int n = next.getAndIncrement();
              return new byte[] {(byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)};
            });
    return new SimPeripheral("counter", adv, db, List.of(stream), OptionalInt.empty());
  }

  /** A world holding only the counter. */
  public static SimWorld world(double hz) {
    return new SimWorld(List.of(create(hz)));
  }

  /** The sequence number in a value. */
  public static long sequence(byte[] v) {
    return (v[0] & 0xFFL) | (v[1] & 0xFFL) << 8 | (v[2] & 0xFFL) << 16 | (v[3] & 0xFFL) << 24;
  }
}
