package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which classes a command loads: printing names in plain text needs no JSON library, and a read
 * loads only what it uses.
 */
class CliClassLoadTest {
  @TempDir Path config;

  @Test
  void scanTextOutputNamesDevicesWithoutLoadingJackson() throws Exception {
    String out = run("-a", "sim", "scan", "--timeout", "1");
    assertThat(out).contains("Heart Rate");
    assertThat(loaded(out, "com.fasterxml.jackson")).isEmpty();
    assertThat(loaded(out, "io.gattscope.gatt.BluetoothNames")).isNotEmpty();
  }

  @Test
  void versionLoadsNeitherJacksonNorLogbackNorAnyAdapter() throws Exception {
    String out = run("--version");
    assertThat(out).contains("gattscope ");
    assertThat(loaded(out, "com.fasterxml.jackson")).isEmpty();
    assertThat(loaded(out, "ch.qos.logback")).isEmpty();
    assertThat(loaded(out, "picocli.CommandLine "))
        .as("answered without a command model")
        .isEmpty();
    assertThat(loaded(out, "io.gattscope.ble.")).isEmpty();
  }

  /**
   * A simulated read loads only what it needs: no JSON library, no Logback, no other command's
   * class, only the one simulated device it talks to, and few of GattScope's classes in all (about
   * {@value #READ_CLASSES_MEASURED} when this bound was set, {@value #READ_CLASSES_BEFORE} before
   * the command table, the standard world and its airwaves became lazy).
   */
  @Test
  void simulatedReadLoadsOnlyWhatItNeeds() throws Exception {
    String out = run("-a", "sim", "read", "00:07:80:5E:01:01", "2a38");
    assertThat(out).contains("Read 1 byte(s) from 0x2A38");
    assertThat(loaded(out, "com.fasterxml.jackson")).isEmpty();
    assertThat(loaded(out, "ch.qos.logback")).isEmpty();
    assertThat(loaded(out, "io.gattscope.cli.ScanCommand")).isEmpty();
    assertThat(loaded(out, "io.gattscope.cli.SubscribeCommand")).isEmpty();
    assertThat(loaded(out, "io.gattscope.ble.sim.world.HeartRateMonitor")).isNotEmpty();
    assertThat(loaded(out, "io.gattscope.ble.sim.world.Thermometer")).isEmpty();
    assertThat(loaded(out, "io.gattscope.ble.sim.world.BeaconCrowd")).isEmpty();
    assertThat(
            loaded(out, "io.gattscope.ble.bgapi.codec.SmMessages$").stream()
                .filter(l -> !l.contains("$$Lambda"))
                .toList())
        .as("the codec's security manager records (a read sends and decodes none)")
        .isEmpty();
    assertThat(loaded(out, "java.lang.runtime.ObjectMethods"))
        .as(
            "a record's generated equals, hashCode or toString, bootstrapped through method handles"
                + " (tens of milliseconds for the first): records a read compares or hashes write"
                + " theirs out")
        .isEmpty();
    assertThat(loaded(out, "java.text.DecimalFormatSymbols"))
        .as("locale data, which the first String.format of a number loads")
        .isEmpty();
    assertThat(loaded(out, "io.gattscope.ble.bluez.")).as("another adapter's classes").isEmpty();
    assertThat(loaded(out, "io.gattscope.ble.gatttool.")).as("another adapter's classes").isEmpty();
    assertThat(loaded(out, "io.gattscope."))
        .as("GattScope classes and lambdas a simulated read loads")
        .hasSizeLessThan(READ_CLASSES_BOUND);
  }

  /**
   * GattScope classes (lambdas included) a simulated read loaded when the bound was set: with read
   * by type, the codec registry's records loaded when first decoded, only the named adapter's
   * provider set up and each SIG decoder made when first asked for (464 before the first two, 327
   * before the last two).
   */
  private static final int READ_CLASSES_MEASURED = 302;

  /** The same before the laziness work. */
  private static final int READ_CLASSES_BEFORE = 507;

  /** The bound: the measured count and a margin of about 5 %. */
  private static final int READ_CLASSES_BOUND = 318;

  private static List<String> loaded(String out, String prefix) {
    return out.lines().filter(l -> l.contains("[class,load] " + prefix)).toList();
  }

  private String run(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-Xlog:class+load=info:stdout", "-cp", cp, Cli.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("XDG_CONFIG_HOME", config.toString());
    Process p = pb.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("gattscope " + String.join(" ", args) + " did not end within 120 s");
    }
    String text = out.get(5, TimeUnit.SECONDS);
    assertThat(p.exitValue())
        .as(text.lines().filter(l -> !l.startsWith("[")).toList().toString())
        .isZero();
    return text;
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
