package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.bluez.fake.FakeCharacteristic;
import io.gattscope.testsupport.Waits;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service Changed on BlueZ, which handles the indication itself and shows it as {@code
 * ServicesResolved} false, new GATT objects, {@code ServicesResolved} true: the tree is updated,
 * the subscription follows its moved characteristic and a vanished one is reported.
 */
class BluezServiceChangedTest {
  private static final String BATTERY = "0000180f-0000-1000-8000-00805f9b34fb";
  private static final String LEVEL = "00002a19-0000-1000-8000-00805f9b34fb";
  private FakeBluezFixture f;
  private final List<Integer> values = new CopyOnWriteArrayList<>();
  private final List<Integer> handles = new CopyOnWriteArrayList<>();
  private final CompletableFuture<GattDatabase> changed = new CompletableFuture<>();
  private final CompletableFuture<String> lost = new CompletableFuture<>();

  @BeforeEach
  void setUp() throws Exception {
    f = new FakeBluezFixture();
    FakeCharacteristic level =
        f.device.addService(0x0030, BATTERY).addCharacteristic(0x0031, LEVEL, "notify", "read");
    level.addDescriptor(0x0033, FakeBluezFixture.CCCD);
  }

  @AfterEach
  void tearDown() throws Exception {
    f.close();
  }

  @Test
  void aChangedTableMovesTheSubscriptionAndReportsTheVanishedOne() throws Exception {
    BleDevice d = f.connect();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onServicesChanged(BleDevice device, GattDatabase database) {
            changed.complete(database);
          }

          @Override
          public void onSubscriptionLost(BleDevice device, Subscription s, String reason) {
            lost.complete(reason);
          }
        });
    Subscription hr =
        d.subscribe(
            CharacteristicRef.parse(FakeBluezFixture.HR_MEASUREMENT),
            (h, v, t) -> {
              handles.add(h);
              values.add(v[0] & 0xFF);
            });
    Subscription battery = d.subscribe(CharacteristicRef.parse(LEVEL), (h, v, t) -> {});
    assertThat(hr.characteristic().valueHandle()).isEqualTo(0x000e);
    push(f.measurement, 0, 3);

    AtomicReference<FakeCharacteristic> moved = new AtomicReference<>();
    f.device.changeServices(
        dev -> {
          FakeCharacteristic m =
              dev.addService(0x0020, FakeBluezFixture.HR_SERVICE)
                  .addCharacteristic(0x0021, FakeBluezFixture.HR_MEASUREMENT, "notify", "read");
          m.addDescriptor(0x0023, FakeBluezFixture.CCCD);
          moved.set(m);
        });

    GattDatabase db = changed.get(10, TimeUnit.SECONDS);
    assertThat(db.characteristics())
        .singleElement()
        .satisfies(c -> assertThat(c.valueHandle()).isEqualTo(0x0022));
    assertThat(db.services(UUID.fromString(BATTERY))).isEmpty();
    assertThat(d.services()).contains(db);
    assertThat(lost.get(5, TimeUnit.SECONDS)).contains(Uuids.format(UUID.fromString(LEVEL)));
    assertThat(battery.isActive()).isFalse();
    assertThat(hr.isActive()).isTrue();
    assertThat(hr.characteristic().valueHandle()).isEqualTo(0x0022);
    Waits.waitFor(() -> moved.get().calls().contains("StartNotify"));
    push(moved.get(), 3, 6);
    assertThat(values).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(handles).containsExactly(0x0e, 0x0e, 0x0e, 0x22, 0x22, 0x22);
    assertThat(hr.delivered()).isEqualTo(6);
  }

  private void push(FakeCharacteristic c, int from, int to) {
    for (int i = from; i < to; i++) {
      int before = values.size();
      c.notifyValue(new byte[] {(byte) i});
      Waits.waitFor(() -> values.size() > before);
    }
  }
}
