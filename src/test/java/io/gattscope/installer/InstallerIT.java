package io.gattscope.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Checks the Linux installers made by installers/build-linux.sh (run by {@code mvn -Pinstallers
 * verify}): the app-image starts the CLI and the explorer window, the runtime holds every module
 * the jars need, and the .deb carries the dependency, desktop entry and icon.
 */
@EnabledIfSystemProperty(named = "gattscope.installers", matches = "true")
class InstallerIT {
  private static final Path OUT = Path.of("target/installer");
  private static final Path IMAGE = OUT.resolve("image/GattScope");
  private static final Path LAUNCHER = IMAGE.resolve("bin/GattScope");
  private static final Path CLI_LAUNCHER = IMAGE.resolve("bin/gattscope");
  private static final List<String> SIM_READ =
      List.of("-a", "sim", "read", "00:07:80:5E:01:01", "2a38");
  private static final Path DESKTOP = Path.of("installers/linux/gattscope.desktop");
  private static final long MB = 1000 * 1000;
  private static final boolean CI = "true".equals(System.getenv("CI"));
  private static final Duration MINUTE = Duration.ofSeconds(60);

  @Test
  void appImageHasLauncherIconAndTrimmedRuntimeWithinSize() throws IOException {
    assertThat(LAUNCHER).isExecutable();
    assertThat(IMAGE.resolve("lib/GattScope.png")).isRegularFile();
    try (Stream<Path> bin = Files.list(IMAGE.resolve("lib/runtime/bin"))) {
      assertThat(bin.map(p -> p.getFileName().toString()).toList())
          .as("native commands stripped but java (the command-line launcher's)")
          .containsExactly("java");
    }
    assertThat(IMAGE.resolve("lib/runtime/include")).doesNotExist();
    assertThat(treeSize(IMAGE)).as("app-image bytes").isLessThanOrEqualTo(100 * MB);
  }

  @Test
  void runtimeHoldsEveryModuleJdepsFindsInTheJars() throws Exception {
    Set<String> runtime = runtimeModules();
    assertThat(runtime).doesNotContain("java.compiler", "jdk.compiler", "jdk.jshell");
    Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
    assumeTrue(Files.isExecutable(jdeps), "jdeps not in this JDK");
    List<String> cmd =
        Stream.concat(
                Stream.of(
                    jdeps.toString(),
                    "--print-module-deps",
                    "--ignore-missing-deps",
                    "--multi-release",
                    "17",
                    "-cp",
                    "target/lib/*",
                    "target/gattscope.jar"),
                jars())
            .toList();
    Result r = run(cmd, Duration.ofMinutes(3));
    assertThat(r.exit).as(r.output).isZero();
    String last = r.output.strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(runtime).containsAll(Arrays.asList(last.split(",")));
  }

  @Test
  void launcherWithSubcommandRunsTheCli() throws Exception {
    assumeTrue(jarHas("io/gattscope/cli/Cli.class"), "the CLI is not in gattscope.jar yet");
    Result r = run(List.of(LAUNCHER.toString(), "adapters"), Duration.ofSeconds(60));
    assertThat(r.exit).as(r.output).isZero();
    assertThat(r.output).contains("sim");
    assertThat(r.output).doesNotContain("Exception");
  }

  @Test
  void commandLineLauncherHasItsOwnShortRunOptionsAndRunsTheCli() throws Exception {
    assertThat(CLI_LAUNCHER).isExecutable();
    Path app = IMAGE.resolve("lib/app");
    String script = Files.readString(CLI_LAUNCHER);
    assertThat(script)
        .as("a script that execs java, not jpackage's launcher (which runs rpm and dpkg first)")
        .startsWith("#!/bin/sh")
        .contains(
            "java=$image/lib/runtime/bin/java",
            "archive=$app/gattscope-cli.jsa",
            "exec \"$java\" ${archive:+\"-XX:SharedArchiveFile=$archive\"}",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "io.gattscope.cli.Cli \"$@\"")
        .doesNotContain("@CLASSPATH@");
    assertThat(script)
        .as("the explorer launcher's class path, in its order")
        .contains("classpath=\"" + explorerClassPath() + "\"");
    assertThat(app.resolve("gattscope.cfg")).doesNotExist();
    assertThat(Files.readAllLines(app.resolve("GattScope.cfg")))
        .as("the explorer keeps C2 and its own archive")
        .contains("java-options=-XX:SharedArchiveFile=$APPDIR/gattscope.jsa")
        .doesNotContain("java-options=-XX:TieredStopAtLevel=1");
    assertThat(Files.readString(app.resolve("gattscope-cli.classlist")))
        .as("recorded while the CLI read on the simulator")
        .contains("io/gattscope/cli/Cli", "picocli/CommandLine");
    Path cache = Files.createTempDirectory("gattscope-cache");
    try {
      assertSimReadAndVersion(CLI_LAUNCHER, List.of("GATTSCOPE_CLI_CACHE=" + cache), List.of());
    } finally {
      run(List.of("rm", "-rf", cache.toString()), Duration.ofSeconds(60));
    }
  }

