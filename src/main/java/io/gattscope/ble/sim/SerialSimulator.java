package io.gattscope.ble.sim;

import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command-line entry point: serves a serial device (for example one end of {@code socat -d -d
 * pty,raw,echo=0 pty,raw,echo=0}) as a simulated BLED112 until killed or the port goes away.
 */
public final class SerialSimulator {
  private static final Logger LOG = LoggerFactory.getLogger(SerialSimulator.class);

  private SerialSimulator() {}

  /**
   * Runs the simulator.
   *
   * @param args the serial device path, e.g. {@code /dev/pts/5}
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1 || args[0].isBlank()) {
      System.err.println("usage: SerialSimulator <serial device path, e.g. /dev/pts/5>");
      System.exit(2);
      return;
    }
    Simulator sim = Simulator.serveSerial(args[0]);
    Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "sim-shutdown"));
    System.out.println("simulated BLED112 serving " + args[0] + " (Ctrl-C to stop)");
    try {
      Throwable cause = sim.closedFuture().get();
      if (cause != null) {
        LOG.warn("serial port {} went away: {}", args[0], cause.toString());
      }
    } catch (ExecutionException e) {
      LOG.warn("simulator ended with an error", e.getCause());
    }
  }
}
