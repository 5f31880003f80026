package io.gattscope.gatt.ad;

import io.gattscope.gatt.format.Hex;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A Google Eddystone frame (service data for UUID 0xFEAA). */
public sealed interface Eddystone extends DecodedPayload {

  /** The service UUID Eddystone frames are sent under. */
  int SERVICE_UUID = 0xFEAA;

  /** Eddystone-UID: a 10-byte namespace and 6-byte instance, with TX power at 0 m (dBm). */
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

  /** Eddystone-URL: the URL with its scheme prefix and expansion codes expanded. */
  record Url(int txPower, String url) implements Eddystone {
    @Override
    public String summary() {
      return "Eddystone URL: " + url + ", TX power at 0 m " + txPower + " dBm";
    }
  }

  /**
   * Eddystone-TLM (unencrypted): battery voltage in mV (0 if not supported), temperature in °C (NaN
   * if not supported), advertising PDU count and time since power-on in 0.1 s.
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

  /** Eddystone-EID: an 8-byte ephemeral identifier. */
  record Eid(int txPower, String eid) implements Eddystone {
    @Override
    public String summary() {
      return "Eddystone EID: " + eid + ", TX power at 0 m " + txPower + " dBm";
    }
  }

  /** Another or encrypted frame, kept raw. */
  record Other(int frameType, byte[] data) implements Eddystone {
    @Override
    public String summary() {
      return String.format(Locale.ROOT, "Eddystone frame 0x%02X: ", frameType) + Hex.format(data);
    }
  }

  /** Decodes an Eddystone frame; empty when the data is too short for its frame type. */
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
