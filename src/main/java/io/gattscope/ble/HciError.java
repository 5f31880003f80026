package io.gattscope.ble;

import java.util.Locale;

/** Names of the HCI error codes that end connections (Core Vol 1 Part F). */
public final class HciError {
  private HciError() {}

  /**
   * The specification's name of an HCI error code.
   *
   * @param code the HCI error code, 0x00 to 0xFF
   * @return e.g. {@code "Connection Timeout"} for 0x08, or {@code "HCI error 0xNN"} for a code
   *     without a name here
   */
  public static String name(int code) {
    return switch (code) {
      case 0x05 -> "Authentication Failure";
      case 0x06 -> "PIN or Key Missing";
      case 0x08 -> "Connection Timeout";
      case 0x09 -> "Connection Limit Exceeded";
      case 0x0C -> "Command Disallowed";
      case 0x13 -> "Remote User Terminated Connection";
      case 0x14 -> "Remote Device Terminated Connection due to Low Resources";
      case 0x15 -> "Remote Device Terminated Connection due to Power Off";
      case 0x16 -> "Connection Terminated By Local Host";
      case 0x1A -> "Unsupported Remote Feature";
      case 0x22 -> "LMP/LL Response Timeout";
      case 0x28 -> "Instant Passed";
      case 0x3B -> "Unacceptable Connection Parameters";
      case 0x3D -> "Connection Terminated due to MIC Failure";
      case 0x3E -> "Connection Failed to be Established";
      default -> String.format(Locale.ROOT, "HCI error 0x%02X", code);
    };
  }
}
