package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.sim.SimulatedAdapter;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import io.gattscope.testsupport.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A snapshot added to a running simulator advertises, connects and serves its values. */
class AddDeviceWhileRunningTest {
  private final SimulatedAdapter adapter =
      SimulatedAdapter.start(SimulatorConfig.defaults(), BgapiOptions.defaults());

  @AfterEach
  void stop() {
    adapter.backend().stop();
    adapter.simulator().close();
  }

  @Test
  void anAddedDeviceIsScannedConnectedAndRead() throws Exception {
    SimPeripheral demo =
        SnapshotPeripheral.create(
            SnapshotReader.parse(SnapshotReaderTest.VALID.replace(" 6d6f", "6d6f")));
    int before = adapter.simulator().world().peripherals().size();
    assertThat(adapter.simulator().world().find(demo.address())).isEmpty();

    adapter.simulator().addDevice(demo);

    assertThat(adapter.simulator().world().peripherals()).hasSize(before + 1);
    assertThat(adapter.simulator().world().find(demo.address())).containsSame(demo);
    try (BleDevice d =
        adapter.backend().connect(SnapshotRoundTripTest.scan(adapter.backend(), demo))) {
      assertThat(d.read(CharacteristicRef.handle(3))).containsExactly(0x61);
    }
  }

  @Test
  void replacingAConnectedDeviceIsRefusedAndChangesNothing() throws Exception {
    SimPeripheral hrm = adapter.simulator().world().byName("hrm").orElseThrow();
    SimPeripheral other =
        SnapshotPeripheral.create(
            SnapshotReader.parse(
                SnapshotReaderTest.VALID
                    .replace(" 6d6f", "6d6f")
                    .replace("00:07:80:5E:09:01", HeartRateMonitor.ADDRESS.toString())));
    try (BleDevice d =
        adapter.backend().connect(SnapshotRoundTripTest.scan(adapter.backend(), hrm))) {
      assertThatThrownBy(() -> adapter.simulator().addDevice(other))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              HeartRateMonitor.ADDRESS
                  + " is connected; disconnect it before replacing the device");
      assertThat(adapter.simulator().world().find(HeartRateMonitor.ADDRESS)).containsSame(hrm);
      assertThat(d.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME)))
          .asString()
          .isEqualTo("GattScope HRM");
    }
    Waits.waitFor(() -> adapter.simulator().connections().isEmpty());
    adapter.simulator().addDevice(other);
    assertThat(adapter.simulator().world().find(HeartRateMonitor.ADDRESS)).containsSame(other);
    assertThat(adapter.simulator().world().byName("hrm")).isEmpty();
    try (BleDevice d =
        adapter.backend().connect(SnapshotRoundTripTest.scan(adapter.backend(), other))) {
      assertThat(d.read(CharacteristicRef.handle(3))).containsExactly(0x61);
    }
  }
}
