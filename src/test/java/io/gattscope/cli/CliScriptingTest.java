package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a script relies on: honest adapters, early scan ends, a closed pipe, JSON and CSV. */
class CliScriptingTest {
  final SimFixture sim = new SimFixture();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void withoutAnAdapterCommandsFailInsteadOfSimulating() {
    SimFixture.Result r = sim.runRaw("scan", "-t", "0.2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("no Bluetooth adapter found (use -a sim for the built-in simulator)");
    assertThat(sim.simulators()).as("nothing was simulated").isEmpty();
    SimFixture.Result read = sim.runRaw("read", CliSimTest.HRM, "2a38");
    assertThat(read.code()).isEqualTo(1);
    SimFixture.Result json = sim.runRaw("--json", "scan");
    assertThat(json.err().strip())
        .isEqualTo(
            "{\"error\":\"no Bluetooth adapter found (use -a sim for the built-in simulator)\","
                + "\"kind\":\"adapter\",\"code\":1}");
  }

  @Test
  void aFilteredScanEndsAtTheFirstMatchUnlessAll() throws Exception {
    SimFixture.Result first =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> sim.run("scan", "--timeout", "120", "--name", "gattscope"));
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out().strip().lines()).hasSize(1).allMatch(l -> l.contains("GattScope"));
    assertThat(first.err()).contains("until the first match").contains("1 device(s) found");
    SimFixture.Result all = sim.run("scan", "-t", "1", "--name", "gattscope", "--all");
    assertThat(all.out().strip().lines().count()).isGreaterThan(2);
    SimFixture.Result byAddress =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> sim.run("scan", "-t", "120", "--address", CliSimTest.TWIN, "--json"));
    assertThat(CliSimTest.json(byAddress.out().strip()).get("name").asText())
        .isEqualTo("GattScope Twin");
    SimFixture.Result byService =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> sim.run("scan", "-t", "120", "--service", "180d"));
    assertThat(byService.out()).contains("0x180D Heart Rate");
  }

  @Test
  void scanJsonKeepsUuidsAndNamesApartWithLowerCaseHex() throws Exception {
    SimFixture.Result r = sim.run("--json", "scan", "-t", "120", "--address", CliSimTest.HRM);
    JsonNode j = CliSimTest.json(r.out().strip());
    JsonNode service = j.get("services").get(0);
    assertThat(service.get("uuid").asText()).isEqualTo("0000180d-0000-1000-8000-00805f9b34fb");
    assertThat(service.get("name").asText()).isEqualTo("Heart Rate");
    assertThat(j.get("advertisingData").asText()).matches("[0-9a-f]{6,}");
    assertThat(j.get("addressType").asText()).isEqualTo("public");
  }

  @Test
  void aClosedStdoutEndsSubscribeCleanlyWithExitZero() {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 50));
    ClosedAfterLines pipe = new ClosedAfterLines(2);
    SimFixture.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                sim.runWith(
                    new PrintStream(pipe, true, StandardCharsets.UTF_8),
                    "-a",
                    "sim",
                    "subscribe",
                    CliSimTest.HRM,
                    "2a37"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(pipe.lines).isEqualTo(2);
    assertThat(r.err()).contains("Subscribed to").doesNotContain("gattscope:");
    assertThat(sim.simulators().get(0).connections()).as("disconnected").isEmpty();
  }

  @Test
  void errorsUnderJsonAreOneObjectOnStderr() throws Exception {
    SimFixture.Result usage = sim.run("read", "AA:BB", "2a37", "--json");
    assertThat(usage.code()).isEqualTo(2);
    JsonNode u = CliSimTest.json(usage.err().strip());
    assertThat(u.get("kind").asText()).isEqualTo("usage");
    assertThat(u.get("code").asInt()).isEqualTo(2);
    assertThat(u.get("error").asText()).contains("not a Bluetooth address");
    SimFixture.Result lookup = sim.run("--json", "read", CliSimTest.TWIN, CliSimTest.SIDE);
    assertThat(lookup.code()).isEqualTo(1);
    String line = lookup.err().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow();
    JsonNode l = CliSimTest.json(line);
    assertThat(l.get("kind").asText()).isEqualTo("lookup");
    assertThat(l.get("candidates").size()).isEqualTo(2);
    SimFixture.Result att = sim.run("--json", "write", CliSimTest.HRM, "2a38", "02");
    JsonNode a =
        CliSimTest.json(att.err().lines().filter(x -> x.startsWith("{")).findFirst().orElseThrow());
    assertThat(a.get("kind").asText()).isEqualTo("att");
    assertThat(a.get("attError").asInt()).isEqualTo(3);
    assertThat(a.get("code").asInt()).isEqualTo(1);
  }

  @Test
  void jsonValuesUseLowerCaseHexAndUuidFields() throws Exception {
    SimFixture.Result r = sim.run("--json", "read", CliSimTest.TWIN, CliSimTest.LEFT);
    JsonNode j = CliSimTest.json(r.out().strip());
    assertThat(j.get("hex").asText()).isEqualTo("6c656674");
    assertThat(j.get("uuid").asText()).isEqualTo(CliSimTest.SIDE);
    assertThat(j.get("bytes").asInt()).isEqualTo(4);
    SimFixture.Result named = sim.run("--json", "read", CliSimTest.HRM, "2a00", "-f", "utf8");
    JsonNode n = CliSimTest.json(named.out().strip());
    assertThat(n.get("name").asText()).isEqualTo("Device Name");
    assertThat(n.get("value").asText()).isEqualTo("GattScope HRM");
  }

  @Test
  void layoutNumbersPrintAtTheirResolution() {
    SimFixture.Result r =
        sim.run(
            "--json",
            "subscribe",
            CliSimTest.IMU,
            CliSimTest.MOTION,
            "-n",
            "30",
            "--layout",
            "ax:i16*0.001 g, ay:i16*0.001 g, az:i16*0.001 g");
    assertThat(r.code()).as(r.err()).isZero();
    Pattern number = Pattern.compile("\"a[xyz]\":([^,}]+)");
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines).hasSize(30);
    for (String line : lines) {
      Matcher m = number.matcher(line);
      int found = 0;
      while (m.find()) {
        found++;
        assertThat(m.group(1)).as(line).matches("-?\\d+(\\.\\d{1,3})?");
      }
      assertThat(found).isEqualTo(3);
    }
  }

  @Test
  void csvWithoutALayoutRecordsRawPayloadsWithBothTimestamps(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("raw.csv");
    SimFixture.Result r =
        sim.run(
            "--json",
            "subscribe",
            CliSimTest.IMU,
            CliSimTest.MOTION,
            "-n",
            "5",
            "--csv",
            csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).isEqualTo("time_iso,time_s,arrival_s,raw_hex");
    List<String> printed = r.out().strip().lines().toList();
    for (int i = 1; i <= 5; i++) {
      String[] cells = rows.get(i).split(",");
      assertThat(cells).hasSize(4);
      assertThat(cells[0]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
      assertThat(cells[1]).matches("\\d+\\.\\d{9}");
      assertThat(cells[2]).matches("\\d+\\.\\d+");
      assertThat(cells[3]).matches("[0-9a-f]{24}");
      assertThat(CliSimTest.json(printed.get(i - 1)).get("hex").asText())
          .as("CSV and JSON use the same hex")
          .isEqualTo(cells[3]);
    }
  }

  /** A stdout whose reader goes away after some lines, like {@code | head -2}. */
  static final class ClosedAfterLines extends OutputStream {
    private final int max;
    volatile int lines;

    ClosedAfterLines(int max) {
      this.max = max;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      if (lines >= max) {
        throw new IOException("Broken pipe");
      }
      if (b == '\n') {
        lines++;
      }
    }
  }
}
