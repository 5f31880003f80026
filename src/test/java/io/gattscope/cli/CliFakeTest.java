package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gattscope.ble.AddressType;
import io.gattscope.ble.Backends;
import io.gattscope.ble.BleAddress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every subcommand against the in-memory fake backend: output and exit codes. */
class CliFakeTest {
  static final String HRM = "AA:00:00:00:00:01";
  static final String TWIN = "AA:00:00:00:00:02";
  static final String SECURE = "C0:00:00:00:00:03";
  static final String MUTE = "AA:00:00:00:00:04";

  FakeBackend backend;
  FakePeripheral hrm;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void world() {
    hrm =
        new FakePeripheral(HRM, AddressType.PUBLIC, "HRM")
            .service(0x180D, 0x2A37, 0x10, 0x2A38, 0x02, 0x2A39, 0x08);
    hrm.service(0x180A, 0x2A29, 0x02);
    hrm.values.put(hrm.database().characteristics().get(1).valueHandle(), new byte[] {0x01});
    FakePeripheral twin =
        new FakePeripheral(TWIN, AddressType.PUBLIC, "Twin")
            .service(0xFFF0, 0xFFF1, 0x0A)
            .service(0xFFF2, 0xFFF1, 0x0A);
    FakePeripheral secure = new FakePeripheral(SECURE, AddressType.RANDOM, "Secure");
    secure.service(0x180F, 0x2A19, 0x02);
    secure.passkey = 123456;
    FakePeripheral mute =
        new FakePeripheral(MUTE, AddressType.PUBLIC, "Mute").service(0x180F, 0x2A19, 0x02);
    mute.muted = true;
    backend = new FakeBackend(List.of(hrm, twin, secure, mute));
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Backends(List.of(backend.provider())));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static JsonNode json(String line) throws Exception {
    return new ObjectMapper().readTree(line);
  }

  @Test
  void adaptersMarksTheDefault() throws Exception {
    Result r = run("adapters");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("fake").contains("Fake adapter").contains("(default)");
    JsonNode j = json(run("adapters", "--json").out().strip());
    assertThat(j.get("id").asText()).isEqualTo("fake");
    assertThat(j.get("default").asBoolean()).isTrue();
  }

  @Test
  void scanListsDevicesAndFiltersByName() throws Exception {
    Result r = run("scan", "--timeout", "0.2");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(HRM + "  public").contains("HRM").contains(SECURE + "  random");
    assertThat(r.err()).contains("4 device(s) found");
    Result only = run("scan", "-t", "0.2", "--name", "twi", "--json");
    assertThat(only.out().strip().lines()).hasSize(1);
    JsonNode j = json(only.out().strip());
    assertThat(j.get("address").asText()).isEqualTo(TWIN);
    assertThat(j.get("rssi").asInt()).isEqualTo(-60);
    assertThat(j.get("name").asText()).isEqualTo("Twin");
  }

  @Test
  void servicesPrintsTheTreeWithHandlesAndProperties() throws Exception {
    Result r = run("services", HRM);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Service 0x180D  [0x0001..0x0008]")
        .contains("  0x0003  0x2A37  [notify]")
        .contains("    0x0004  0x2902")
        .contains("  0x0006  0x2A38  [read]");
    JsonNode j = json(run("services", HRM, "--json").out().strip());
    assertThat(j.at("/services/0/characteristics/0/valueHandle").asInt()).isEqualTo(3);
    assertThat(j.at("/services/0/characteristics/0/properties/0").asText()).isEqualTo("notify");
  }

  @Test
  void readPrintsTheValueByUuidAndByHandle() {
    Result r = run("read", HRM, "2a38");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("01");
    assertThat(run("read", HRM, "0x0006").out().strip()).isEqualTo("01");
    assertThat(run("read", HRM, "180d/2a38").out().strip()).isEqualTo("01");
  }

  @Test
  void unknownCharacteristicIsABleFailure() {
    Result r = run("read", HRM, "2aff");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no characteristic 0x2AFF");
    assertThat(r.err()).doesNotContain("at io.gattscope");
  }

