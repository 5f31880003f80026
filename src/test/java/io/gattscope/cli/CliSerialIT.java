package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gattscope.testsupport.JavaCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code gattscope sim --serial} on one end of a socat pty pair and the other commands against
 * the other end, each as its own JVM, as a user would from a shell.
 */
class CliSerialIT {
  private static final String HRM = "00:07:80:5E:01:01";

  private final List<Process> processes = new ArrayList<>();
  private PtyPair pty;
  private String hostEnd;

  @BeforeEach
  void simulatorOnAPtyPair() throws Exception {
    if (PtyPair.socat().isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("socat is required in CI (apt-get install socat)");
      }
      assumeTrue(false, "socat is not installed; skipping the serial CLI test");
    }
    pty = PtyPair.open();
    hostEnd = pty.second();
    Process sim = start(cli("sim", "--serial", pty.first()));
    BufferedReader simOut =
        new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
    String banner = CompletableFuture.supplyAsync(() -> readLine(simOut)).get(30, TimeUnit.SECONDS);
    assertThat(banner).contains("serving " + pty.first());
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (Process p : processes) {
      p.destroy();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    if (pty != null) {
      pty.close();
    }
  }

  @Test
  void scanOverTheSerialPortFindsTheSimulatedDevices() throws Exception {
    Process scan = start(cli("scan", "--adapter", "bgapi:" + hostEnd, "--timeout", "2", "--json"));
    assertThat(scan.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(scan.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(scan.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(scan.exitValue()).as(err).isZero();
    assertThat(out).contains("\"address\":\"" + HRM + "\"");
    assertThat(err).contains("device(s) found");
  }

  @Test
  void subscribeEndsCleanlyOnCtrlC() throws Exception {
    Process sub2 = start(cli("subscribe", HRM, "2a37", "--adapter", "bgapi:" + hostEnd));
    CompletableFuture<String> err2 = readAll(sub2);
    BufferedReader out2 =
        new BufferedReader(new InputStreamReader(sub2.getInputStream(), StandardCharsets.UTF_8));
    String first = CompletableFuture.supplyAsync(() -> readLine(out2)).get(30, TimeUnit.SECONDS);
    assertThat(first).matches("\\d{4}-.*Z  .+");
    Process kill =
        new ProcessBuilder("kill", "-INT", Long.toString(sub2.pid())).inheritIO().start();
    assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sub2.waitFor(15, TimeUnit.SECONDS)).isTrue();
    String log = err2.get(5, TimeUnit.SECONDS);
    assertThat(log).contains("Subscribed to 0x2A37").contains("Received ");
    assertThat(log).doesNotContain("\tat ").doesNotContain("gattscope: ");
    assertThat(sub2.exitValue()).isEqualTo(130);
  }

  private static CompletableFuture<String> readAll(Process p) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private Process start(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).start();
    processes.add(p);
    return p;
  }

  private static List<String> cli(String... args) {
    return JavaCommand.withCtrlC(Cli.class, args);
  }

  private static String readLine(BufferedReader r) {
    try {
      return r.readLine();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
