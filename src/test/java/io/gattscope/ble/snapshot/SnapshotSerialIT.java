package io.gattscope.ble.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.GattException;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Uuids;
import io.gattscope.ble.WriteType;
import io.gattscope.ble.bgapi.BgapiBackend;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import io.gattscope.testsupport.SocatPair;
import io.gattscope.testsupport.StandInDongle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served snapshot read through the BGAPI backend over a real socat pty pair, and a capture
 * through the BGAPI backend from the stand-in dongle on a pty.
 */
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

  @Test
  void aCaptureThroughTheBgapiBackendFromTheStandInDongleHasItsTreeAndValues() throws Exception {
    SimPeripheral hrm = SimulatorConfig.defaults().world().byName("hrm").orElseThrow();
    Snapshot captured;
    try (SocatPair pty = SocatPair.start(dir);
        StandInDongle dongle = StandInDongle.serve(pty.a());
        BgapiBackend backend = new BgapiBackend(new SerialLink(pty.b()), BgapiOptions.defaults())) {
      backend.start();
      ScanResult scan = SnapshotRoundTripTest.scan(backend, hrm);
      try (BleDevice d = backend.connect(scan)) {
        captured = Snapshots.capture(d, scan, Duration.ZERO);
      }
      assertThat(dongle.commands().stream().filter(c -> c.classId() == 4).count())
          .as("attribute client commands crossed the pty")
          .isGreaterThan(10);
    }
    assertThat(captured.address()).isEqualTo(HeartRateMonitor.ADDRESS);
    assertThat(captured.name()).isEqualTo("GattScope HRM");
    assertThat(captured.advertising().scanResponse()).isNotNull();
    assertThat(captured.services())
        .extracting(x -> Uuids.format(x.uuid()), SnapshotService::handle)
        .containsExactly(
            tuple("0x1800", 1),
            tuple("0x180D", 6),
            tuple("0x180F", 14),
            tuple("0x180A", 18),
            tuple("0x1801", 27));
    assertThat(value(captured, HeartRateMonitor.DEVICE_NAME).bytes())
        .asString()
        .isEqualTo("GattScope HRM");
    assertThat(value(captured, HeartRateMonitor.BODY_SENSOR_LOCATION).bytes())
        .containsExactly(0x01);
    assertThat(value(captured, HeartRateMonitor.HEART_RATE_CONTROL_POINT))
        .as("write-only: not read")
        .isEqualTo(CapturedValue.NONE);
    SnapshotCharacteristic measurement = SnapshotCompare.characteristic(captured, 8);
    assertThat(measurement.descriptors())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.handle()).isEqualTo(HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD);
              assertThat(c.value().bytes()).containsExactly(0, 0);
            });

    Snapshot inMemory = SnapshotRoundTripTest.captureFrom(SimulatorConfig.defaults(), hrm);
    SnapshotCompare.assertSameCapture(
        captured, inMemory, "the same as a capture over the in-memory link");
  }

  private static CapturedValue value(Snapshot s, int valueHandle) {
    return SnapshotCompare.characteristic(s, valueHandle).value();
  }
}
