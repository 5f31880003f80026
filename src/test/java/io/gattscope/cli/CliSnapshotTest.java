package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Backends;
import io.gattscope.ble.sim.SimBackendProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gattscope snapshot, then -a sim --device serving the (edited) file. */
class CliSnapshotTest {
  static final String THERMO = "00:07:80:5E:01:02";

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Backends(List.of(new SimBackendProvider())));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aSnapshotIsSavedOnceAndServedWithItsValues(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("thermo.json");
    Result saved = run("-a", "sim", "snapshot", THERMO, "-o", file.toString());
    assertThat(saved.code()).as(saved.err()).isZero();
    assertThat(saved.out()).contains("Saved " + file).contains("3 services, 7 characteristics");
    String json = Files.readString(file);
    assertThat(json).contains("\"name\" : \"GattScope Thermo\"");

    Result again = run("-a", "sim", "snapshot", THERMO, "-o", file.toString());
    assertThat(again.code()).isEqualTo(Cli.USAGE);
    assertThat(again.err()).contains("exists; add --force");
    assertThat(Files.readString(file)).isEqualTo(json);

    // the served device is the file's: edit the Temperature Type (0x2A1D) from 02 to 05
    String edited = json.replace("\"uuid\" : \"2a1d\",", "\"uuid\" : \"2a1d\", \"x\" : 1,");
    assertThat(edited).isNotEqualTo(json);
    Files.writeString(file, edited);
    Result bad = run("-a", "sim", "--device", file.toString(), "read", THERMO, "2a1d");
    assertThat(bad.code()).isEqualTo(Cli.USAGE);
    assertThat(bad.err()).contains("is not valid: $.services[").contains(".x: unknown field");

    Files.writeString(
        file, json.replaceFirst("(\"uuid\" : \"2a1d\",[^}]*\"value\" : \")02", "$105"));
    Result read = run("-a", "sim", "--device", file.toString(), "read", THERMO, "2a1d", "--json");
    assertThat(read.code()).as(read.err()).isZero();
    assertThat(read.out()).contains("\"05\"");
  }

  @Test
  void deviceNeedsTheSimulatorAndSnapshotRefusesLinks(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("real.json");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    Result r = run("-a", "sim", "snapshot", THERMO, "-o", link.toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("is a symbolic link");
    assertThat(target).doesNotExist();
    Result notSim = run("-a", "bgapi", "--device", target.toString(), "read", THERMO, "2a1d");
    assertThat(notSim.code()).isEqualTo(Cli.USAGE);
    assertThat(notSim.err()).contains("use it with -a sim");
  }

  @Test
  void progressGoesToStderrOnlyAndNeverIntoStdout(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("thermo.json");
    Result r =
        run(
            "-a",
            "sim",
            "snapshot",
            THERMO,
            "-o",
            file.toString(),
            "--record",
            "0.6",
            "--progress",
            "always");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Saved " + file).doesNotContain("\r").doesNotContain("Reading");
    assertThat(r.err())
        .contains("\rDiscovering the GATT table\u001b[K")
        .contains("\rRecording 0.6 of 0.6 s\u001b[K")
        .contains("\rReading 1 of ")
        .containsPattern("\rReading (\\d+) of \\1 attributes\u001b\\[K\n");

    Path quiet = dir.resolve("quiet.json");
    Result json = run("--json", "-a", "sim", "snapshot", THERMO, "-o", quiet.toString());
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.err()).as("auto: stderr is not a terminal here").doesNotContain("Reading");
    assertThat(json.out()).startsWith("{").doesNotContain("Reading");
  }
}
