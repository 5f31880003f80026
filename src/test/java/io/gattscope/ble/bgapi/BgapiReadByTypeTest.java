package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AddressType;
import io.gattscope.ble.AttributeLookupException;
import io.gattscope.ble.AttributeValue;
import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattException;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.gatt.AttPermissions;
import io.gattscope.ble.sim.gatt.AttributeDatabase;
import io.gattscope.ble.sim.gatt.AttributeDatabaseBuilder;
import io.gattscope.ble.sim.gatt.CharProps;
import io.gattscope.ble.sim.world.AdData;
import io.gattscope.ble.sim.world.Advertiser;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.SecureSensor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.TwinServices;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a characteristic by UUID with Read By Type, against the simulator. */
class BgapiReadByTypeTest {
  private static final BleAddress LONG_ADDRESS = BleAddress.parse("00:07:80:5E:0A:01");
  private static final UUID LONG_UUID = UUID.fromString("10a90001-0000-4000-8000-00000000aaaa");
  private static final UUID PAIR_UUID = UUID.fromString("10a90002-0000-4000-8000-00000000aaaa");
  private static final byte[] LONG_VALUE = new byte[47];

  private static SimFixture f;

  @BeforeAll
  static void start() {
    f = new SimFixture(SimulatorConfig.defaults().withMaxConnections(8), BgapiOptions.defaults());
    for (int i = 0; i < LONG_VALUE.length; i++) {
      LONG_VALUE[i] = (byte) (i * 7 + 1);
    }
    AttributeDatabaseBuilder b = AttributeDatabase.builder();
    b.service(Uuids.fromShort(0x1800));
    b.characteristic(Uuids.fromShort(0x2A00), CharProps.READ, new byte[] {0x4c});
    b.service(UUID.fromString("10a90000-0000-4000-8000-00000000aaaa"));
    b.characteristic(LONG_UUID, CharProps.READ, LONG_VALUE);
    b.characteristic(PAIR_UUID, CharProps.READ, new byte[] {1});
    b.characteristic(PAIR_UUID, CharProps.WRITE, AttPermissions.none(), new byte[] {2}, null, null);
    Advertiser adv =
        new Advertiser(
            LONG_ADDRESS,
            AddressType.PUBLIC,
            0,
            200,
            AdData.create().name("Long Value").build(),
            new byte[0],
            -60);
    f.sim.addDevice(new SimPeripheral("long", adv, b.build(), List.of(), OptionalInt.empty()));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void aUniqueUuidReadsTheSameValueAndHandleAsTheDiscoveringRead() {
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    Optional<AttributeValue> quick = hrm.readByTypeAsync(Uuids.fromShort(0x2A00)).join();
    assertThat(hrm.services()).as("no discovery ran").isEmpty();
    byte[] discovered = hrm.read(CharacteristicRef.parse("2a00"));
    assertThat(quick).isPresent();
    assertThat(quick.get().handle()).isEqualTo(HeartRateMonitor.DEVICE_NAME);
    assertThat(quick.get().value()).isEqualTo(discovered);
  }

  @Test
  void aValueLongerThanTheResponseIsReadWhole() {
    try (BleDevice d = connectLong()) {
      AttributeValue v = d.readByTypeAsync(LONG_UUID).join().orElseThrow();
      assertThat(v.value()).isEqualTo(LONG_VALUE);
      assertThat(d.readLong(CharacteristicRef.uuid(LONG_UUID))).isEqualTo(LONG_VALUE);
    }
  }

  @Test
  void aUuidOnTwoCharacteristicsIsLeftToDiscoveryWhichRefusesIt() {
    BleDevice twin = f.connect(TwinServices.ADDRESS);
    assertThat(twin.readByTypeAsync(TwinServices.SIDE_UUID).join()).isEmpty();
    assertThatThrownBy(() -> twin.read(CharacteristicRef.uuid(TwinServices.SIDE_UUID)))
        .isInstanceOf(AttributeLookupException.class)
        .hasMessageContaining("ambiguous");
  }

  @Test
  void aSecondUnreadableCharacteristicOfTheUuidStillMakesItAmbiguous() {
    try (BleDevice d = connectLong()) {
      assertThat(d.readByTypeAsync(PAIR_UUID).join()).isEmpty();
      assertThatThrownBy(() -> d.read(CharacteristicRef.uuid(PAIR_UUID)))
          .isInstanceOf(AttributeLookupException.class)
          .hasMessageContaining("ambiguous");
    }
  }

  @Test
  void anUnreadableOrAbsentUuidIsLeftToTheDiscoveringRead() {
    BleDevice secure = f.connectRandom(SecureSensor.ADDRESS);
    assertThat(secure.readByTypeAsync(SecureSensor.SECRET_UUID).join()).isEmpty();
    assertThatThrownBy(() -> secure.read(CharacteristicRef.uuid(SecureSensor.SECRET_UUID)))
        .isInstanceOf(GattException.class)
        .hasMessageContaining("Insufficient Authentication");
    assertThat(secure.readByTypeAsync(Uuids.fromShort(0x2AFF)).join()).isEmpty();
    assertThat(secure.readByTypeAsync(SecureSensor.STATUS_UUID).join())
        .hasValueSatisfying(v -> assertThat(v.handle()).isEqualTo(SecureSensor.STATUS));
  }

  private static BleDevice connectLong() {
    return f.backend.connect(
        LONG_ADDRESS, ConnectOptions.defaults().withOperationTimeout(Duration.ofSeconds(3)));
  }
}
