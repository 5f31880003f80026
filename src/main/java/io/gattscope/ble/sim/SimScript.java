package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import io.gattscope.bytes.HexText;
import java.time.Duration;
import java.util.Locale;

/**
 * One-line commands that script a running simulator, as typed on the CLI's {@code sim --control}
 * console: {@code rate ADDR HANDLE HZ}, {@code rssi ADDR DBM}, {@code drop CONN REASON}, {@code
 * mute}, {@code unmute}, {@code unplug}, {@code garbage HEX}, {@code connections}, {@code help},
 * and the faults of {@link SimFaults}: {@code drop ADDR REASON}, {@code range ADDR SECONDS}, {@code
 * reboot}, {@code services ADDR}, {@code latency MS JITTER_MS}, {@code silent ADDR [off]}, {@code
 * faults}.
 */
public final class SimScript {
  /** What the console prints for {@code help}. */
  public static final String HELP =
      "rate ADDR HANDLE HZ | rssi ADDR DBM | drop CONN|ADDR REASON | range ADDR SECONDS | reboot"
          + " | services ADDR | latency MS JITTER_MS | silent ADDR [off] | mute | unmute | unplug"
          + " | garbage HEX | connections | faults | help";

  private final SimulatorControl sim;

  /**
   * A script over one running simulator.
   *
   * @param sim the simulator the commands act on
   */
  public SimScript(SimulatorControl sim) {
    this.sim = sim;
  }

  /**
   * Carries out one line and returns what happened.
   *
   * @param line one command, e.g. {@code drop 00:07:80:5E:01:01 0x08}; the verb in any case
   * @return what was done, in words, for the console to print
   * @throws IllegalArgumentException naming what is wrong with the line; nothing changes then
   */
  public String apply(String line) {
    String[] w = line.trim().split("\\s+");
    String verb = w[0].toLowerCase(Locale.ROOT);
    switch (verb) {
      case "rate" -> {
        need(w, 4, "rate ADDR HANDLE HZ");
        sim.setNotificationRate(
            BleAddress.parse(w[1]), number(w[2], "handle"), Double.parseDouble(w[3]));
        return "rate of " + w[1] + " handle " + w[2] + " set to " + w[3] + " Hz";
      }
      case "rssi" -> {
        need(w, 3, "rssi ADDR DBM");
        sim.setRssi(BleAddress.parse(w[1]), Integer.parseInt(w[2]));
        return "RSSI of " + w[1] + " now wanders around " + w[2] + " dBm";
      }
      case "drop" -> {
        need(w, 3, "drop CONN|ADDR REASON");
        if (w[1].contains(":")) {
          BleAddress a = BleAddress.parse(w[1]);
          sim.faults().drop(a, number(w[2], "reason"));
          return "link to " + a + " dropped with reason " + w[2];
        }
        sim.dropConnection(number(w[1], "connection"), number(w[2], "reason"));
        return "connection " + w[1] + " dropped with reason " + w[2];
      }
      case "range" -> {
        need(w, 3, "range ADDR SECONDS");
        BleAddress a = BleAddress.parse(w[1]);
        double seconds = decimal(w[2], "seconds");
        sim.faults().outOfRange(a, Duration.ofMillis(Math.round(seconds * 1000)));
        return a + " out of range for " + w[2] + " s";
      }
      case "reboot" -> {
        need(w, 1, "reboot");
        sim.faults().reboot();
        return "dongle rebooted: every link is gone";
      }
      case "services" -> {
        need(w, 2, "services ADDR");
        BleAddress a = BleAddress.parse(w[1]);
        var r = sim.faults().changeServices(a);
        return String.format(
            Locale.ROOT, "services of %s changed: 0x%04X..0x%04X", a, r.start(), r.end());
      }
      case "latency" -> {
        need(w, 3, "latency MS JITTER_MS");
        sim.faults()
            .setLatency(
                Duration.ofMillis(number(w[1], "latency")),
                Duration.ofMillis(number(w[2], "jitter")));
        return "responses now take " + w[1] + " ms more, plus up to " + w[2] + " ms";
      }
      case "silent" -> {
        if (w.length != 2 && !(w.length == 3 && w[2].equalsIgnoreCase("off"))) {
          throw new IllegalArgumentException("usage: silent ADDR [off]");
        }
        BleAddress a = BleAddress.parse(w[1]);
        boolean silent = w.length == 2;
        sim.faults().setSilent(a, silent);
        return silent ? a + " stopped answering" : a + " answers again";
      }
      case "faults" -> {
        StringBuilder b = new StringBuilder("faults: " + sim.faults().log().size());
        sim.faults().log().forEach(f -> b.append(System.lineSeparator()).append("  ").append(f));
        return b.toString();
      }
      case "mute", "unmute" -> {
        need(w, 1, verb);
        sim.setMuted(verb.equals("mute"));
        return verb.equals("mute") ? "dongle stopped answering" : "dongle answers again";
      }
      case "unplug" -> {
        sim.unplug();
        return "dongle unplugged";
      }
      case "garbage" -> {
        need(w, 2, "garbage HEX");
        sim.injectGarbage(HexText.parseCompact(w[1]));
        return (w[1].length() / 2) + " garbage byte(s) sent";
      }
      case "connections" -> {
        return "connections: " + sim.connections();
      }
      case "help", "" -> {
        return HELP;
      }
      default ->
          throw new IllegalArgumentException("unknown command '" + w[0] + "'; commands: " + HELP);
    }
  }

  private static void need(String[] w, int count, String usage) {
    if (w.length != count) {
      throw new IllegalArgumentException("usage: " + usage);
    }
  }

  private static double decimal(String text, String what) {
    try {
      double v = Double.parseDouble(text);
      if (!(v > 0)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " '" + text + "' is not a positive number");
    }
  }

  private static int number(String text, String what) {
    try {
      return text.startsWith("0x")
          ? Integer.parseInt(text.substring(2), 16)
          : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + " '" + text + "' is not a number (decimal or 0x hex)");
    }
  }
}
