package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.AdapterUnavailableException;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Advertisement;
import io.gattscope.ble.BackendException;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.ConnectionState;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.SecureSensor;
import io.gattscope.ble.sim.world.Thermometer;
import io.gattscope.ble.sim.world.TwinServices;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start-up, scanning and connecting through the BGAPI backend against the simulated dongle. */
class BgapiBackendTest {
  private SimFixture f;

  @AfterEach
  void tearDown() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void startReadsTheDonglesIdentity() {
    f = new SimFixture();
    assertThat(f.backend.isRunning()).isTrue();
    assertThat(f.backend.adapterInfo().address()).isEqualTo(SimulatorConfig.DEFAULT_ADDRESS);
    assertThat(f.backend.adapterInfo().maxConnections()).isEqualTo(3);
    assertThat(f.backend.adapterInfo().firmware()).contains("build");
  }

  @Test
  void aResetStartWaitsForSystemBoot() {
    f = new SimFixture(SimulatorConfig.defaults(), BgapiOptions.defaults().withReset(true));
    assertThat(f.backend.adapterInfo().address()).isEqualTo(SimulatorConfig.DEFAULT_ADDRESS);
  }

  @Test
  void scanFindsTheNamedPeripheralsAndTheCrowd() {
    f = new SimFixture();
    List<ScanResult> results = f.backend.scan(ScanOptions.defaults(Duration.ofMillis(2500)));
    assertThat(results).hasSizeGreaterThanOrEqualTo(30);
    ScanResult hrm =
        results.stream()
            .filter(r -> r.address().equals(HeartRateMonitor.ADDRESS))
            .findFirst()
            .orElseThrow();
    assertThat(hrm.name()).isPresent();
    assertThat(hrm.connectable()).isTrue();
    assertThat(hrm.rssi()).isBetween(-127, 20);
    ScanResult secure =
        results.stream()
            .filter(r -> r.address().equals(SecureSensor.ADDRESS))
            .findFirst()
            .orElseThrow();
    assertThat(secure.addressType()).isEqualTo(AddressType.RANDOM);
  }

  @Test
  void activeScansGetScanResponsesAndPassiveScansDoNot() {
    f = new SimFixture();
    List<Advertisement> active = new CopyOnWriteArrayList<>();
    try (AutoCloseable s =
        f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(5)), active::add)) {
      Waits.waitFor(
          () ->
              active.stream()
                  .anyMatch(a -> a.packetType() == Advertisement.PacketType.SCAN_RESPONSE));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    List<Advertisement> passive = new CopyOnWriteArrayList<>();
    try (AutoCloseable s =
        f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(5)).passive(), passive::add)) {
      Waits.waitFor(() -> passive.size() > 100);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(passive).noneMatch(a -> a.packetType() == Advertisement.PacketType.SCAN_RESPONSE);
  }

  @Test
  void aScanCallbackCanEndTheScanEarly() throws Exception {
    f = new SimFixture();
    // an hour-long scan: only the callback can end it before the future's wait runs out
    CompletableFuture<List<ScanResult>> scan =
        CompletableFuture.supplyAsync(
            () ->
                f.backend.scan(
                    ScanOptions.defaults(Duration.ofHours(1)),
                    r -> r.address().equals(HeartRateMonitor.ADDRESS)));
    List<ScanResult> results = scan.get(30, TimeUnit.SECONDS);
    assertThat(results).anyMatch(r -> r.address().equals(HeartRateMonitor.ADDRESS));
  }

  @Test
  void severalDevicesConnectAtOnceAndConnectingTwiceGivesTheSameDevice() {
    f = new SimFixture();
    BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
    BleDevice imu = f.connect(MotionSensor.ADDRESS);
    BleDevice thermo = f.connect(Thermometer.ADDRESS);
    assertThat(f.backend.connectedDevices()).containsExactlyInAnyOrder(hrm, imu, thermo);
    assertThat(f.connect(HeartRateMonitor.ADDRESS)).isSameAs(hrm);
    assertThat(hrm.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(hrm.parameters().interval().toNanos()).isBetween(7_500_000L, 30_000_000L);
    assertThat(f.sim.connections()).hasSize(3);
  }

  @Test
  void aFourthConnectionIsRefusedWithTheDonglesCode() {
    f = new SimFixture();
    f.connect(HeartRateMonitor.ADDRESS);
    f.connect(MotionSensor.ADDRESS);
    f.connect(Thermometer.ADDRESS);
    assertThatThrownBy(() -> f.connect(TwinServices.ADDRESS))
        .isInstanceOf(BackendException.class)
        .hasMessageContaining("Connection Limit Exceeded (0x0209)");
  }

  @Test
  void connectingWhileScanningPausesAndResumesTheScan() throws Exception {
    f = new SimFixture();
    List<Advertisement> seen = new CopyOnWriteArrayList<>();
    try (AutoCloseable s =
        f.backend.startScan(ScanOptions.defaults(Duration.ofSeconds(30)), seen::add)) {
      Waits.waitFor(() -> seen.size() > 10);
      BleDevice hrm = f.connect(HeartRateMonitor.ADDRESS);
      assertThat(hrm.state()).isEqualTo(ConnectionState.CONNECTED);
      int before = seen.size();
      Waits.waitFor(() -> seen.size() > before + 10);
    }
  }

  @Test
  void callsAfterStopFailAtOnce() {
    f = new SimFixture();
    f.backend.stop();
    assertThatThrownBy(() -> f.backend.scan(Duration.ofSeconds(1)))
        .isInstanceOf(AdapterUnavailableException.class)
        .hasMessageContaining("stopped");
    assertThatThrownBy(
            () -> f.backend.connectAsync(HeartRateMonitor.ADDRESS, ConnectOptions.defaults()))
        .isInstanceOf(AdapterUnavailableException.class);
    assertThatThrownBy(() -> f.backend.start()).isInstanceOf(AdapterUnavailableException.class);
  }
}