  @Test
  void appImageCommandLineMakesItsArchiveInTheUserCacheOnFirstRun() throws Exception {
    Path app = IMAGE.resolve("lib/app");
    assumeTrue(
        !Files.exists(app.resolve("gattscope-cli.jsa")),
        "this app-image had room for the command line's archive");
    Path home = Files.createTempDirectory("gattscope-home");
    try {
      List<String> env = List.of("HOME=" + home, "XDG_CACHE_HOME=");
      Result first = run(env(env, List.of(CLI_LAUNCHER.toString(), "--version")), MINUTE);
      assertThat(first.exit).as(first.output).isZero();
      Path cache = home.resolve(".cache/gattscope");
      List<String> made;
      try (Stream<Path> files = Files.list(cache)) {
        made = files.map(p -> p.getFileName().toString()).toList();
      }
      assertThat(made).as("one archive, no failure marker").hasSize(1);
      assertThat(made.get(0)).startsWith("cli-").endsWith(".jsa");
      // -Xshare:on fails the start unless the archive in the cache maps
      assertSimReadAndVersion(CLI_LAUNCHER, env, List.of("-Xshare:on"));
      // a cache that cannot be made, or none: the command runs without an archive
      assertSimReadAndVersion(
          CLI_LAUNCHER, List.of("GATTSCOPE_CLI_CACHE=/proc/gattscope"), List.of());
      assertSimReadAndVersion(CLI_LAUNCHER, List.of("GATTSCOPE_CLI_CACHE="), List.of());
    } finally {
      run(List.of("rm", "-rf", home.toString()), Duration.ofSeconds(60));
    }
  }

  @Test
  void launcherWithoutArgumentsShowsTheExplorerWindow() throws Exception {
    assumeTrue(jarHas("io/gattscope/app/GattScopeApp.class"), "the explorer is not in the jar yet");
    requireTool("xvfb-run", "xvfb");
    requireTool("xev", "x11-utils");
    Result r =
        run(
            List.of(
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1600x1000x24",
                "installers/linux/window-probe.sh",
                LAUNCHER.toString(),
                "90"),
            Duration.ofSeconds(150));
    assertThat(r.exit).as(r.output).isZero();
    Matcher m =
        Pattern.compile("window-mapped ms=(\\d+) cpu_ms=(\\d+) .*class=\"([^\"]+)\"")
            .matcher(r.output);
    assertThat(m.find()).as(r.output).isTrue();
    System.out.printf(
        "explorer window mapped after %s ms (launcher CPU %s ms)%n", m.group(1), m.group(2));
    assertThat("StartupWMClass=" + m.group(3))
        .as("desktop entry must name the window's WM_CLASS")
        .isIn(Files.readAllLines(DESKTOP));
  }

  @Test
  void appImageCarriesAStartupArchiveTheRuntimeMaps() throws Exception {
    Path app = IMAGE.resolve("lib/app");
    assertThat(Files.readAllLines(app.resolve("GattScope.cfg")))
        .contains("java-options=-XX:SharedArchiveFile=$APPDIR/gattscope.jsa");
    assertThat(Files.readString(app.resolve("gattscope.classlist")))
        .as("recorded while the explorer started")
        .contains("io/gattscope/app/GattScopeApp", "javafx/scene/control/Control");
    assertThat(app.resolve("gattscope.jsa")).isRegularFile();
    // -Xshare:on turns "archive missing or not matching the jars" into a start-up failure.
    Result r = runWithSharing(LAUNCHER, "--version");
    assertThat(r.exit).as(r.output).isZero();
    assertThat(r.output).contains("gattscope ");
  }

