package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Global options before or after the subcommand, help on every subcommand, hints that work. */
class CliOptionsTest {
  final SimFixture sim = new SimFixture();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void theAdapterOptionWorksBeforeAndAfterTheSubcommand() {
    List<List<String>> forms =
        List.of(
            List.of("--adapter", "sim", "adapters"),
            List.of("--adapter=sim", "adapters"),
            List.of("-a", "sim", "adapters"),
            List.of("-asim", "adapters"),
            List.of("adapters", "-a", "sim"),
            List.of("adapters", "--adapter=sim"));
    for (List<String> args : forms) {
      SimFixture.Result r = sim.runRaw(args.toArray(String[]::new));
      assertThat(r.code()).as(args + ": " + r.err()).isZero();
      assertThat(r.out()).as(args.toString()).contains("GattScope simulator");
    }
  }

  @Test
  void globalOptionsBeforeTheSubcommandReachIt() throws Exception {
    SimFixture.Result before =
        sim.runRaw("--adapter", "sim", "--json", "read", CliSimTest.HRM, "2a38");
    assertThat(before.code()).as(before.err()).isZero();
    assertThat(CliSimTest.json(before.out().strip()).get("hex").asText()).isEqualTo("01");
    SimFixture.Result after =
        sim.runRaw("read", CliSimTest.HRM, "2a38", "-a", "sim", "--json", "--call-timeout", "3");
    assertThat(after.code()).as(after.err()).isZero();
    assertThat(after.out()).isEqualTo(before.out());
  }

  @Test
  void theCommandTableNamesEachClassByItsCommandName() {
    for (String[] c : Cli.COMMANDS) {
      CommandLine.Command command = Cli.commandClass(c[1]).getAnnotation(CommandLine.Command.class);
      assertThat(command).as(c[1]).isNotNull();
      assertThat(command.name()).as(c[1]).isEqualTo(c[0]);
    }
    assertThat(Cli.wholeTree().getSubcommands()).hasSize(Cli.COMMANDS.length);
  }

  @Test
  void everySubcommandHasHelp() {
    List<String> paths = new ArrayList<>();
    collect(Cli.wholeTree(), "", paths);
    assertThat(paths).contains("scan", "read", "bench notify");
    for (String path : paths) {
      for (String flag : List.of("--help", "-h")) {
        List<String> args = new ArrayList<>(List.of(path.split(" ")));
        args.add(flag);
        SimFixture.Result r = sim.runRaw(args.toArray(String[]::new));
        assertThat(r.code()).as(args + ": " + r.err()).isZero();
        assertThat(r.out()).as(args.toString()).contains("Usage: gattscope " + path);
      }
    }
  }

  @Test
  void theHintOfAUsageErrorNamesAHelpThatWorks() {
    SimFixture.Result bad = sim.run("scan", "--bogus");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("Try 'gattscope scan --help'");
    SimFixture.Result help = sim.runRaw("scan", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--timeout");
    SimFixture.Result nested = sim.run("bench", "notify", "--runs", "x");
    assertThat(nested.err()).contains("Try 'gattscope bench notify --help'");
  }

  @Test
  void versionComesFromTheBuildAndNamesJavaAndTheOs() throws Exception {
    String built;
    try (var pom = Files.newBufferedReader(Path.of("pom.xml"))) {
      built =
          pom.lines()
              .filter(l -> l.strip().startsWith("<version>"))
              .findFirst()
              .orElseThrow()
              .strip()
              .replaceAll("</?version>", "");
    }
    SimFixture.Result r = sim.runRaw("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("gattscope " + built + System.lineSeparator())
        .contains("Java " + System.getProperty("java.version"))
        .contains(System.getProperty("os.name"));
  }

  @Test
  void bondsAndRssiUseTheAdapter() throws Exception {
    SimFixture.Result rssi = sim.run("rssi", CliSimTest.HRM, "--json");
    assertThat(rssi.code()).as(rssi.err()).isZero();
    assertThat(CliSimTest.json(rssi.out().strip()).get("rssi").asInt()).isBetween(-127, 20);
    SimFixture.Result none = sim.run("bonds");
    assertThat(none.code()).as(none.err()).isZero();
    assertThat(none.err()).contains("0 bond(s)");
    SimFixture.Result paired =
        sim.run("pair", CliSimTest.SECURE, "--random", "--passkey", "123456");
    assertThat(paired.code()).as(paired.err()).isZero();
    SimFixture.Result clear = sim.run("bonds", "--clear-all");
    assertThat(clear.code()).as(clear.err()).isZero();
    assertThat(clear.out()).contains("Cleared all bonds");
    SimFixture.Result both = sim.run("bonds", "--clear", CliSimTest.HRM, "--all");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }

  private static void collect(CommandLine cl, String prefix, List<String> paths) {
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      String path = (prefix + " " + e.getKey()).strip();
      paths.add(path);
      collect(e.getValue(), path, paths);
    }
  }

  @Test
  void theSubcommandIsFoundPastTheGlobalOptionsAndTheirValues() {
    assertThat(Cli.subcommandName(new String[] {"-a", "sim", "read", "x"})).isEqualTo("read");
    assertThat(Cli.subcommandName(new String[] {"--adapter=sim", "--json", "scan"}))
        .isEqualTo("scan");
    assertThat(Cli.subcommandName(new String[] {"--call-timeout", "3", "sim"})).isEqualTo("sim");
    assertThat(Cli.subcommandName(new String[] {"--json"})).isNull();
    SimFixture.Result r = sim.run("--json", "read", "--help");
    assertThat(r.out()).contains("Usage: gattscope read");
  }
}
