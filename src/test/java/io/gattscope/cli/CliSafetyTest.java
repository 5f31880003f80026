package io.gattscope.cli;

import static io.gattscope.cli.CliSimTest.HRM;
import static io.gattscope.cli.CliSimTest.TWIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input the command line refuses before it connects (CSV targets, write values, timeouts), and the
 * report of data an adapter dropped.
 */
class CliSafetyTest {
  final SimFixture sim = new SimFixture();

  @AfterEach
  void close() {
    sim.close();
  }

  private void assertNothingConnected() {
    assertThat(sim.simulators()).as("no adapter was opened").isEmpty();
  }

  @Test
  void csvKeepsAnExistingFileUnlessForced(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("hr.csv");
    Files.writeString(csv, "precious\n");
    SimFixture.Result r = sim.run("subscribe", HRM, "2a37", "-n", "3", "--csv", csv.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--csv " + csv + " exists; add --force to replace it");
    assertThat(Files.readString(csv)).isEqualTo("precious\n");
    assertNothingConnected();

    SimFixture.Result forced =
        sim.run("subscribe", HRM, "2a37", "-n", "3", "--csv", csv.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).startsWith("time_iso,time_s");
    assertThat(rows).hasSize(4);
  }

  @Test
  void csvNeverWritesThroughASymbolicLink(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("target.txt");
    Files.writeString(target, "not yours\n");
    Path link = Files.createSymbolicLink(dir.resolve("hr.csv"), target);
    for (String force : List.of("--force", "--indicate=false")) {
      SimFixture.Result r =
          sim.run("subscribe", HRM, "2a37", "-n", "3", "--csv", link.toString(), force);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains(link + " is a symbolic link");
    }
    Path dangling = Files.createSymbolicLink(dir.resolve("new.csv"), dir.resolve("nowhere.csv"));
    SimFixture.Result r =
        sim.run("subscribe", HRM, "2a37", "-n", "3", "--csv", dangling.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(Files.readString(target)).isEqualTo("not yours\n");
    assertThat(dir.resolve("nowhere.csv")).doesNotExist();
    assertNothingConnected();
  }

  @Test
  void csvIsOnlyCreatedOnceTheSubscriptionRuns(@TempDir Path dir) {
    Path csv = dir.resolve("hr.csv");
    SimFixture.Result r = sim.run("subscribe", HRM, "ffee", "-n", "3", "--csv", csv.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(csv).as("no subscription, no file").doesNotExist();
    SimFixture.Result absent =
        sim.run(
            "subscribe",
            "AA:00:00:00:00:99",
            "2a37",
            "--connect-timeout",
            "0.2",
            "--csv",
            csv.toString());
    assertThat(absent.code()).isEqualTo(1);
    assertThat(csv).doesNotExist();
  }

  @Test
  void writeValuesNoLinkCouldCarryAreRefusedBeforeConnecting() {
    SimFixture.Result empty = sim.run("write", HRM, "2a39", "");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("the value is empty");
    String big = "00".repeat(600);
    SimFixture.Result tooLong = sim.run("write", TWIN, "2a39", big);
    assertThat(tooLong.code()).isEqualTo(2);
    assertThat(tooLong.err())
        .contains("600 bytes do not fit an attribute value: 512 bytes at most");
    SimFixture.Result command = sim.run("write", TWIN, "2a39", "00".repeat(515), "--no-response");
    assertThat(command.code()).isEqualTo(2);
    assertThat(command.err())
        .contains("515 bytes do not fit a write without response: MTU 517 allows 514 bytes");
    assertNothingConnected();
  }

  @Test
  void aWriteWithoutResponseLongerThanTheLinksMtuIsRefusedAfterConnecting() {
    SimFixture.Result r = sim.run("write", HRM, "2a39", "00".repeat(30), "--no-response");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("30 bytes do not fit a write without response: MTU 23");
  }

  @Test
  void timeoutsLieBetweenATenthOfASecondAndAnHour() {
    record Case(List<String> args, String message) {}
    for (Case c :
        List.of(
            new Case(
                List.of("--call-timeout", "1e-12", "read", HRM, "2a38"),
                "--call-timeout must lie between 0.1 and 3600 (1 h) seconds, got 0.000000000001"),
            new Case(
                List.of("read", HRM, "2a38", "--connect-timeout", "7200"),
                "--connect-timeout must lie between 0.1 and 3600 (1 h) seconds, got 7200"),
            new Case(List.of("scan", "--timeout", "0.05"), "--timeout must lie between 0.1"),
            new Case(List.of("scan", "--timeout", "NaN"), "got NaN"),
            new Case(
                List.of("subscribe", HRM, "2a37", "--duration", "0.01"),
                "--duration must lie between 0.1 and 86400"))) {
      SimFixture.Result r = sim.run(c.args().toArray(String[]::new));
      assertThat(r.code()).as(c.args().toString()).isEqualTo(2);
      assertThat(r.err()).as(c.args().toString()).contains(c.message());
    }
    assertNothingConnected();
  }

  @Test
  void aRunThatDroppedDataSaysSoAtTheEnd() throws Exception {
    byte[] garbage = "\u0042\u0042\u0042\u0042\u0042\u0042".getBytes(StandardCharsets.ISO_8859_1);
    sim.afterConnect(s -> s.injectGarbage(garbage));
    SimFixture.Result r = sim.run("read", HRM, "2a38");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).containsPattern("gattscope: the adapter dropped [1-9]\\d* byte\\(s\\)");
    SimFixture.Result j = sim.run("--json", "read", HRM, "2a38");
    assertThat(j.code()).as(j.err()).isZero();
    String last = j.err().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(CliSimTest.json(last).get("dropped").get("bytes").asLong()).isPositive();

    sim.afterConnect(s -> {});
    SimFixture.Result clean = sim.run("read", HRM, "2a38");
    assertThat(clean.err()).doesNotContain("dropped");
  }
}
