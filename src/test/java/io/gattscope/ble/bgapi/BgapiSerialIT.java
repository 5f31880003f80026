package io.gattscope.ble.bgapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.ConnectOptions;
import io.gattscope.ble.GattDatabase;
import io.gattscope.ble.ScanOptions;
import io.gattscope.ble.ScanResult;
import io.gattscope.ble.Subscription;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorControl.BlastResult;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.testsupport.SocatPair;
import io.gattscope.testsupport.Waits;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BGAPI backend on jSerialComm, talking to the simulator through a real socat pty pair. */
class BgapiSerialIT {
  @TempDir Path dir;

  @Test
  void everyLibraryFeatureWorksOverARealSerialPort() throws Exception {
    try (SocatPair pty = SocatPair.start(dir);
        Simulator sim = Simulator.serveSerial(pty.b());
        BgapiBackend backend = new BgapiBackend(new SerialLink(pty.a()), BgapiOptions.defaults())) {
      backend.start();
      List<ScanResult> seen =
          backend.scan(
              ScanOptions.defaults(Duration.ofSeconds(10)),
              r -> r.address().equals(HeartRateMonitor.ADDRESS));
      assertThat(seen).anyMatch(r -> r.address().equals(HeartRateMonitor.ADDRESS));

      BleDevice hrm = backend.connect(HeartRateMonitor.ADDRESS);
      GattDatabase db = hrm.discover();
      assertThat(db.resolve(CharacteristicRef.parse("180d/2a37")).valueHandle())
          .isEqualTo(HeartRateMonitor.HEART_RATE_MEASUREMENT);
      assertThat(hrm.read(CharacteristicRef.parse("2a00"))).isNotEmpty();

      BleDevice imu = backend.connect(MotionSensor.ADDRESS, ConnectOptions.defaults());
      imu.discover();
      AtomicLong received = new AtomicLong();
      AtomicLong outOfOrder = new AtomicLong();
      AtomicLong expected = new AtomicLong();
      try (Subscription s =
          imu.subscribe(
              CharacteristicRef.handle(MotionSensor.MOTION),
              (h, v, t) -> {
                if (v.length == 20) {
                  long seq =
                      ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
                  if (seq != expected.getAndIncrement()) {
                    outOfOrder.incrementAndGet();
                  }
                  received.incrementAndGet();
                }
              })) {
        imu.write(CharacteristicRef.handle(MotionSensor.SAMPLE_RATE), new byte[] {0, 0});
        int connection = sim.connections().get(sim.connections().size() - 1);
        int count = 50_000;
        BlastResult sent =
            sim.blast(connection, MotionSensor.MOTION, count, 20).get(60, TimeUnit.SECONDS);
        Waits.waitFor(() -> received.get() >= count);
        long nanos = sent.nanos();
        System.out.printf(
            "pty blast: %d notifications in %.1f ms = %.0f/s, lost %d, out of order %d%n",
            count, nanos / 1e6, count * 1e9 / nanos, count - received.get(), outOfOrder.get());
        assertThat(received.get()).isEqualTo(count);
        assertThat(outOfOrder.get()).isZero();
      }
    }
  }
}
