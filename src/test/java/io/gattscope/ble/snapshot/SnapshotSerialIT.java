package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattException;
import io.gattscope.ble.WriteType;
import io.gattscope.ble.bgapi.BgapiBackend;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import io.gattscope.testsupport.SocatPair;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served snapshot read through the BGAPI backend over a real socat pty pair. */
class SnapshotSerialIT {
  @TempDir Path dir;

  @Test
  void theBgapiBackendSeesTheCapturedTableValuesAndErrors() throws Exception {
    Snapshot snapshot =
        SnapshotReader.parse(
            SnapshotReaderTest.VALID
                .replace("05094465 6d6f", "050944656d6f")
                .replace("\"read\", \"notify\"", "\"read\", \"write\", \"notify\""));
    SimPeripheral served = SnapshotPeripheral.create(snapshot);
    SimulatorConfig config = SimulatorConfig.defaults().withDevices(List.of(served));
    try (SocatPair pty = SocatPair.start(dir);
        Simulator sim = Simulator.serveSerial(pty.b(), config);
        BgapiBackend backend = new BgapiBackend(new SerialLink(pty.a()), BgapiOptions.defaults())) {
      backend.start();
      try (BleDevice d = backend.connect(SnapshotRoundTripTest.scan(backend, served))) {
        GattDatabase db = d.discover();
        assertThat(db.services()).hasSize(2);
        assertThat(db.resolve(CharacteristicRef.parse("180f/2a19")).valueHandle()).isEqualTo(3);
        assertThat(d.read(CharacteristicRef.handle(3))).containsExactly(0x61);
        assertThatThrownBy(() -> d.read(CharacteristicRef.handle(7)))
            .isInstanceOf(GattException.class)
            .satisfies(e -> assertThat(((GattException) e).attErrorCode()).isEqualTo(0x05));
        d.write(CharacteristicRef.handle(3), new byte[] {1, 2}, WriteType.REQUEST);
        assertThat(d.read(CharacteristicRef.handle(3)))
            .as("kept for the session")
            .containsExactly(1, 2);
        assertThatThrownBy(
                () -> d.write(CharacteristicRef.handle(7), new byte[] {1}, WriteType.REQUEST))
            .isInstanceOf(GattException.class)
            .satisfies(e -> assertThat(((GattException) e).attErrorCode()).isEqualTo(0x03));
      }
    }
  }
}