  @Test
  void debMakesItsStartupArchiveWhereItIsInstalled() throws Exception {
    Path deb = findPackage(".deb");
    requireTool("dpkg-deb", "dpkg");
    Result list = run(List.of("dpkg-deb", "-c", deb.toString()), Duration.ofSeconds(60));
    assertThat(list.output)
        .contains("./opt/gattscope/lib/app/gattscope.classlist")
        .contains("./opt/gattscope/lib/app/gattscope-cli.classlist")
        .contains("./opt/gattscope/lib/app/gattscope-archive.sh")
        .doesNotContain(".jsa");
    assertThat(run(List.of("dpkg-deb", "-I", deb.toString(), "postinst"), Duration.ofSeconds(30)))
        .extracting(Result::output)
        .asString()
        .contains("/opt/gattscope/lib/app/gattscope-archive.sh");
    assertThat(run(List.of("dpkg-deb", "-I", deb.toString(), "prerm"), Duration.ofSeconds(30)))
        .extracting(Result::output)
        .asString()
        .contains(
            "rm -f /opt/gattscope/lib/app/gattscope.jsa /opt/gattscope/lib/app/gattscope-cli.jsa");
    // What postinst does, in a scratch root instead of /opt.
    Path root = Files.createTempDirectory("gattscope-deb");
    try {
      Result x =
          run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), Duration.ofSeconds(120));
      assertThat(x.exit).as(x.output).isZero();
      Path installed = root.resolve("opt/gattscope");
      Result made =
          run(
              List.of("sh", installed.resolve("lib/app/gattscope-archive.sh").toString()),
              Duration.ofSeconds(180));
      assertThat(made.exit).as(made.output).isZero();
      Result r = runWithSharing(installed.resolve("bin/GattScope"), "--version");
      assertThat(r.exit).as(r.output).isZero();
      assertThat(r.output).contains("gattscope ");
      assertThat(installed.resolve("lib/app/gattscope-cli.jsa")).isRegularFile();
      // through a link, as postinst puts it on PATH
      Path onPath = Files.createDirectories(root.resolve("usr/bin")).resolve("gattscope");
      Files.createSymbolicLink(onPath, installed.resolve("bin/gattscope").toAbsolutePath());
      assertSimReadAndVersion(onPath, List.of(), List.of("-Xshare:on"));
    } finally {
      run(List.of("rm", "-rf", root.toString()), Duration.ofSeconds(60));
    }
  }

  @Test
  void debDependsOnGtkAndInstallsDesktopEntryAndIcon() throws Exception {
    Path deb = findPackage(".deb");
    requireTool("dpkg-deb", "dpkg");
    assertThat(Files.size(deb)).as(".deb bytes").isLessThanOrEqualTo(45 * MB);
    Result fields =
        run(
            List.of("dpkg-deb", "-f", deb.toString(), "Package", "Depends"),
            Duration.ofSeconds(30));
    assertThat(fields.output)
        .contains("Package: gattscope")
        .containsPattern("Depends: .*libgtk-3-0");
    Result list = run(List.of("dpkg-deb", "-c", deb.toString()), Duration.ofSeconds(60));
    assertThat(list.output)
        .contains("./opt/gattscope/bin/GattScope")
        .contains("./opt/gattscope/bin/gattscope")
        .contains("./opt/gattscope/lib/app/GattScope.cfg")
        .contains("./opt/gattscope/lib/runtime/bin/java")
        .contains("./opt/gattscope/lib/GattScope.png")
        .contains("./opt/gattscope/lib/gattscope-GattScope.desktop")
        .contains("./opt/gattscope/lib/app/gattscope.jar");
    Result entry =
        run(
            List.of(
                "sh",
                "-c",
                "dpkg-deb --fsys-tarfile \"$0\" | tar -xO ./opt/gattscope/lib/gattscope-GattScope.desktop",
                deb.toString()),
            Duration.ofSeconds(60));
    assertThat(entry.output.strip()).isEqualTo(Files.readString(DESKTOP).strip());
    assertThat(list.output)
        .as("the command-line launcher is no jpackage launcher, so it has no desktop entry")
        .doesNotContain("gattscope-gattscope.desktop");
    Result postinst =
        run(List.of("dpkg-deb", "-I", deb.toString(), "postinst"), Duration.ofSeconds(30));
    assertThat(postinst.output)
        .contains("xdg-desktop-menu install")
        .contains("gattscope-GattScope.desktop");
  }

  @Test
  void debPutsTheCommandLineOnPathWithManPageAndCompletion() throws Exception {
    Path deb = findPackage(".deb");
    requireTool("dpkg-deb", "dpkg");
    Result list = run(List.of("dpkg-deb", "-c", deb.toString()), Duration.ofSeconds(60));
    assertThat(list.output)
        .contains("./opt/gattscope/lib/app/gattscope.1.gz")
        .contains("./opt/gattscope/lib/app/gattscope.bash")
        .contains("./opt/gattscope/lib/app/_gattscope");
    Result postinst =
        run(List.of("dpkg-deb", "-I", deb.toString(), "postinst"), Duration.ofSeconds(30));
    assertThat(postinst.output)
        .contains("ln -sf /opt/gattscope/bin/gattscope /usr/bin/gattscope")
        .contains("/usr/share/man/man1/gattscope.1.gz")
        .contains("/usr/share/bash-completion/completions/gattscope");
    Result prerm = run(List.of("dpkg-deb", "-I", deb.toString(), "prerm"), Duration.ofSeconds(30));
    assertThat(prerm.output).contains("rm -f /usr/bin/gattscope");
    Result page =
        run(
            List.of(
                "sh",
                "-c",
                "dpkg-deb --fsys-tarfile \"$0\" | tar -xO ./opt/gattscope/lib/app/gattscope.1.gz"
                    + " | gzip -dc",
                deb.toString()),
            Duration.ofSeconds(60));
    assertThat(page.output).startsWith(".TH GATTSCOPE 1").contains(".SS gattscope scan");
  }

  @Test
  void desktopEntryExecAndIconPointIntoTheInstalledImage() throws IOException {
    List<String> lines = Files.readAllLines(DESKTOP);
    assertThat(lines)
        .contains("Exec=/opt/gattscope/bin/GattScope", "Icon=/opt/gattscope/lib/GattScope.png");
    assertThat(lines).contains("Terminal=false", "Categories=Development;Electronics;");
    assertThat(lines).anyMatch(l -> l.startsWith("StartupWMClass="));
  }

  /** The explorer launcher's class path as the command-line script spells it. */
  private static String explorerClassPath() throws IOException {
    return Files.readAllLines(IMAGE.resolve("lib/app/GattScope.cfg")).stream()
        .filter(l -> l.startsWith("app.classpath=$APPDIR"))
        .map(l -> "$app" + l.substring("app.classpath=$APPDIR".length()))
        .collect(Collectors.joining(":"));
  }

  private static Set<String> runtimeModules() throws IOException {
    for (String line : Files.readAllLines(IMAGE.resolve("lib/runtime/release"))) {
      if (line.startsWith("MODULES=")) {
        return new TreeSet<>(Arrays.asList(line.substring(8).replace("\"", "").split(" ")));
      }
    }
    throw new AssertionError("no MODULES line in the runtime's release file");
  }

  private static Stream<String> jars() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("target/lib"))) {
      return s.map(Path::toString).filter(p -> p.endsWith(".jar")).sorted().toList().stream();
    }
  }

  private static boolean jarHas(String entry) throws IOException {
    try (ZipFile jar = new ZipFile(IMAGE.resolve("lib/app/gattscope.jar").toFile())) {
      return jar.getEntry(entry) != null;
    }
  }

  private static Path findPackage(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(OUT)) {
      List<Path> found = s.filter(p -> p.toString().endsWith(suffix)).toList();
      if (found.isEmpty()) {
        String why =
            "no " + suffix + " in " + OUT + " (build-linux.sh needs dpkg-deb and fakeroot)";
        if (CI) {
          fail(why);
        }
        assumeTrue(false, why);
      }
      return found.get(0);
    }
  }

  private static void requireTool(String tool, String apt) throws Exception {
    boolean present =
        run(List.of("sh", "-c", "command -v " + tool), Duration.ofSeconds(10)).exit == 0;
    String why = tool + " not installed (apt-get install -y " + apt + ")";
    if (!present && CI) {
      fail(why);
    }
    assumeTrue(present, why);
  }

  private static long treeSize(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private record Result(int exit, String output) {}

  /**
   * Runs {@code --version} and a simulated read through a command-line launcher (with {@code
   * _JAVA_OPTIONS} when given: -Xshare:on fails the start if its archive does not map).
   */
  private static void assertSimReadAndVersion(
      Path launcher, List<String> environment, List<String> javaOptions) throws Exception {
    List<String> env = new ArrayList<>(environment);
    if (!javaOptions.isEmpty()) {
      env.add("_JAVA_OPTIONS=" + String.join(" ", javaOptions));
    }
    List<String> prefix = env(env, List.of(launcher.toString()));
    Result version =
        run(
            Stream.concat(prefix.stream(), Stream.of("--version")).toList(),
            Duration.ofSeconds(60));
    assertThat(version.exit).as(version.output).isZero();
    assertThat(version.output).contains("gattscope ", "Java ");
    Result read =
        run(Stream.concat(prefix.stream(), SIM_READ.stream()).toList(), Duration.ofSeconds(60));
    assertThat(read.exit).as(read.output).isZero();
    assertThat(read.output)
        .contains("Read 1 byte(s) from 0x2A38", "Body Sensor Location: Chest")
        .doesNotContain("Exception");
  }

  /** {@code command} run with these {@code NAME=value} settings added to the environment. */
  private static List<String> env(List<String> settings, List<String> command) {
    if (settings.isEmpty()) {
      return command;
    }
    List<String> all = new ArrayList<>(List.of("env"));
    all.addAll(settings);
    all.addAll(command);
    return all;
  }

  private static Result runWithSharing(Path launcher, String arg) throws Exception {
    return run(
        List.of("env", "_JAVA_OPTIONS=-Xshare:on", launcher.toString(), arg),
        Duration.ofSeconds(60));
  }

  private static Result run(List<String> cmd, Duration timeout) throws Exception {
    Path log = Files.createTempFile("installer-it", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        fail(
            String.join(" ", cmd)
                + " did not finish within "
                + timeout
                + ":\n"
                + Files.readString(log));
      }
      return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
