package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleBackend;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.Futures;
import io.gattscope.ble.Registration;
import io.gattscope.ble.ScanFilter;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Snapshot a simulated device, serve the snapshot, snapshot it again: the same file. */
class SnapshotRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"hrm", "thermo", "imu", "twin", "secure", "uart"})
  void aServedSnapshotCapturesToTheSameTreeAndValues(String name) throws Exception {
    SimulatorConfig config = SimulatorConfig.defaults();
    SimPeripheral original = config.world().byName(name).orElseThrow();
    Snapshot first = captureFrom(config, original);
    assertThat(first.services()).isNotEmpty();
    String json = SnapshotWriter.toJson(first);
    if (name.equals("secure")) {
      assertThat(json).as("reads needing a bond are kept as their ATT error").contains("\"0x05\"");
    }

    SimPeripheral served = SnapshotPeripheral.create(SnapshotReader.parse(json));
    SimulatorConfig servedConfig = SimulatorConfig.defaults().withDevices(List.of(served));
    assertThat(servedConfig.world().find(original.address())).containsSame(served);
    Snapshot second = captureFrom(servedConfig, served);

    SnapshotCompare.assertSameCapture(second, first, "the served snapshot captured again");
  }

  /** Connects to a device of a simulated world and captures it (no recording). */
  static Snapshot captureFrom(SimulatorConfig config, SimPeripheral p) {
    SimulatedAdapter a = SimulatedAdapter.start(config, BgapiOptions.defaults());
    try {
      ScanResult scan = scan(a.backend(), p);
      try (BleDevice d = a.backend().connect(scan)) {
        return Snapshots.capture(d, scan, Duration.ZERO);
      }
    } finally {
      a.backend().stop();
      a.simulator().close();
    }
  }

  /** Scans until the device's scan response (when it sends one) has been heard. */
  static ScanResult scan(BleBackend backend, SimPeripheral p) {
    CompletableFuture<ScanResult> found = new CompletableFuture<>();
    boolean response = p.advertiser().scannable();
    try (Registration r =
        backend.startScan(
            ScanOptions.defaults(Duration.ofSeconds(10)),
            ScanFilter.address(p.address()),
            s -> {
              if (!response || s.scanResponseData().length > 0) {
                found.complete(s);
              }
            })) {
      return Futures.await(found, Duration.ofSeconds(10), "the scan of " + p.name());
    }
  }
}
