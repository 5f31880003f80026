package io.gattscope.ble.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemAndGapTest {
  private final DongleHarness h = new DongleHarness();

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void systemCommandsAnswerLikeABled112() {
    h.command("00 00 00 01", "00 00 00 01");
    h.command("00 00 00 02", "00 06 00 02 00 00 5E 80 07 00");
    h.command("00 00 00 06", "00 01 00 06 03");
    h.command("00 00 00 08", "00 0C 00 08 01 00 03 00 02 00 7A 00 02 00 01 01");
  }

  @Test
  void resetHasNoResponseButABootEventAndDropsConnectionsSilently() {
    h.connectHrm();
    h.send("00 01 00 00 00");
    h.expect("80 0C 00 00 01 00 03 00 02 00 7A 00 02 00 01 01");
    assertThat(h.sim.connections()).isEmpty();
    h.command("00 01 04 07 00", "00 02 04 07 86 01");
  }

  @Test
  void endProcedureWhenIdleIsWrongState() {
    h.command("00 00 06 04", "00 02 06 04 81 01");
  }

  @Test
  void scanParametersAndModesAreValidated() {
    h.command("00 05 06 07 4B 00 32 00 01", "00 02 06 07 00 00");
    h.command("00 05 06 07 10 00 20 00 00", "00 02 06 07 80 01");
    h.command("00 02 06 01 02 02", "00 02 06 01 00 00");
    h.command("00 02 06 01 05 00", "00 02 06 01 80 01");
    h.command("00 01 06 02 03", "00 02 06 02 80 01");
  }

  @Test
  void activeDiscoveryReportsThirtyDevicesWithScanResponsesUntilEnded() {
    h.command("00 05 06 07 10 00 10 00 01", "00 02 06 07 00 00");
    h.command("00 01 06 02 01", "00 02 06 02 00 00");
    h.command("00 01 06 02 01", "00 02 06 02 81 01");
    Set<String> senders = new HashSet<>();
    List<byte[]> hrm = new ArrayList<>();
    Waits.waitFor(
        Duration.ofSeconds(10),
        "30 advertisers and the HRM's scan response",
        () -> {
          for (byte[] f = h.frames.poll(); f != null; f = h.frames.poll()) {
            if (DongleHarness.isScanResponse(f)) {
              String sender = DongleHarness.hex(Arrays.copyOfRange(f, 6, 12));
              senders.add(sender);
              if (sender.equals("01 01 5E 80 07 00")) {
                hrm.add(f);
              }
            }
          }
          return senders.size() >= 30 && hrm.stream().anyMatch(f -> f[5] == 4);
        });
    assertThat(senders).hasSizeGreaterThanOrEqualTo(30);
    byte[] adv = hrm.stream().filter(f -> f[5] == 0).findFirst().orElseThrow();
    // rssi, type 0, address, public, no bond, 13 bytes: flags, 0x180D 0x180F, appearance 0x0341
    assertThat(DongleHarness.hex(Arrays.copyOfRange(adv, 5, adv.length)))
        .isEqualTo("00 01 01 5E 80 07 00 00 FF 0D 02 01 06 05 03 0D 18 0F 18 03 19 41 03");
    assertThat(adv[4]).isBetween((byte) -80, (byte) -30);
    byte[] rsp = hrm.stream().filter(f -> f[5] == 4).findFirst().orElseThrow();
    assertThat(new String(rsp, 17, 13)).isEqualTo("GattScope HRM");

    h.command("00 00 06 04", "00 02 06 04 00 00");
    h.expectNone(f -> false, Duration.ofMillis(50));
    h.expectNone(DongleHarness::isScanResponse, Duration.ofMillis(100));
  }

  @Test
  void passiveScanGetsNoScanResponses() {
    h.command("00 05 06 07 10 00 10 00 00", "00 02 06 07 00 00");
    h.command("00 01 06 02 02", "00 02 06 02 00 00");
    h.expectNone(f -> DongleHarness.isScanResponse(f) && f[5] == 4, Duration.ofMillis(400));
    h.command("00 00 06 04", "00 02 06 04 00 00");
  }

  @Test
  void connectUpdateRssiAndDisconnect() {
    h.connectHrm();
    assertThat(h.sim.connections()).containsExactly(0);
    h.send("00 01 03 01 00");
    byte[] rssi = h.next();
    assertThat(DongleHarness.hex(Arrays.copyOf(rssi, 5))).isEqualTo("00 02 03 01 00");
    assertThat(rssi[5]).isBetween((byte) -75, (byte) -35);
    h.command("00 09 03 02 00 18 00 28 00 02 00 C8 00", "00 03 03 02 00 00 00");
    h.expect("80 10 03 00 00 09 01 01 5E 80 07 00 00 28 00 C8 00 02 00 FF");
    h.command("00 01 03 00 00", "00 03 03 00 00 00 00");
    h.expect("80 03 03 04 00 16 02");
    h.command("00 01 03 00 00", "00 03 03 00 00 86 01");
    h.command("00 09 03 02 01 18 00 28 00 02 00 C8 00", "00 03 03 02 01 86 01");
    assertThat(h.sim.connections()).isEmpty();
  }

  @Test
  void connectingToAnUnknownAddressWaitsUntilTheHostEndsIt() {
    h.command("00 0F 06 03 66 55 44 33 22 11 00 06 00 0C 00 64 00 00 00", "00 03 06 03 00 00 00");
    h.expectNone(f -> f[2] == 3, Duration.ofMillis(150));
    h.command("00 01 06 02 01", "00 02 06 02 81 01");
    h.command("00 00 06 04", "00 02 06 04 00 00");
    h.connectHrm();
  }

  @Test
  void invalidConnectParametersAreRejected() {
    h.command("00 0F 06 03 01 01 5E 80 07 00 00 0C 00 06 00 64 00 00 00", "00 03 06 03 80 01 00");
  }

  @Test
  void theConnectionLimitIsEnforced() {
    try (DongleHarness one =
        new DongleHarness(
            SimulatorConfig.defaults()
                .withMaxConnections(1)
                .withProcedureDelay(Duration.ofMillis(2)))) {
      one.command("00 00 00 06", "00 01 00 06 01");
      one.connectHrm();
      one.command(
          "00 0F 06 03 02 01 5E 80 07 00 00 06 00 0C 00 64 00 00 00", "00 03 06 03 09 02 00");
    }
    assertThat(HeartRateMonitor.ADDRESS.toString()).isEqualTo("00:07:80:5E:01:01");
  }
}
