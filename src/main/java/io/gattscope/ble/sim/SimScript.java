package io.gattscope.ble.sim;

import io.gattscope.ble.BleAddress;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-line commands that script a running simulator, as typed on the CLI's {@code sim --control}
 * console: {@code rate ADDR HANDLE HZ}, {@code rssi ADDR DBM}, {@code drop CONN REASON}, {@code
 * mute}, {@code unmute}, {@code unplug}, {@code garbage HEX}, {@code connections}, {@code help}.
 */
public final class SimScript {
  /** What the console prints for {@code help}. */
  public static final String HELP =
      "rate ADDR HANDLE HZ | rssi ADDR DBM | drop CONN REASON | mute | unmute | unplug"
          + " | garbage HEX | connections | help";

  private final SimulatorControl sim;

  public SimScript(SimulatorControl sim) {
    this.sim = sim;
  }

  /**
   * Carries out one line and returns what happened.
   *
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
        need(w, 3, "drop CONN REASON");
        sim.dropConnection(number(w[1], "connection"), number(w[2], "reason"));
        return "connection " + w[1] + " dropped with reason " + w[2];
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
        sim.injectGarbage(HexFormat.of().parseHex(w[1]));
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
