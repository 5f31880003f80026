package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.SecureSensor;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * find, filtered scans, Registration, connect(ScanResult), per-call timeouts and closing a device,
 * on the BGAPI backend over the in-memory simulator.
 */
class LibraryApiTest {
  private SimulatedAdapter adapter;
  private BleBackend backend;

  @BeforeEach
  void start() {
    adapter = SimulatedAdapter.create();
    backend = adapter.backend();
    backend.start();
  }

  @AfterEach
  void stop() {
    backend.stop();
    adapter.simulator().close();
  }

  @Test
  void findReturnsTheFirstMatchingDeviceWithTheNameFromItsScanResponse() {
    Optional<ScanResult> found =
        backend.find(ScanFilter.nameEquals("GattScope HRM"), Duration.ofSeconds(10));
    assertThat(found).isPresent();
    assertThat(found.get().address()).isEqualTo(HeartRateMonitor.ADDRESS);
  }

  @Test
  void findIsEmptyWhenNothingMatchesInTime() {
    assertThat(backend.find(ScanFilter.nameEquals("no such device"), Duration.ofMillis(400)))
        .isEmpty();
    assertThatThrownBy(() -> backend.find(ScanFilter.any(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive timeout");
  }

  @Test
  void aFilteredScanReportsOnlyPassingDevicesUntilItsRegistrationCloses() throws Exception {
    List<ScanResult> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<ScanResult> first = new CompletableFuture<>();
    Registration scan =
        backend.startScan(
            ScanOptions.defaults(Duration.ofSeconds(1)),
            ScanFilter.service(Uuids.fromShort(0x180D)),
            r -> {
              seen.add(r);
              first.complete(r);
            });
    first.get(10, TimeUnit.SECONDS);
    scan.close();
    scan.close(); // idempotent, and no checked exception to catch
    assertThat(seen).isNotEmpty().allMatch(r -> r.address().equals(HeartRateMonitor.ADDRESS));
  }

  @Test
  void connectWithAScanResultKeepsARandomAddressType() {
    ScanResult secure =
        backend
            .find(ScanFilter.address(SecureSensor.ADDRESS), Duration.ofSeconds(10))
            .orElseThrow();
    assertThat(secure.addressType()).isEqualTo(AddressType.RANDOM);
    try (BleDevice d = backend.connect(secure)) {
      assertThat(d.addressType()).isEqualTo(AddressType.RANDOM);
      assertThat(d.state()).isEqualTo(ConnectionState.CONNECTED);
    }
  }

  @Test
  void closingADeviceDisconnectsOnceAndTheLambdaListenerHearsIt() throws Exception {
    CompletableFuture<DisconnectReason> reason = new CompletableFuture<>();
    AtomicInteger removedCalls = new AtomicInteger();
    BleDevice d = backend.connect(HeartRateMonitor.ADDRESS);
    d.addConnectionListener(ConnectionListener.onDisconnected(reason::complete));
    Registration removed =
        d.addConnectionListener(
            ConnectionListener.onDisconnected(r -> removedCalls.incrementAndGet()));
    removed.close();
    d.close();
    assertThat(d.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(reason.get(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(backend.connectedDevices()).doesNotContain(d);
    d.close(); // a second close does nothing
    assertThat(removedCalls).hasValue(0);
  }

  @Test
  void aPerCallTimeoutOverridesTheDevicesDefault() {
    try (BleDevice d = backend.connect(HeartRateMonitor.ADDRESS)) {
      byte[] level =
          d.read(CharacteristicRef.handle(HeartRateMonitor.BATTERY_LEVEL), Duration.ofSeconds(2));
      assertThat(level).hasSize(1);
      assertThatThrownBy(
              () ->
                  d.read(
                      CharacteristicRef.handle(HeartRateMonitor.BATTERY_LEVEL),
                      Duration.ofNanos(1)))
          .isInstanceOf(BleTimeoutException.class)
          .hasMessageContaining("read of handle 0x0010");
    }
  }
}
