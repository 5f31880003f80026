package io.gattscope.cli;

import io.gattscope.ble.sim.SimScript;
import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
import io.gattscope.ble.sim.world.SnapshotPeripheral;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Serves the simulated dongle on a serial device until killed or the port goes away. */
@Command(
    name = "sim",
    description =
        "Serve the simulated BLED112 on a serial device (e.g. one end of a socat pty pair)"
            + " until killed.")
final class SimCommand extends BaseCommand {

  /** How the simulated radio behaves. */
  enum Profile {
    /** 5 ms per GATT procedure, like a fast real link. */
    STANDARD(Duration.ofMillis(5)),
    /** No delay: procedures answer at once (benchmarks, tests). */
    FAST(Duration.ZERO),
    /** 50 ms per procedure, like a slow connection interval. */
    SLOW(Duration.ofMillis(50));

    final Duration procedureDelay;

    Profile(Duration procedureDelay) {
      this.procedureDelay = procedureDelay;
    }
  }

  @Option(
      names = "--serial",
      required = true,
      paramLabel = "PATH",
      description = "The serial device to serve, e.g. /dev/pts/5.")
  String serial;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "standard",
      description = "Radio timing: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Profile profile;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the simulated world's random walks (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--latency",
      paramLabel = "MS",
      defaultValue = "0",
      description = "Extra delay of every GATT response and connection set-up (default: 0).")
  int latencyMillis;

  @Option(
      names = "--jitter",
      paramLabel = "MS",
      defaultValue = "0",
      description = "Random extra delay, up to this, on top of --latency (default: 0).")
  int jitterMillis;

  @Option(
      names = "--control",
      description = "Read control commands from standard input, one per line: " + SimScript.HELP)
  boolean control;

  @Override
  int execute() throws InterruptedException {
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withWorld(SimWorld.standard(seed))
            .withProcedureDelay(profile.procedureDelay)
            .withDevices(SnapshotPeripheral.loadAll(root.devices));
    if (latencyMillis < 0 || jitterMillis < 0 || latencyMillis + jitterMillis > 10_000) {
      err().println("gattscope: --latency and --jitter must be 0..10000 ms together");
      return Cli.USAGE;
    }
    Simulator sim = Simulator.serveSerial(serial, config);
    if (latencyMillis + jitterMillis > 0) {
      sim.faults().setLatency(Duration.ofMillis(latencyMillis), Duration.ofMillis(jitterMillis));
    }
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              sim.close();
              try {
                closed.await(2, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "gattscope-sim-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    for (SimPeripheral p : sim.world().peripherals()) {
      err().println("  in range: " + p.address() + " " + p.name());
    }
    out().println("simulated BLED112 serving " + serial + " (Ctrl-C to stop)");
    out().flush();
    if (control) {
      startConsole(new SimScript(sim));
    }
    Throwable cause = sim.closedFuture().handle((c, e) -> c != null ? c : e).join();
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      return 0;
    }
    if (cause != null) {
      err().println("gattscope: serial port " + serial + " went away: " + cause.getMessage());
      return Cli.BLE_FAILURE;
    }
    return 0;
  }

  /** Reads control lines from standard input on a daemon thread and answers each on stdout. */
  private void startConsole(SimScript script) {
    Thread console =
        new Thread(
            () -> {
              try (var in =
                  new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  try {
                    out().println(script.apply(line));
                  } catch (IllegalArgumentException | IllegalStateException e) {
                    err().println("gattscope sim: " + e.getMessage());
                  }
                  out().flush();
                }
              } catch (IOException e) {
                err().println("gattscope sim: control input closed: " + e.getMessage());
              }
            },
            "gattscope-sim-console");
    console.setDaemon(true);
    console.start();
  }
}
