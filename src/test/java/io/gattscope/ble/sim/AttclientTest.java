package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.MotionSensor;
import io.gattscope.ble.sim.world.Thermometer;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttclientTest {
  private static final String IMU = "03 01 5E 80 07 00";
  private static final String THERMO = "02 01 5E 80 07 00";

  private final DongleHarness h = new DongleHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void primaryServiceDiscovery() {
    h.connectHrm();
    h.command("00 08 04 01 00 01 00 FF FF 02 00 28", "00 03 04 01 00 00 00");
    h.expect("80 08 04 02 00 01 00 05 00 02 00 18");
    h.expect("80 08 04 02 00 06 00 0D 00 02 0D 18");
    h.expect("80 08 04 02 00 0E 00 11 00 02 0F 18");
    h.expect("80 08 04 02 00 12 00 1A 00 02 0A 18");
    h.expect("80 08 04 02 00 1B 00 20 00 02 01 18");
    h.expect("80 05 04 01 00 00 00 FF FF");
  }

  @Test
  void characteristicAndDescriptorDiscovery() {
    h.connectHrm();
    h.command("00 08 04 02 00 06 00 0D 00 02 03 28", "00 03 04 02 00 00 00");
    h.expect("80 0A 04 05 00 07 00 03 05 10 08 00 37 2A");
    h.expect("80 0A 04 05 00 0A 00 03 05 02 0B 00 38 2A");
    h.expect("80 0A 04 05 00 0C 00 03 05 08 0D 00 39 2A");
    h.expect("80 05 04 01 00 00 00 0D 00");
    h.command("00 05 04 03 00 09 00 09 00", "00 03 04 03 00 00 00");
    h.expect("80 06 04 04 00 09 00 02 02 29");
    h.expect("80 05 04 01 00 00 00 09 00");
    h.command("00 05 04 03 00 30 00 40 00", "00 03 04 03 00 00 00");
    h.expect("80 05 04 01 00 0A 04 30 00");
  }

  @Test
  void readByHandleGivesAValueOrTheAttError() {
    h.connectHrm();
    h.command("00 03 04 04 00 0B 00", "00 03 04 04 00 00 00");
    h.expect("80 06 04 05 00 0B 00 00 01 01");
    h.command("00 03 04 04 00 08 00", "00 03 04 04 00 00 00");
    h.expect("80 05 04 01 00 02 04 08 00");
    h.command("00 03 04 04 00 99 00", "00 03 04 04 00 00 00");
    h.expect("80 05 04 01 00 01 04 99 00");
  }

  @Test
  void readLongSendsChunksOf22Bytes() {
    h.connect(IMU, 0, 0, "FF");
    h.command("00 03 04 08 00 11 00", "00 03 04 08 00 00 00");
    for (int i = 0; i < 5; i++) {
      byte[] f = h.next();
      assertThat(DongleHarness.hex(Arrays.copyOf(f, 9))).isEqualTo("80 1B 04 05 00 11 00 04 16");
      assertThat(f[9]).isEqualTo((byte) (i * 22));
    }
    byte[] last = h.next();
    assertThat(DongleHarness.hex(Arrays.copyOf(last, 10)))
        .isEqualTo("80 0F 04 05 00 11 00 04 0A 6E");
    h.expect("80 05 04 01 00 00 00 11 00");
  }

  @Test
  void writesCompleteWithResultOrAttError() {
    h.connectHrm();
    h.command("00 05 04 05 00 0D 00 01 01", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 00 00 0D 00");
    h.command("00 05 04 05 00 03 00 01 41", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 03 04 03 00");
    h.command("00 06 04 05 00 0D 00 02 01 02", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 0D 04 0D 00");
    h.command("00 05 04 06 00 0D 00 01 01", "00 03 04 06 00 00 00");
    h.expectNone(f -> f[2] == 4, Duration.ofMillis(50));
    h.command("00 05 04 06 02 0D 00 01 01", "00 03 04 06 02 86 01");
  }

  @Test
  void longWriteThroughPrepareAndExecuteReadsBack() {
    h.connect(IMU, 0, 0, "FF");
    for (int off = 0; off < 200; off += 18) {
      int n = Math.min(18, 200 - off);
      StringBuilder data = new StringBuilder();
      for (int i = 0; i < n; i++) {
        data.append(String.format(" %02X", (off + i) & 0xFF));
      }
      h.command(
          String.format("00 %02X 04 09 00 13 00 %02X %02X %02X", 6 + n, off & 0xFF, off >> 8, n)
              + data,
          "00 03 04 09 00 00 00");
      h.expect("80 05 04 01 00 00 00 13 00");
    }
    h.command("00 02 04 0A 00 01", "00 03 04 0A 00 00 00");
    h.expect("80 05 04 01 00 00 00 00 00");
    byte[] notes =
        h.sim
            .world()
            .byName("imu")
            .orElseThrow()
            .database()
            .get(MotionSensor.NOTES_BLOB)
            .orElseThrow()
            .value();
    assertThat(notes).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(notes[i]).isEqualTo((byte) i);
    }
    h.command("00 03 04 08 00 13 00", "00 03 04 08 00 00 00");
    byte[] first = h.next();
    assertThat(first[9]).isEqualTo((byte) 0);
    assertThat(first[8]).isEqualTo((byte) 22);
  }

  @Test
  void aSecondProcedureWhileOneRunsIsWrongState() {
    try (DongleHarness slow =
        new DongleHarness(SimulatorConfig.defaults().withProcedureDelay(Duration.ofMillis(100)))) {
      slow.connectHrm();
      slow.send("00 03 04 04 00 0B 00 00 03 04 04 00 03 00");
      slow.expect("00 03 04 04 00 00 00");
      slow.expect("00 03 04 04 00 81 01");
      slow.expect("80 06 04 05 00 0B 00 00 01 01");
    }
  }

  @Test
  void commandsOnAMissingConnectionAreNotConnected() {
    h.command("00 03 04 04 02 0B 00", "00 03 04 04 02 86 01");
    h.command("00 08 04 01 01 01 00 FF FF 02 00 28", "00 03 04 01 01 86 01");
    h.command("00 01 04 07 00", "00 02 04 07 86 01");
  }

  @Test
  void notificationsFlowOnlyWhileTheCccdEnablesThem() {
    h.connect(IMU, 0, 0, "FF");
    h.sim.setNotificationRate(MotionSensor.ADDRESS, MotionSensor.MOTION, 1000);
    h.expectNone(DongleHarness::isPushedValue, Duration.ofMillis(100));
    h.command("00 06 04 05 00 09 00 02 01 00", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 00 00 09 00");
    byte[] n = h.next(DongleHarness::isPushedValue, Duration.ofSeconds(2));
    assertThat(DongleHarness.hex(Arrays.copyOf(n, 9))).isEqualTo("80 11 04 05 00 08 00 01 0C");
    short az = (short) ((n[13] & 0xFF) | n[14] << 8);
    assertThat(az).isBetween((short) 900, (short) 1100);
    h.command("00 06 04 05 00 09 00 02 00 00", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 00 00 09 00");
    h.expectNone(f -> false, Duration.ofMillis(30));
    h.frames.clear();
    h.expectNone(DongleHarness::isPushedValue, Duration.ofMillis(150));
  }

  @Test
  void theNextIndicationWaitsForTheConfirm() {
    h.connect(THERMO, 0, 0, "FF");
    h.sim.setNotificationRate(Thermometer.ADDRESS, 0x0012, 200);
    h.command("00 06 04 05 00 13 00 02 02 00", "00 03 04 05 00 00 00");
    h.expect("80 05 04 01 00 00 00 13 00");
    byte[] first = h.next(DongleHarness::isPushedValue, Duration.ofSeconds(2));
    assertThat(DongleHarness.hex(Arrays.copyOf(first, 10)))
        .isEqualTo("80 0A 04 05 00 12 00 05 05 00");
    h.expectNone(DongleHarness::isPushedValue, Duration.ofMillis(150));
    h.command("00 01 04 07 00", "00 02 04 07 00 00");
    h.next(DongleHarness::isPushedValue, Duration.ofSeconds(2));
    // no third indication: at 200 Hz one could arrive between the two confirms below on a slow
    // host, and the second confirm would then confirm it
    h.sim.setNotificationRate(Thermometer.ADDRESS, 0x0012, 0);
    h.command("00 01 04 07 00", "00 02 04 07 00 00");
    h.command("00 01 04 07 00", "00 02 04 07 81 01");
  }
}
