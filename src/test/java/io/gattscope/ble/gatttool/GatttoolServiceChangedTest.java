package io.gattscope.ble.gatttool;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleAddress;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import io.gattscope.testsupport.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service Changed through gatttool: its indication line makes the device discover again, the
 * subscription follows its moved characteristic and a vanished one is reported.
 */
class GatttoolServiceChangedTest {
  private static final BleAddress PEER = BleAddress.parse("C0:11:22:33:44:55");
  @TempDir Path dir;
  private GatttoolBackend backend;
  private final List<Integer> heart = new CopyOnWriteArrayList<>();
  private final List<Integer> handles = new CopyOnWriteArrayList<>();
  private final CompletableFuture<GattDatabase> changed = new CompletableFuture<>();
  private final CompletableFuture<String> lost = new CompletableFuture<>();

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.stop();
    }
  }

  @Test
  void aServiceChangedIndicationMovesTheSubscriptionAndReportsTheVanishedOne() throws Exception {
    backend =
        new GatttoolBackend(FakeTools.settings(dir, Map.of("FAKE_GATTTOOL_SERVICE_CHANGED", "1")));
    backend.start();
    BleDevice d =
        backend.connect(
            PEER,
            ConnectOptions.defaults()
                .withTimeout(Duration.ofSeconds(10))
                .withOperationTimeout(Duration.ofSeconds(5)));
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
    d.discover();
    Subscription hr =
        d.subscribe(
            CharacteristicRef.parse("2a37"),
            (h, v, t) -> {
              handles.add(h);
              heart.add(v[0] & 0xFF);
            });
    Subscription battery = d.subscribe(CharacteristicRef.parse("2a19"), (h, v, t) -> {});
    assertThat(hr.characteristic().valueHandle()).isEqualTo(0x0008);
    Waits.waitFor(() -> heart.size() >= 3 && battery.delivered() >= 3);

    d.write(CharacteristicRef.handle(0x0014), new byte[] {0x5C, 0x5C}, WriteType.REQUEST);

    GattDatabase db = changed.get(10, TimeUnit.SECONDS);
    assertThat(db.characteristics().stream().filter(c -> c.uuid().equals(Uuids.fromShort(0x2A37))))
        .singleElement()
        .satisfies(c -> assertThat(c.valueHandle()).isEqualTo(0x0022));
    assertThat(db.services(Uuids.fromShort(0x180F))).isEmpty();
    assertThat(d.services()).contains(db);
    assertThat(lost.get(5, TimeUnit.SECONDS)).contains("2A19").contains("gone");
    assertThat(battery.isActive()).isFalse();
    assertThat(hr.isActive()).isTrue();
    assertThat(hr.characteristic().valueHandle()).isEqualTo(0x0022);
    int before = heart.size();
    Waits.waitFor(() -> heart.size() >= before + 5);
    List<Integer> after = List.copyOf(heart).subList(before, before + 5);
    assertThat(after).isSorted().doesNotHaveDuplicates();
    assertThat(List.copyOf(handles).subList(before, before + 5)).containsOnly(0x0022);
    assertThat(handles).startsWith(0x0008);
  }
}
