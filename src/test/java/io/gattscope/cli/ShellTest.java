package io.gattscope.cli;

import static io.gattscope.testsupport.Waits.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.sim.world.HeartRateMonitor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code gattscope shell}: a scripted session through JLine's terminal, and batches. */
class ShellTest {
  final SimFixture sim = new SimFixture();
  final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  PipedOutputStream keys;
  Terminal terminal;

  @AfterEach
  void close() throws IOException {
    if (terminal != null) {
      terminal.close();
    }
    sim.close();
  }

  private String screen() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  private void type(String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** Starts an interactive session on a JLine terminal fed by {@link #type}. */
  private CompletableFuture<Integer> startSession() throws IOException {
    keys = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(keys, 1 << 16);
    terminal =
        TerminalBuilder.builder()
            .system(false)
            .streams(in, screen)
            .type("xterm")
            .size(new Size(200, 40))
            .build();
    Cli root =
        new Cli(
            new PrintStream(screen, true, StandardCharsets.UTF_8),
            new PrintStream(screen, true, StandardCharsets.UTF_8),
            sim.backends());
    root.adapter = "sim";
    ShellCommand shell = new ShellCommand();
    shell.root = root;
    return CompletableFuture.supplyAsync(() -> shell.interactive(terminal, null));
  }

  @Test
  void tabCompletesCommandsAddressesAndUuidsAndNotificationsPrintAboveTheLine() throws Exception {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 20));
    CompletableFuture<Integer> session = startSession();
    waitFor(() -> screen().contains(ShellCommand.PROMPT));
    type("scan -t 1\r");
    waitFor(() -> screen().contains("device(s) found"));
    type("conn\t" + CliSimTest.HRM + "\r");
    waitFor(() -> screen().contains("Connected to " + CliSimTest.HRM));
    // the only characteristic of the HRM starting 2a1 is the battery level, 2a19
    type("read 2a1\t\r");
    waitFor(() -> screen().contains("Battery Level"));
    type("subscribe 0x0008\r");
    waitFor(() -> screen().contains("Subscribed to handle 0x0008"));
    type("rss");
    int typedAt = screen().length();
    waitFor(() -> screen().substring(typedAt).contains("[0x0008] "));
    waitFor(() -> screen().lastIndexOf(ShellCommand.PROMPT + "rss") > typedAt);
    type("i\r");
    waitFor(() -> screen().contains(" dBm"));
    type("quit\r");
    assertThat(session.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(sim.simulators().get(0).connections()).as("disconnected on quit").isEmpty();
  }

  @Test
  void theCompleterOffersLastScanAddressesAndTheDevicesCharacteristics() throws Exception {
    Cli root =
        new Cli(
            new PrintStream(screen, true, StandardCharsets.UTF_8),
            new PrintStream(screen, true, StandardCharsets.UTF_8),
            sim.backends());
    try (Shell shell = new Shell(root, sim.backends().open("sim"))) {
      ShellCompleter completer = new ShellCompleter(shell);
      LineReader reader = LineReaderBuilder.builder().build();
      assertThat(complete(completer, reader, "su")).contains("subscribe", "services");
      // a one-second scan on a loaded machine can miss an advertiser: scan again, up to 10 times
      for (int i = 0; i < 10 && !heardBoth(shell); i++) {
        assertThat(shell.execute("scan -t 1")).as(this::screen).isZero();
      }
      assertThat(complete(completer, reader, "connect 00:07"))
          .contains(CliSimTest.HRM, CliSimTest.TWIN);
      assertThat(complete(completer, reader, "read 2a")).isEmpty(); // not connected yet
      assertThat(shell.execute("connect " + CliSimTest.HRM)).isZero();
      assertThat(complete(completer, reader, "read 2a")).contains("2a37", "2a38", "0x0008");
    }
  }

  private static boolean heardBoth(Shell shell) {
    List<String> heard = shell.lastScan().stream().map(Object::toString).toList();
    return heard.contains(CliSimTest.HRM) && heard.contains(CliSimTest.TWIN);
  }

  private static List<String> complete(ShellCompleter c, LineReader reader, String line) {
    List<Candidate> candidates = new ArrayList<>();
    c.complete(reader, reader.getParser().parse(line, line.length()), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void aBatchRunsLineByLineAndStopsAtTheFirstFailure() {
    String script =
        String.join(
            "\n",
            "# read, then fail on a read-only characteristic",
            "connect " + CliSimTest.HRM,
            "read 2a38",
            "write 2a38 02",
            "read 2a19",
            "");
    SimFixture.Result r = sim.runWithInput(script, "shell");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("Connected to " + CliSimTest.HRM).contains("01");
    assertThat(r.out()).doesNotContain("Battery Level");
    assertThat(r.err()).contains("Write Not Permitted").contains("line 4 failed: write 2a38 02");
    SimFixture.Result usage = sim.runWithInput("connect " + CliSimTest.HRM + "\nread\n", "shell");
    assertThat(usage.code()).isEqualTo(2);
    SimFixture.Result notConnected = sim.runWithInput("rssi\n", "shell");
    assertThat(notConnected.code()).isEqualTo(1);
    assertThat(notConnected.err()).contains("not connected");
  }

  @Test
  void aBatchPrintsNotificationsWhileItWaits() {
    sim.setup(
        s ->
            s.setNotificationRate(
                HeartRateMonitor.ADDRESS, HeartRateMonitor.HEART_RATE_MEASUREMENT, 50));
    SimFixture.Result r =
        sim.runWithInput(
            "connect " + CliSimTest.HRM + "\nsubscribe 2a37\nwait 0.5\nbonds\nquit\nread 2a38\n",
            "shell");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("[0x0008] ").contains("bond(s)");
    assertThat(r.out()).as("nothing runs after quit").doesNotContain("\n01\n");
  }
}
