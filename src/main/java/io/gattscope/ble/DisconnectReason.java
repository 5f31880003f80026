package io.gattscope.ble;

import java.util.Locale;

/**
 * Why a connection ended.
 *
 * @param code the HCI reason (e.g. 0x08 supervision timeout, 0x13 remote user terminated, 0x16
 *     local host terminated), or a backend code
 * @param text a readable description
 */
public record DisconnectReason(int code, String text) {

  /**
   * A reason from an HCI error code, named after the Core specification.
   *
   * @param code the HCI reason, e.g. 0x08
   * @return a reason whose text is the code's name, e.g. {@code "Connection Timeout"}
   */
  public static DisconnectReason hci(int code) {
    return new DisconnectReason(code, HciError.name(code));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (0x%02X)", text, code);
  }
}
