package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.Main;
import io.gattscope.ble.BleDevice;
import io.gattscope.ble.CharacteristicRef;
import io.gattscope.ble.bgapi.BgapiBackend;
import io.gattscope.ble.bgapi.BgapiOptions;
import io.gattscope.ble.bgapi.link.SerialLink;
import io.gattscope.ble.sim.world.HeartRateMonitor;
import io.gattscope.testsupport.JavaCommand;
import io.gattscope.testsupport.SocatPair;
import io.gattscope.testsupport.StandInDongle;
import io.gattscope.testsupport.StandInDongle.Command;
import io.gattscope.testsupport.Waits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected by a stand-in dongle on the device end of a socat pty pair, against the real
 * command line in its own JVM (and the backend in-process where the test must watch its counters):
 * a reboot, a dongle that falls silent, a port that vanishes, stray bytes, and Ctrl-C.
 */
class FaultyDongleSerialIT {
  private static final String HRM = HeartRateMonitor.ADDRESS.toString();
  private static final Duration LONG = Duration.ofSeconds(30);

  @TempDir Path dir;
  private SocatPair socat;
  private StandInDongle dongle;
  private final List<Process> processes = new ArrayList<>();

  @BeforeEach
  void standInOnAPtyPair() throws Exception {
    socat = SocatPair.start(dir);
    dongle = StandInDongle.serve(socat.a());
  }

  @AfterEach
  void stopEverything() throws Exception {
    for (Process p : processes) {
      p.destroy();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    dongle.close();
    socat.close();
  }

  @Test
  void aRebootMidSubscribeFailsTheRunAsAnAdapterReset() throws Exception {
    Run sub = start("subscribe", HRM, "2a37", "--adapter", "bgapi:" + socat.b());
    assertThat(sub.firstLine()).matches("\\d{4}-.*Z  .+");
    dongle.simulator().faults().reboot();
    assertThat(sub.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as("ends").isTrue();
    String err = sub.err.get(5, TimeUnit.SECONDS);
    assertThat(sub.process.exitValue()).as(err).isEqualTo(1);
    assertThat(err)
        .contains("reset itself")
        .contains("gattscope: the device disconnected: Adapter reset")
        .doesNotContain("\tat ");
  }

  @Test
  void aDongleThatFallsSilentIsReportedAsLost() throws Exception {
    Run sub = start("subscribe", HRM, "2a37", "--adapter", "bgapi:" + socat.b());
    assertThat(sub.firstLine()).matches("\\d{4}-.*Z  .+");
    dongle.simulator().setMuted(true);
    assertThat(sub.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as("ends").isTrue();
    String err = sub.err.get(5, TimeUnit.SECONDS);
    assertThat(sub.process.exitValue()).as(err).isEqualTo(1);
    assertThat(err)
        .contains("stopped answering")
        .contains("gattscope: the device disconnected: Adapter lost")
        .doesNotContain("\tat ");
  }

  @Test
  void losingThePortMidScanEndsTheScanWithAnError() throws Exception {
    // a scan that would run for ten minutes: only the lost port can end it within the wait below
    Run scan = start("--json", "scan", "--adapter", "bgapi:" + socat.b(), "--timeout", "600");
    dongle.awaitCommand(LONG, "gap_discover sent", c -> c.is(6, 2));
    socat.kill();
    assertThat(scan.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as("ends").isTrue();
    String err = scan.err.get(5, TimeUnit.SECONDS);
    assertThat(scan.process.exitValue()).as(err).isNotZero();
    // under --json the error is one object on stderr
    assertThat(err).contains("\"kind\":\"adapter\"").contains("went away").doesNotContain("\tat ");
  }

  @Test
  void aStrayHeaderBeforeAnAnswerIsDroppedAndTheAnswerUsed() throws Exception {
    try (BgapiBackend backend =
        new BgapiBackend(new SerialLink(socat.b()), BgapiOptions.defaults())) {
      backend.start();
      BleDevice hrm = backend.connect(HeartRateMonitor.ADDRESS);
      // the start of a response header (attclient read_by_handle's) and then nothing: only the
      // parser's own timer can drop it before the real answer follows
      dongle.beforeForwarding(
          c -> c.is(4, 4),
          c -> {
            dongle.sendToHost(new byte[] {0x00, 0x03, 0x04});
            Waits.waitFor(LONG, "the stray bytes dropped", () -> backend.droppedData().any());
          });
      byte[] name = hrm.read(CharacteristicRef.handle(HeartRateMonitor.DEVICE_NAME));
      assertThat(new String(name, StandardCharsets.UTF_8)).isEqualTo("GattScope HRM");
      assertThat(backend.droppedData().bytes()).isEqualTo(3);
    }
  }

  @Test
  void ctrlCDuringSubscribeUnsubscribesAndDisconnectsOnTheWire() throws Exception {
    Run sub = start("subscribe", HRM, "2a37", "--adapter", "bgapi:" + socat.b());
    assertThat(sub.firstLine()).matches("\\d{4}-.*Z  .+");
    Process kill =
        new ProcessBuilder("kill", "-INT", Long.toString(sub.process.pid())).inheritIO().start();
    assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sub.process.waitFor(LONG.toSeconds(), TimeUnit.SECONDS)).as("ends").isTrue();
    String err = sub.err.get(5, TimeUnit.SECONDS);
    assertThat(sub.process.exitValue()).as(err).isEqualTo(130);
    List<Command> sent = dongle.commands();
    int off = indexOf(sent, c -> isCccdWrite(c, 0x00));
    int disconnect =
        off < 0 ? -1 : off + 1 + indexOf(sent.subList(off + 1, sent.size()), c -> c.is(3, 0));
    assertThat(indexOf(sent, c -> isCccdWrite(c, 0x01))).as(sent.toString()).isNotNegative();
    assertThat(off).as("CCCD 00 00 written: " + sent).isNotNegative();
    assertThat(disconnect).as("connection_disconnect after it: " + sent).isGreaterThan(off);
  }

  /** An attclient attribute_write or write_command of {@code first} 00 to the HRM's CCCD. */
  private static boolean isCccdWrite(Command c, int first) {
    byte[] p = c.payload();
    return (c.is(4, 5) || c.is(4, 6))
        && p.length == 6
        && (p[1] & 0xFF | (p[2] & 0xFF) << 8) == HeartRateMonitor.HEART_RATE_MEASUREMENT_CCCD
        && p[3] == 2
        && p[4] == first
        && p[5] == 0;
  }

  private static int indexOf(List<Command> commands, Predicate<Command> p) {
    for (int i = 0; i < commands.size(); i++) {
      if (p.test(commands.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A command line running as its own JVM, with its stderr collected. */
  private record Run(Process process, BufferedReader out, CompletableFuture<String> err) {
    String firstLine() throws Exception {
      return CompletableFuture.supplyAsync(
              () -> {
                try {
                  return out.readLine();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .get(LONG.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private Run start(String... args) throws IOException {
    Process p = new ProcessBuilder(JavaCommand.withCtrlC(Main.class, args)).start();
    processes.add(p);
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    return new Run(
        p,
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)),
        err);
  }
}
