package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.gattscope.testsupport.TrafficCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code read} by bare UUID uses Read By Type instead of a service discovery, with the same output
 * and the same errors as the discovering read.
 */
class CliReadByTypeTest {
  private static final String SENT_GROUP_READ = "→ attclient_read_by_group_type";
  private static final String SENT_TYPE_READ = "→ attclient_read_by_type";

  final SimFixture sim = new SimFixture();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void aReadByUuidSendsNoServiceDiscoveryAndPrintsWhatTheDiscoveringReadPrints() {
    SimFixture.Result quick;
    long groupReads;
    long typeReads;
    try (TrafficCapture traffic = new TrafficCapture(Level.DEBUG)) {
      quick = sim.run("read", CliSimTest.HRM, "2a38");
      groupReads = count(traffic, SENT_GROUP_READ);
      typeReads = count(traffic, SENT_TYPE_READ);
    }
    assertThat(quick.code()).as(quick.err()).isZero();
    assertThat(groupReads).as("primary service discoveries").isZero();
    assertThat(typeReads).as("read by type procedures").isEqualTo(2);
    assertThat(quick.err())
        .contains("Read 1 byte(s) from 0x2A38 (handle 0x000B)")
        .contains("Decoded: Body Sensor Location: Chest");

    SimFixture.Result discovering;
    long discoveries;
    try (TrafficCapture traffic = new TrafficCapture(Level.DEBUG)) {
      discovering = sim.run("read", CliSimTest.HRM, "0x000b");
      discoveries = count(traffic, SENT_GROUP_READ);
    }
    assertThat(discoveries).isZero();
    assertThat(discovering.out()).isEqualTo(quick.out());
  }

  @Test
  void underJsonTheReadStillDiscoversForThePresentationFormat() {
    try (TrafficCapture traffic = new TrafficCapture(Level.DEBUG)) {
      SimFixture.Result r = sim.run("read", CliSimTest.HRM, "2a38", "--json");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(count(traffic, SENT_GROUP_READ)).isPositive();
    }
  }

  @Test
  void aUuidOfTheTwinServicesIsStillRefusedAsAmbiguous() {
    SimFixture.Result r = sim.run("read", CliSimTest.TWIN, CliSimTest.SIDE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("characteristic " + CliSimTest.SIDE + " is ambiguous, it is in 2 places")
        .contains("candidate: b7e10001-5c1a-4f6e-9d3b-2a4c6e8f0a1b/" + CliSimTest.SIDE)
        .contains("candidate: b7e10002-5c1a-4f6e-9d3b-2a4c6e8f0a1b/" + CliSimTest.SIDE);
  }

  @Test
  void anUnreadableUuidGivesTheAttErrorOfTheDiscoveringRead() {
    SimFixture.Result r =
        sim.run("read", CliSimTest.SECURE, "--random", "c0de0002-7e57-4a11-b0b0-5ec0de000000");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "attclient_read_by_handle failed: ATT error 0x05 Insufficient Authentication"
                + " (handle 0x000A)");
    SimFixture.Result absent = sim.run("read", CliSimTest.HRM, "2aff");
    assertThat(absent.code()).isEqualTo(1);
    assertThat(absent.err()).contains("no characteristic 0x2AFF on this device");
  }

  private static long count(TrafficCapture traffic, String prefix) {
    return traffic.events().stream()
        .map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.startsWith(prefix))
        .count();
  }
}
