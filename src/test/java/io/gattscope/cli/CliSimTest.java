package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand in-process against the simulator over BGAPI: output and exit codes. */
class CliSimTest {
  static final String HRM = "00:07:80:5E:01:01";
  static final String TWIN = "00:07:80:5E:01:04";
  static final String SECURE = "C6:5E:01:00:00:05";
  static final String LEFT =
      "b7e10001-5c1a-4f6e-9d3b-2a4c6e8f0a1b/b7e1aaaa-5c1a-4f6e-9d3b-2a4c6e8f0a1b";
  static final String IMU = "00:07:80:5E:01:03";
  static final String MOTION = "a5f10001-8d2e-4b5a-9c3f-6a7b8c9d0e1f";
  static final String SIDE = "b7e1aaaa-5c1a-4f6e-9d3b-2a4c6e8f0a1b";

  final SimFixture sim = new SimFixture();

  @AfterEach
  void close() {
    sim.close();
  }

  static JsonNode json(String line) throws Exception {
    return new ObjectMapper().readTree(line);
  }

  @Test
  void adaptersListsTheSimulatorButNeverAsDefault() {
    SimFixture.Result r = sim.run("adapters");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("sim").contains("GattScope simulator").doesNotContain("default");
  }

  @Test
  void scanFindsThePeripheralsAndTheBeacons() throws Exception {
    SimFixture.Result r = sim.run("scan", "--timeout", "1.2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(HRM + "  public").contains("GattScope HRM");
    assertThat(r.out()).contains("services: 0x180D Heart Rate, 0x180F Battery");
    assertThat(r.out()).contains("company: Apple, Inc. (0x004C)").contains("iBeacon");
    assertThat(r.out()).contains(SECURE + "  random");
    assertThat(r.out().lines().count()).isGreaterThan(20);
    SimFixture.Result only = sim.run("scan", "-t", "30", "--name", "twin", "--json");
    List<String> lines = only.out().strip().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode j = json(lines.get(0));
    assertThat(j.get("address").asText()).isEqualTo(TWIN);
    assertThat(j.get("name").asText()).isEqualTo("GattScope Twin");
    assertThat(j.get("rssi").asInt()).isBetween(-127, 20);
    assertThat(j.get("addressType").asText()).isEqualTo("public");
    assertThat(j.get("connectable").asBoolean()).isTrue();
  }

  @Test
  void servicesPrintsTheTree() throws Exception {
    SimFixture.Result r = sim.run("services", HRM);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Service 0x180D Heart Rate")
        .contains("0x2A37 Heart Rate Measurement")
        .contains("  0x0008  0x2A37")
        .contains("[notify]")
        .contains("    0x0009  0x2902")
        .contains("  0x000B  0x2A38")
        .contains("[read]");
    JsonNode j = json(sim.run("--json", "services", HRM).out().strip());
    assertThat(j.get("services").size()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void readByUuidServiceAndHandle() {
    SimFixture.Result r = sim.run("read", HRM, "2a38");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("01");
    assertThat(sim.run("read", HRM, "0x000b").out().strip()).isEqualTo("01");
    assertThat(sim.run("read", TWIN, LEFT).out().strip()).isEqualTo("6C 65 66 74");
    assertThat(sim.run("read", HRM, "2a00", "--format", "utf8").out().strip())
        .isEqualTo("GattScope HRM");
    assertThat(r.err()).contains("Decoded: ").contains("Chest");
  }

  @Test
  void unknownCharacteristicFailsWithExitOne() {
    SimFixture.Result r = sim.run("read", HRM, "2aff");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no characteristic 0x2AFF").doesNotContain("\tat ");
  }

  @Test
  void ambiguousCharacteristicOnTwinListsBothServices() {
    SimFixture.Result r = sim.run("read", TWIN, SIDE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("ambiguous")
        .contains("candidate: b7e10001-5c1a-4f6e-9d3b-2a4c6e8f0a1b/" + SIDE)
        .contains("candidate: b7e10002-5c1a-4f6e-9d3b-2a4c6e8f0a1b/" + SIDE);
  }

  @Test
  void badHexIsAUsageError() {
    SimFixture.Result r = sim.run("write", TWIN, LEFT, "zz");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("VALUE:").contains("hex").contains("--help");
  }

  @Test
  void writeToReadOnlyNamesTheAttError() {
    SimFixture.Result r = sim.run("write", HRM, "2a38", "02");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ATT error 0x03 Write Not Permitted");
  }

  @Test
  void writeShortAndLongThenReadBack() {
    SimFixture.Result u = sim.run("write", HRM, "2a39", "1", "--format", "uint8");
    assertThat(u.code()).as(u.err()).isZero();
    SimFixture.Result w = sim.run("write", TWIN, LEFT, "01 02 03");
    assertThat(w.code()).as(w.err()).isZero();
    assertThat(w.out()).contains("Wrote 3 byte(s)");
    // each command runs against a fresh simulator, so write and read in one world is not possible
    // across commands; the long write is checked by its path and result
    String thirty = "ab".repeat(30);
    SimFixture.Result l = sim.run("write", TWIN, LEFT, thirty);
    assertThat(l.code()).as(l.err()).isZero();
    assertThat(l.err()).contains("long write");
    assertThat(l.out()).contains("Wrote 30 byte(s)");
  }

  @Test
  void aMutedDeviceTimesOut() {
    sim.afterConnect(s -> s.setMuted(true));
    SimFixture.Result r = sim.run("read", HRM, "0x000b", "--call-timeout", "0.5");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("timed out");
  }

  @Test
  void subscribePrintsOneLinePerNotification() throws Exception {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 50));
    SimFixture.Result r = sim.run("subscribe", HRM, "2a37", "--count", "3");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT[^ ]+Z  1[67] .*"));
    assertThat(r.err()).contains("Received 3 value(s)");
    assertThat(lines.get(0)).contains("bpm");
    SimFixture.Result j = sim.run("subscribe", HRM, "2a37", "-n", "2", "--json");
    List<String> jl = j.out().strip().lines().toList();
    assertThat(jl).hasSize(2);
    assertThat(json(jl.get(1)).get("handle").asInt()).isEqualTo(8);
  }

  @Test
  void subscribeDecodesWithALayoutAndRecordsCsv(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("imu.csv");
    SimFixture.Result r =
        sim.run(
            "subscribe",
            IMU,
            MOTION,
            "--count",
            "20",
            "--layout",
            "ax:i16*0.001 g, ay:i16*0.001 g, az:i16*0.001 g",
            "--csv",
            csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines).hasSize(20);
    assertThat(lines.get(0)).matches(".*Z  ax=-?[0-9.e-]+ g, ay=-?[0-9.e-]+ g, az=[0-9.]+ g");
    assertThat(r.err()).contains("Wrote 20 row(s) to " + csv);
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(21);
    assertThat(rows.get(0)).isEqualTo("time_iso,time_s,ax (g),ay (g),az (g),arrival_s,raw_hex");
    String[] row = rows.get(5).split(",");
    assertThat(row[0]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    double az = Double.parseDouble(row[4]);
    assertThat(az).isBetween(0.9, 1.1);
    assertThat(row[6]).as("the raw payload: six int16").hasSize(24);
    SimFixture.Result j =
        sim.run("subscribe", IMU, MOTION, "-n", "1", "--layout", "<hhh", "--json");
    assertThat(json(j.out().strip()).get("channels").size()).isEqualTo(3);
  }

  @Test
  void layoutAndCsvMistakesAreUsageErrors() {
    SimFixture.Result bad = sim.run("subscribe", IMU, MOTION, "--layout", "ax:q99");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("ax:q99");
  }

  @Test
  void subscribeEndsAfterTheDuration() {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 50));
    SimFixture.Result r = sim.run("subscribe", HRM, "2a37", "--duration", "0.5");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isBetween(5L, 40L);
  }

  @Test
  void pairingWithThePasskeyUnlocksTheSecret() {
    SimFixture.Result locked = sim.run("read", SECURE, "--random", "0x000a");
    assertThat(locked.code()).isEqualTo(1);
    assertThat(locked.err()).contains("Insufficient Authentication");
    SimFixture.Result r = sim.run("pair", SECURE, "--random", "--passkey", "123456");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Bonded with " + SECURE);
    SimFixture.Result wrong = sim.run("pair", SECURE, "--random", "--passkey", "111111");
    assertThat(wrong.code()).isEqualTo(1);
  }

  @Test
  void anAbsentDeviceTimesOutConnecting() {
    SimFixture.Result r = sim.run("read", "AA:00:00:00:00:99", "2a19", "--connect-timeout", "0.2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("timed out").contains("AA:00:00:00:00:99");
  }

  @Test
  void usageErrorsExitWithTwoAndAHint() {
    SimFixture.Result bad = sim.run("read", "AA:BB", "2a37");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("not a Bluetooth address").contains("--help");
    assertThat(sim.run("read", HRM, "xyz").err())
        .contains("(CHAR): 'xyz' is not a UUID")
        .doesNotContain("Exception")
        .doesNotContain("CharacteristicRef");
    assertThat(sim.run("read", "00:07:80:5E:01:0Z", "2a38").err())
        .contains("(ADDR): '00:07:80:5E:01:0Z' is not a Bluetooth address")
        .doesNotContain("Exception");
    SimFixture.Result opt = sim.run("scan", "--bogus");
    assertThat(opt.code()).isEqualTo(2);
    assertThat(opt.err()).contains("Unknown option: '--bogus'");
    SimFixture.Result adapter = sim.runRaw("--adapter", "nope", "scan");
    assertThat(adapter.code()).isEqualTo(2);
    assertThat(adapter.err()).contains("unknown adapter 'nope'");
    assertThat(sim.run("read", HRM, "2a38", "--format", "roman").err())
        .contains("unknown value format 'roman'");
    assertThat(sim.run("subscribe", HRM, "2a37", "--count", "0").code()).isEqualTo(2);
  }

  @Test
  void debugShowsTheStackTrace() {
    SimFixture.Result r = sim.run("--debug", "read", HRM, "2aff");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("\tat io.gattscope");
  }

  @Test
  void simOnAMissingSerialPortFails() {
    SimFixture.Result r = sim.run("sim", "--serial", "/dev/does-not-exist");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("/dev/does-not-exist");
  }

  @Test
  void readJsonCarriesThePresentationFormatsNumberAndUnit() throws Exception {
    SimFixture.Result r = sim.run("read", IMU, "a5f10002-8d2e-4b5a-9c3f-6a7b8c9d0e1f", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = json(r.out().strip());
    assertThat(j.get("hex").asText()).isEqualTo("c800");
    assertThat(j.get("number").isIntegralNumber()).as(r.out()).isTrue();
    assertThat(j.get("number").asInt()).isEqualTo(200);
    assertThat(j.get("unit").asText()).isEqualTo("Hz");
  }
}