  @Test
  void ambiguousCharacteristicListsTheCandidates() {
    Result r = run("read", TWIN, "fff1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("ambiguous")
        .contains("candidate: 0xFFF0/0xFFF1")
        .contains("candidate: 0xFFF2/0xFFF1");
  }

  @Test
  void badHexIsAUsageErrorAndNothingIsWritten() {
    Result r = run("write", HRM, "2a39", "0g");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not hex").contains("Try 'gattscope write --help'");
    assertThat(backend.connected).isEmpty();
  }

  @Test
  void writeToReadOnlyNamesTheAttError() {
    Result r = run("write", HRM, "2a38", "01");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ATT error 0x03 Write Not Permitted");
  }

  @Test
  void writeThenReadBack() {
    Result w = run("write", TWIN, "fff0/fff1", "de ad be ef");
    assertThat(w.code()).isZero();
    assertThat(w.out()).contains("Wrote 4 byte(s) to 0xFFF1");
    assertThat(run("read", TWIN, "fff0/fff1").out().strip()).isEqualTo("de ad be ef");
    assertThat(run("read", TWIN, "fff2/fff1").out().strip()).isEmpty();
  }

  @Test
  void longValuesUseALongWriteButNotWithoutResponse() {
    String value = "00".repeat(30);
    Result w = run("write", TWIN, "fff0/fff1", value);
    assertThat(w.code()).isZero();
    assertThat(w.err()).contains("long write");
    Result nr = run("write", TWIN, "fff0/fff1", value, "--no-response");
    assertThat(nr.code()).isEqualTo(2);
    assertThat(nr.err()).contains("at most MTU-3 = 20");
  }

  @Test
  void aDeviceThatNeverAnswersTimesOut() {
    Result r = run("read", MUTE, "2a19", "--call-timeout", "0.2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("timed out").contains("service discovery");
  }

  @Test
  void anAbsentDeviceTimesOutConnecting() {
    Result r = run("read", "AA:00:00:00:00:99", "2a19", "--connect-timeout", "0.1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("timed out").contains("connection to AA:00:00:00:00:99");
  }

  @Test
  void usageErrorsExitWithTwoAndAHint() {
    Result bad = run("read", "AA:BB", "2a37");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("not a Bluetooth address").contains("--help");
    assertThat(run("read", HRM, "xyz").err()).contains("is not a UUID");
    Result opt = run("scan", "--bogus");
    assertThat(opt.code()).isEqualTo(2);
    assertThat(opt.err()).contains("Unknown option: '--bogus'");
    Result adapter = run("scan", "--adapter", "nope");
    assertThat(adapter.code()).isEqualTo(2);
    assertThat(adapter.err()).contains("unknown adapter 'nope'");
    assertThat(run("read", HRM, "2a38", "--format", "roman").err())
        .contains("unknown format 'roman'");
  }

  @Test
  void debugShowsTheStackTrace() {
    Result r = run("--debug", "read", HRM, "2aff");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("at io.gattscope");
  }

  @Test
  void subscribeStopsAfterTheCountAndUnsubscribes() throws Exception {
    Result r = run("subscribe", HRM, "2a37", "--count", "5");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT.*Z  01");
    assertThat(lines.get(4)).endsWith("  05");
    assertThat(r.err()).contains("Received 5 value(s)");
    assertThat(backend.stopped).isTrue();
    Result j = run("subscribe", HRM, "2a37", "-n", "3", "--json");
    List<String> jl = j.out().strip().lines().toList();
    assertThat(jl).hasSize(3);
    assertThat(json(jl.get(2)).get("hex").asText()).isEqualTo("03");
    assertThat(json(jl.get(2)).get("handle").asInt()).isEqualTo(3);
  }

  @Test
  void subscribeStopsAfterTheDuration() {
    Result r = run("subscribe", HRM, "2a37", "--duration", "0.2");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().count()).isPositive();
    assertThat(r.err()).contains("Received");
  }

  @Test
  void subscribeToACharacteristicWithoutCccdFails() {
    Result r = run("subscribe", HRM, "2a38", "-n", "1");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ATT error");
  }

  @Test
  void pairWithPasskeyAndRandomAddress() {
    Result r = run("pair", SECURE, "--random", "--passkey", "123456");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Bonded with " + BleAddress.parse(SECURE));
    Result wrong = run("pair", SECURE, "--random", "--passkey", "1");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("passkey entry failed");
    Result none = run("pair", SECURE, "--random");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("a passkey was requested");
  }
}
