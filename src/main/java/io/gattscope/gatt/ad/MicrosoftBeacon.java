package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Microsoft's manufacturer data (company 0x0006): a scenario type byte, e.g. 0x01 Connected Devices
 * Platform or 0x03 Swift Pair, then scenario data.
 *
 * @param scenario the scenario type (0 to 255)
 * @param detail a readable description of the scenario data
 * @param data the bytes after the scenario type
 */
public record MicrosoftBeacon(int scenario, String detail, byte[] data) implements DecodedPayload {

  /** Microsoft's company identifier. */
  public static final int COMPANY_ID = 0x0006;

  /**
   * The scenario's name.
   *
   * @return {@code "Connected Devices Platform"}, {@code "Swift Pair"}, or {@code "Scenario 0xNN"}
   *     for other types
   */
  public String scenarioName() {
    return switch (scenario) {
      case 0x01 -> "Connected Devices Platform";
      case 0x03 -> "Swift Pair";
      default -> String.format(Locale.ROOT, "Scenario 0x%02X", scenario);
    };
  }

  static Optional<MicrosoftBeacon> decode(byte[] d) {
    if (d.length < 1) {
      return Optional.empty();
    }
    int scenario = d[0] & 0xFF;
    byte[] rest = Arrays.copyOfRange(d, 1, d.length);
    String detail;
    if (scenario == 0x01 && rest.length >= 1) {
      detail = "device type " + deviceType(rest[0] & 0x1F);
    } else if (scenario == 0x03 && rest.length >= 1) {
      int sub = rest[0] & 0xFF;
      // sub-scenario, then a reserved RSSI byte, then the display name (for sub-scenario 0)
      String name =
          rest.length > 2
              ? ", name \""
                  + new String(rest, 2, rest.length - 2, StandardCharsets.UTF_8).trim()
                  + "\""
              : "";
      detail = swiftPairMode(sub) + name;
    } else {
      detail = Hex.format(rest);
    }
    return Optional.of(new MicrosoftBeacon(scenario, detail, rest));
  }

  private static String swiftPairMode(int sub) {
    return switch (sub) {
      case 0x00 -> "pair over LE";
      case 0x01 -> "pair over LE and BR/EDR (Secure Connections)";
      case 0x02 -> "pair over BR/EDR";
      default -> String.format(Locale.ROOT, "sub-scenario 0x%02X", sub);
    };
  }

  private static String deviceType(int t) {
    return switch (t) {
      case 1 -> "Xbox One";
      case 6 -> "Apple iPhone";
      case 7 -> "Apple iPad";
      case 8 -> "Android device";
      case 9 -> "Windows 10 Desktop";
      case 11 -> "Windows 10 Phone";
      case 12 -> "Linux device";
      case 13 -> "Windows IoT";
      case 14 -> "Surface Hub";
      case 15 -> "Windows laptop";
      case 16 -> "Windows tablet";
      default -> "0x" + Integer.toHexString(t);
    };
  }

  @Override
  public String summary() {
    return "Microsoft " + scenarioName() + (detail.isEmpty() ? "" : ": " + detail);
  }
}
