package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A Google Eddystone frame (service data for UUID 0xFEAA). */
public sealed interface Eddystone extends DecodedPayload {

  /** The service UUID Eddystone frames are sent under. */
  int SERVICE_UUID = 0xFEAA;

  /**
   * Eddystone-UID: a 10-byte namespace and 6-byte instance, with TX power at 0 m (dBm).
   *
   * @param txPower the calibrated TX power at 0 m in dBm, -128 to 127
   * @param namespace the 10-byte namespace as 20 upper-case hex digits
   * @param instance the 6-byte instance as 12 upper-case hex digits
   */
  record Uid(int txPower, String namespace, String instance) implements Eddystone {
    @Override
    public String summary() {
      return "Eddystone UID: namespace "
          + namespace
          + ", instance "
          + instance
          + ", TX power at 0 m "
          + txPower
          + " dBm";
    }
  }

  /**
   * Eddystone-URL: the URL with its scheme prefix and expansion codes expanded.
   *
   * @param txPower the calibrated TX power at 0 m in dBm, -128 to 127
   * @param url the expanded URL; bytes that are neither expansion codes nor printable ASCII appear
   *     as {@code \xNN}
   */
  record Url(int txPower, String url) implements Eddystone {
    @Override
    public String summary() {
      return "Eddystone URL: " + url + ", TX power at 0 m " + txPower + " dBm";
    }
  }

  /**
   * Eddystone-TLM (unencrypted): battery voltage, temperature, advertising PDU count and time since
   * power-on.
   *
   * @param batteryMillivolts the battery voltage in mV, 0 if the beacon does not measure it
   * @param temperature the beacon temperature in °C (8.8 fixed point, so 1/256 °C steps), {@code
   *     NaN} if the beacon does not measure it
   * @param advertisingCount the number of advertising PDUs sent since power-on or reboot, 0 to
   *     2^32-1
   * @param uptimeTenths the time since power-on or reboot in units of 0.1 s, 0 to 2^32-1
   */
  record Tlm(int batteryMillivolts, double temperature, long advertisingCount, long uptimeTenths)
      implements Eddystone {
    @Override
    public String summary() {
      String temp =
          Double.isNaN(temperature)
              ? "not supported"
              : String.format(Locale.ROOT, "%.2f °C", temperature);
      return String.format(
          Locale.ROOT,
          "Eddystone TLM: battery %d mV, temperature %s, %d advertisements, uptime %.1f s",
          batteryMillivolts,
          temp,
          advertisingCount,
          uptimeTenths / 10.0);
    }
  }

  /**
   * Eddystone-EID: an 8-byte ephemeral identifier.
   *
   * @param txPower the calibrated TX power at 0 m in dBm, -128 to 127
   * @param eid the 8-byte ephemeral identifier as 16 upper-case hex digits
   */
  record Eid(int txPower, String eid) implements Eddystone {
    @Override
    public String summary() {
      return "Eddystone EID: " + eid + ", TX power at 0 m " + txPower + " dBm";
    }
  }

  /**
   * Another frame type, or an encrypted TLM frame, kept raw.
   *
   * @param frameType the frame type byte, 0 to 255
   * @param data the bytes after the frame type
   */
  record Other(int frameType, byte[] data) implements Eddystone {
    @Override
    public String summary() {
      return String.format(Locale.ROOT, "Eddystone frame 0x%02X: ", frameType) + Hex.format(data);
    }
  }

  /**
   * Decodes an Eddystone frame; empty when the data is too short for its frame type.
   *
   * @param d the service data after the 0xFEAA UUID, starting with the frame type byte
   * @return the decoded frame, or empty for empty data or a UID, URL or EID frame that is too
   *     short; unknown frame types give {@link Other}
   */
  static Optional<Eddystone> decode(byte[] d) {
    if (d.length < 1) {
      return Optional.empty();
    }
    int frame = d[0] & 0xFF;
    switch (frame) {
      case 0x00:
        return d.length < 18
            ? Optional.empty()
            : Optional.of(
                new Uid(
                    d[1],
                    Hex.compact(Arrays.copyOfRange(d, 2, 12)),
                    Hex.compact(Arrays.copyOfRange(d, 12, 18))));
      case 0x10:
        return d.length < 3 ? Optional.empty() : Optional.of(new Url(d[1], url(d)));
      case 0x20:
        if (d.length >= 14 && d[1] == 0) {
          int rawTemp = (short) Names.u16be(d, 4);
          double temp = rawTemp == (short) 0x8000 ? Double.NaN : rawTemp / 256.0;
          return Optional.of(
              new Tlm(Names.u16be(d, 2), temp, Names.u32be(d, 6), Names.u32be(d, 10)));
        }
        return Optional.of(new Other(frame, Arrays.copyOfRange(d, 1, d.length)));
      case 0x30:
        return d.length < 10
            ? Optional.empty()
            : Optional.of(new Eid(d[1], Hex.compact(Arrays.copyOfRange(d, 2, 10))));
      default:
        return Optional.of(new Other(frame, Arrays.copyOfRange(d, 1, d.length)));
    }
  }

  private static String url(byte[] d) {
    String[] prefixes = {"http://www.", "https://www.", "http://", "https://"};
    String[] expansions = {
      ".com/", ".org/", ".edu/", ".net/", ".info/", ".biz/", ".gov/",
      ".com", ".org", ".edu", ".net", ".info", ".biz", ".gov"
    };
    int scheme = d[2] & 0xFF;
    StringBuilder sb =
        new StringBuilder(
            scheme < prefixes.length
                ? prefixes[scheme]
                : String.format(Locale.ROOT, "\\x%02X", scheme));
    for (int i = 3; i < d.length; i++) {
      int c = d[i] & 0xFF;
      if (c < expansions.length) {
        sb.append(expansions[c]);
      } else if (c > 0x20 && c < 0x7F) {
        sb.append((char) c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\x%02X", c));
      }
    }
    return sb.toString();
  }
}
