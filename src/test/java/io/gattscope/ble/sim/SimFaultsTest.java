package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.BleException;
import io.gattscope.ble.BleTimeoutException;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionListener;
import io.gattscope.ble.DisconnectReason;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.SubscriptionType;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.ServiceUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's faults on demand, as a BGAPI client sees them. */
class SimFaultsTest {
  private static final ConnectOptions OPTIONS =
      ConnectOptions.defaults()
          .withTimeout(Duration.ofMillis(800))
          .withOperationTimeout(Duration.ofMillis(800));
  private final SimulatedAdapter adapter =
      SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());

  @AfterEach
  void tearDown() {
    adapter.backend().stop();
    adapter.simulator().close();
  }

  private BleDevice connect() {
    return adapter.backend().connect(HeartRateMonitor.ADDRESS, OPTIONS);
  }

  private static CompletableFuture<DisconnectReason> whenDown(BleDevice d) {
    CompletableFuture<DisconnectReason> down = new CompletableFuture<>();
    d.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(BleDevice device, DisconnectReason reason) {
            down.complete(reason);
          }
        });
    return down;
  }

  @Test
  void aFaultWatcherIsARegistrationThatStopsWatchingWhenClosed() {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (Registration watching = adapter.faults().onFault(f -> seen.add(f.text()))) {
      adapter.faults().setLatency(Duration.ofMillis(5), Duration.ZERO);
    }
    adapter.faults().setLatency(Duration.ZERO, Duration.ZERO);
    assertThat(seen).containsExactly("latency 5 ms jitter 0 ms");
    assertThat(adapter.faults().log()).hasSize(2);
  }

  @Test
  void dropEndsTheLinkWithTheChosenReasonAndIsLogged() throws Exception {
    BleDevice hrm = connect();
    CompletableFuture<DisconnectReason> down = whenDown(hrm);
    adapter.faults().drop(HeartRateMonitor.ADDRESS, 0x13);
    assertThat(down.get(5, TimeUnit.SECONDS).code()).isEqualTo(0x13);
    assertThat(adapter.faults().log())
        .extracting(SimFaults.Fault::text)
        .containsExactly("drop 00:07:80:5E:01:01 reason 0x13 (Remote User Terminated Connection)");
    assertThatThrownBy(() -> adapter.faults().drop(HeartRateMonitor.ADDRESS, 0x08))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing is connected");
  }

  @Test
  void outOfRangeDropsTheLinkStopsAdvertisingAndConnectsTimeOutUntilItIsBack() throws Exception {
    BleDevice hrm = connect();
    CompletableFuture<DisconnectReason> down = whenDown(hrm);
    CompletableFuture<SimFaults.Fault> back = new CompletableFuture<>();
    adapter
        .faults()
        .onFault(
            f -> {
              if (f.text().startsWith("back in range")) {
                back.complete(f);
              }
            });
    adapter.faults().outOfRange(HeartRateMonitor.ADDRESS, Duration.ofSeconds(2));
    assertThat(down.get(5, TimeUnit.SECONDS).code()).isEqualTo(0x08);
    assertThatThrownBy(() -> connect()).isInstanceOf(BleTimeoutException.class);
    assertThat(
            adapter.backend().scan(ScanOptions.defaults(Duration.ofMillis(300))).stream()
                .map(r -> r.address()))
        .isNotEmpty()
        .doesNotContain(HeartRateMonitor.ADDRESS);
    back.get(10, TimeUnit.SECONDS);
    assertThat(connect().read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME)))
        .asString()
        .isEqualTo("GattScope HRM");
  }

  @Test
  void rebootDropsEveryLink() throws Exception {
    BleDevice hrm = connect();
    CompletableFuture<DisconnectReason> down = whenDown(hrm);
    adapter.faults().reboot();
    down.get(5, TimeUnit.SECONDS);
    assertThat(adapter.simulator().connections()).isEmpty();
    assertThat(adapter.faults().log().get(0).text()).startsWith("reboot");
  }

  @Test
  void changingServicesMovesHandlesAndIndicatesServiceChangedToSubscribers() throws Exception {
    BleDevice hrm = connect();
    GattDatabase before = hrm.discover();
    CompletableFuture<byte[]> indicated = new CompletableFuture<>();
    hrm.subscribe(
        CharacteristicRef.uuid(Uuids.fromShort(0x2A05)),
        SubscriptionType.INDICATE,
        (h, v, t) -> indicated.complete(v));
    ServiceUpdate.Result r = adapter.faults().changeServices(HeartRateMonitor.ADDRESS);
    byte[] range = indicated.get(5, TimeUnit.SECONDS);
    int start = (range[0] & 0xFF) | (range[1] & 0xFF) << 8;
    int end = (range[2] & 0xFF) | (range[3] & 0xFF) << 8;
    assertThat(start).isEqualTo(HeartRateMonitor.HEART_RATE_SERVICE).isEqualTo(r.start());
    assertThat(end).isEqualTo(r.end());
    GattDatabase after = hrm.discover();
    int oldHandle = before.resolve(CharacteristicRef.uuid(Uuids.fromShort(0x2A37))).valueHandle();
    int newHandle = after.resolve(CharacteristicRef.uuid(Uuids.fromShort(0x2A37))).valueHandle();
    assertThat(newHandle).isGreaterThan(oldHandle);
    assertThat(after.services(ServiceUpdate.SERVICE)).hasSize(1);
    assertThat(hrm.read(CharacteristicRef.uuid(ServiceUpdate.VERSION)))
        .asString()
        .isEqualTo("update 1");
    assertThat(hrm.read(CharacteristicRef.uuid(Uuids.fromShort(0x2A00))))
        .asString()
        .isEqualTo("GattScope HRM");
  }

  @Test
  void aSilentDeviceLetsCallsTimeOutAndAnswersAgainWhenToldTo() {
    BleDevice hrm = connect();
    adapter.faults().setSilent(HeartRateMonitor.ADDRESS, true);
    assertThatThrownBy(() -> hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME)))
        .isInstanceOf(BleException.class);
    adapter.faults().setSilent(HeartRateMonitor.ADDRESS, false);
    BleDevice again = adapter.backend().connectedDevices().get(0);
    assertThat(again.address()).isEqualTo(HeartRateMonitor.ADDRESS);
    assertThat(adapter.faults().log())
        .extracting(SimFaults.Fault::text)
        .containsExactly("silent 00:07:80:5E:01:01", "answering again 00:07:80:5E:01:01");
  }

  @Test
  void latencyDelaysResponsesAndBadValuesAreRefused() {
    adapter.faults().setLatency(Duration.ofMillis(1200), Duration.ZERO);
    BleDevice hrm =
        adapter
            .backend()
            .connect(HeartRateMonitor.ADDRESS, OPTIONS.withTimeout(Duration.ofSeconds(3)));
    assertThatThrownBy(() -> hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME)))
        .isInstanceOf(BleTimeoutException.class);
    assertThatThrownBy(() -> adapter.faults().setLatency(Duration.ofMillis(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> adapter.faults().drop(HeartRateMonitor.ADDRESS, 0x10000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jitterAddsAVaryingDelayBetweenTheLatencyAndTheLatencyPlusTheJitter() {
    Duration base = adapter.simulator().config().procedureDelay();
    adapter.faults().setLatency(Duration.ofMillis(30), Duration.ZERO);
    assertThat(adapter.faults().nextResponseDelay()).isEqualTo(base.plusMillis(30));
    assertThat(adapter.faults().nextResponseDelay()).isEqualTo(base.plusMillis(30));

    adapter.faults().setLatency(Duration.ofMillis(30), Duration.ofMillis(20));
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      delays.add(adapter.faults().nextResponseDelay());
    }
    assertThat(delays)
        .allSatisfy(d -> assertThat(d).isBetween(base.plusMillis(30), base.plusMillis(50)));
    assertThat(delays.stream().distinct().count()).isGreaterThan(100);
    assertThat(delays.stream().mapToLong(Duration::toNanos).min().orElseThrow())
        .isLessThan(base.plusMillis(35).toNanos());
    assertThat(delays.stream().mapToLong(Duration::toNanos).max().orElseThrow())
        .isGreaterThan(base.plusMillis(45).toNanos());
    assertThat(adapter.faults().log())
        .extracting(SimFaults.Fault::text)
        .containsSubsequence("latency 30 ms jitter 0 ms", "latency 30 ms jitter 20 ms");
    assertThatThrownBy(
            () -> adapter.faults().setLatency(Duration.ofSeconds(9), Duration.ofMillis(1001)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
