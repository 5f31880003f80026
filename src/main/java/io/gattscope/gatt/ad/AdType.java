package io.gattscope.gatt.ad;

import java.util.Locale;
import java.util.Map;

/** Advertising data type codes (Bluetooth Assigned Numbers, "Common Data Types") and names. */
public final class AdType {
  /** Flags: discoverable mode and BR/EDR support. */
  public static final int FLAGS = 0x01;

  /** Incomplete list of 16-bit service UUIDs. */
  public static final int INCOMPLETE_UUID16 = 0x02;

  /** Complete list of 16-bit service UUIDs. */
  public static final int COMPLETE_UUID16 = 0x03;

  /** Incomplete list of 32-bit service UUIDs. */
  public static final int INCOMPLETE_UUID32 = 0x04;

  /** Complete list of 32-bit service UUIDs. */
  public static final int COMPLETE_UUID32 = 0x05;

  /** Incomplete list of 128-bit service UUIDs. */
  public static final int INCOMPLETE_UUID128 = 0x06;

  /** Complete list of 128-bit service UUIDs. */
  public static final int COMPLETE_UUID128 = 0x07;

  /** Shortened local name. */
  public static final int SHORT_LOCAL_NAME = 0x08;

  /** Complete local name. */
  public static final int COMPLETE_LOCAL_NAME = 0x09;

  /** TX power level in dBm, one signed byte. */
  public static final int TX_POWER = 0x0A;

  /** Peripheral connection interval range, two 16-bit values in 1.25 ms units. */
  public static final int CONNECTION_INTERVAL_RANGE = 0x12;

  /** List of 16-bit service solicitation UUIDs. */
  public static final int SOLICITATION_UUID16 = 0x14;

  /** List of 128-bit service solicitation UUIDs. */
  public static final int SOLICITATION_UUID128 = 0x15;

  /** Service data after a 16-bit service UUID. */
  public static final int SERVICE_DATA_UUID16 = 0x16;

  /** Appearance, a 16-bit category and subcategory. */
  public static final int APPEARANCE = 0x19;

  /** List of 32-bit service solicitation UUIDs. */
  public static final int SOLICITATION_UUID32 = 0x1F;

  /** Service data after a 32-bit service UUID. */
  public static final int SERVICE_DATA_UUID32 = 0x20;

  /** Service data after a 128-bit service UUID. */
  public static final int SERVICE_DATA_UUID128 = 0x21;

  /** URI, its scheme coded as the first code point. */
  public static final int URI = 0x24;

  /** LE role: which of peripheral and central the device supports. */
  public static final int LE_ROLE = 0x1C;

  /** Manufacturer specific data after a 16-bit company identifier. */
  public static final int MANUFACTURER_DATA = 0xFF;

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(0x01, "Flags"),
          Map.entry(0x02, "Incomplete List of 16-bit Service UUIDs"),
          Map.entry(0x03, "Complete List of 16-bit Service UUIDs"),
          Map.entry(0x04, "Incomplete List of 32-bit Service UUIDs"),
          Map.entry(0x05, "Complete List of 32-bit Service UUIDs"),
          Map.entry(0x06, "Incomplete List of 128-bit Service UUIDs"),
          Map.entry(0x07, "Complete List of 128-bit Service UUIDs"),
          Map.entry(0x08, "Shortened Local Name"),
          Map.entry(0x09, "Complete Local Name"),
          Map.entry(0x0A, "TX Power Level"),
          Map.entry(0x0D, "Class of Device"),
          Map.entry(0x0E, "Simple Pairing Hash C-192"),
          Map.entry(0x0F, "Simple Pairing Randomizer R-192"),
          Map.entry(0x10, "Device ID / Security Manager TK Value"),
          Map.entry(0x11, "Security Manager Out of Band Flags"),
          Map.entry(0x12, "Peripheral Connection Interval Range"),
          Map.entry(0x14, "List of 16-bit Service Solicitation UUIDs"),
          Map.entry(0x15, "List of 128-bit Service Solicitation UUIDs"),
          Map.entry(0x16, "Service Data - 16-bit UUID"),
          Map.entry(0x17, "Public Target Address"),
          Map.entry(0x18, "Random Target Address"),
          Map.entry(0x19, "Appearance"),
          Map.entry(0x1A, "Advertising Interval"),
          Map.entry(0x1B, "LE Bluetooth Device Address"),
          Map.entry(0x1C, "LE Role"),
          Map.entry(0x1D, "Simple Pairing Hash C-256"),
          Map.entry(0x1E, "Simple Pairing Randomizer R-256"),
          Map.entry(0x1F, "List of 32-bit Service Solicitation UUIDs"),
          Map.entry(0x20, "Service Data - 32-bit UUID"),
          Map.entry(0x21, "Service Data - 128-bit UUID"),
          Map.entry(0x22, "LE Secure Connections Confirmation Value"),
          Map.entry(0x23, "LE Secure Connections Random Value"),
          Map.entry(0x24, "URI"),
          Map.entry(0x25, "Indoor Positioning"),
          Map.entry(0x26, "Transport Discovery Data"),
          Map.entry(0x27, "LE Supported Features"),
          Map.entry(0x28, "Channel Map Update Indication"),
          Map.entry(0x29, "PB-ADV"),
          Map.entry(0x2A, "Mesh Message"),
          Map.entry(0x2B, "Mesh Beacon"),
          Map.entry(0x2C, "BIGInfo"),
          Map.entry(0x2D, "Broadcast_Code"),
          Map.entry(0x2E, "Resolvable Set Identifier"),
          Map.entry(0x2F, "Advertising Interval - long"),
          Map.entry(0x30, "Broadcast_Name"),
          Map.entry(0x31, "Encrypted Advertising Data"),
          Map.entry(0x32, "Periodic Advertising Response Timing Information"),
          Map.entry(0x34, "Electronic Shelf Label"),
          Map.entry(0x3D, "3D Information Data"),
          Map.entry(0xFF, "Manufacturer Specific Data"));

  private AdType() {}

  /**
   * The specification's name for an AD type, or {@code "Unknown AD type 0xNN"}.
   *
   * @param type the AD type code, 0 to 255
   * @return the name as the Assigned Numbers document spells it; never {@code null}
   */
  public static String name(int type) {
    String n = NAMES.get(type);
    return n != null ? n : String.format(Locale.ROOT, "Unknown AD type 0x%02X", type);
  }
}
