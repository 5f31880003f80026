package io.gattscope.cli;

import io.gattscope.ble.sim.Simulator;
import io.gattscope.ble.sim.SimulatorConfig;
import io.gattscope.ble.sim.world.SimPeripheral;
import io.gattscope.ble.sim.world.SimWorld;
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

  @Override
  int execute() throws InterruptedException {
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withWorld(SimWorld.standard(seed))
            .withProcedureDelay(profile.procedureDelay);
    Simulator sim = Simulator.serveSerial(serial, config);
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
}
