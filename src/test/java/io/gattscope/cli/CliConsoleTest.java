package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code gattscope console} against the simulator's GattScope UART. */
class CliConsoleTest {
  static final String UART = "00:07:80:5E:01:06";
  final SimFixture sim = new SimFixture();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void printsTheEchoOfAStdinLineAndTheSensorLines() {
    SimFixture.Result r = sim.runWithInput("ping\n", "console", UART, "--duration", "2");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).contains("ping");
    assertThat(lines).anyMatch(l -> l.matches("t:\\d+\\.\\d,hum:\\d+\\.\\d,co2:\\d+"));
    assertThat(r.err()).contains("numeric line(s)");
  }

  @Test
  void hexPrintsEachNotificationAsBytes() {
    SimFixture.Result r = sim.runWithInput("", "console", UART, "--duration", "1", "--hex");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).isNotEmpty().allMatch(l -> l.matches("([0-9A-Fa-f]{2} ?)+"));
  }

  @Test
  void csvRecordsTheNamedChannels(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("uart.csv");
    SimFixture.Result r =
        sim.runWithInput("help\n", "console", UART, "--duration", "2", "--csv", csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).contains("t", "hum", "co2");
    assertThat(rows).hasSizeGreaterThan(2);
    assertThat(r.err()).containsPattern("Wrote \\d+ row");
    assertThat(r.out()).contains("GattScope UART commands:");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(
            sim.runWithInput("", "console", UART, "--tx", "6e400003-b5a3-f393-e0a9-e50e24dcca9e")
                .code())
        .isEqualTo(2);
    SimFixture.Result noNus = sim.runWithInput("", "console", CliSimTest.HRM, "--duration", "1");
    assertThat(noNus.code()).isEqualTo(2);
    assertThat(noNus.err()).contains("no Nordic UART Service");
    SimFixture.Result badRx =
        sim.runWithInput(
            "", "console", UART, "--tx", "6e400003-b5a3-f393-e0a9-e50e24dcca9e", "--rx", "2a00");
    assertThat(badRx.code()).isEqualTo(2);
    assertThat(badRx.err()).contains("cannot be written");
  }

  @Test
  @Timeout(60)
  void endsWhenStdoutIsClosedEarly() {
    PrintStream closing = new PrintStream(new ClosesAfter(200), true, StandardCharsets.UTF_8);
    SimFixture.Result r =
        sim.runOnSim(new ByteArrayInputStream(new byte[0]), closing, "console", UART);
    assertThat(r.code()).as(r.err()).isZero();
  }

  /** Accepts some bytes, then fails like a pipe whose reader went away. */
  private static final class ClosesAfter extends OutputStream {
    private int left;

    ClosesAfter(int bytes) {
      left = bytes;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("Broken pipe");
      }
    }
  }
}
