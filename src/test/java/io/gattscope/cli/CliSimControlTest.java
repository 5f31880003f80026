package io.gattscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gattscope.ble.Backends;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gattscope sim}: its latency and jitter flags and its control channel on stdin. */
class CliSimControlTest {
  private static final String HRM = "00:07:80:5E:01:01";

  private record Run(int code, String out, String err) {}

  private static Run sim(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Backends(List.of()));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void flagsSetLatencyAndJitterAndStdinMakesEveryFault() {
    assumeTrue(PtyPair.socat().isPresent(), "socat makes the serial device the simulator serves");
    String script =
        String.join(
            "\n",
            "faults",
            "latency 5 3",
            "silent " + HRM,
            "silent " + HRM + " off",
            "range " + HRM + " 0.2",
            "services " + HRM,
            "drop " + HRM + " 0x08",
            "bogus",
            "faults",
            "unplug",
            "");
    Run r;
    try (PtyPair pty = PtyPair.open()) {
      r =
          sim(
              script,
              "sim",
              "--serial",
              pty.first(),
              "--latency",
              "40",
              "--jitter",
              "10",
              "--control");
    }

    assertThat(r.out()).contains("simulated BLED112 serving ");
    String[] listings = r.out().split("faults: ");
    assertThat(listings).hasSize(3);
    assertThat(listings[1]).startsWith("1").contains("latency 40 ms jitter 10 ms");
    assertThat(r.out())
        .contains("responses now take 5 ms more, plus up to 3 ms")
        .contains(HRM + " stopped answering")
        .contains(HRM + " answers again")
        .contains(HRM + " out of range for 0.2 s")
        .contains("services of " + HRM + " changed: 0x");
    assertThat(listings[2])
        .contains("latency 5 ms jitter 3 ms")
        .contains("silent " + HRM)
        .contains("answering again " + HRM)
        .contains("out of range " + HRM + " for 200 ms")
        .contains("services of " + HRM + " changed");
    assertThat(r.err())
        .contains("gattscope sim: nothing is connected to " + HRM)
        .contains("gattscope sim: unknown command 'bogus'");
  }

  @Test
  void latencyAndJitterOutOfRangeAreUsageErrors() {
    Run negative = sim("", "sim", "--serial", "/dev/null", "--latency", "-1");
    assertThat(negative.code()).isEqualTo(Cli.USAGE);
    assertThat(negative.err()).contains("--latency and --jitter must be 0..10000 ms together");
    Run tooMuch = sim("", "sim", "--serial", "/dev/null", "--latency", "6000", "--jitter", "5000");
    assertThat(tooMuch.code()).isEqualTo(Cli.USAGE);
  }
}
