package io.gattscope.gatt.decode;

import io.gattscope.gatt.format.Ieee11073;
import java.util.Locale;

/** Decoders for weight scale, blood pressure and pulse oximeter measurements. */
final class HealthDecoders {
  private HealthDecoders() {}

  /**
   * This family's decoder of a 16-bit SIG UUID, made when asked for: each holds a method reference,
   * and linking all of them would cost a one-shot command-line read more than its own decode.
   *
   * @param uuid16 the 16-bit UUID
   * @return a new decoder, or null when this family has none for it
   */
  static CharacteristicDecoder of(int uuid16) {
    return switch (uuid16) {
      case 0x2A9D -> new SigDecoder(uuid16, "Weight Measurement", true, HealthDecoders::weight);
      case 0x2A35 ->
          new SigDecoder(uuid16, "Blood Pressure Measurement", true, HealthDecoders::bloodPressure);
      case 0x2A5F ->
          new SigDecoder(uuid16, "PLX Continuous Measurement", true, HealthDecoders::plx);
      default -> null;
    };
  }

  private static void weight(Reader r) {
    int flags = r.u8("Flags");
    Common.addFlags(
        r,
        "Flags",
        flags,
        2,
        "Imperial units",
        "Time Stamp present",
        "User ID present",
        "BMI and Height present");
    boolean imperial = (flags & 1) != 0;
    int weight = r.u16("Weight");
    if (weight == 0xFFFF) {
      r.text("Weight", "measurement unsuccessful");
    } else if (imperial) {
      r.number("Weight", weight * 0.01, 2, "lb");
    } else {
      r.number("Weight", weight * 0.005, 3, "kg");
    }
    if ((flags & 2) != 0) {
      Common.dateTime(r, "Time Stamp");
    }
    if ((flags & 4) != 0) {
      userId(r);
    }
    if ((flags & 8) != 0) {
      r.number("BMI", r.u16("BMI") * 0.1, 1, "kg/m²");
      int h = r.u16("Height");
      if (imperial) {
        r.number("Height", h * 0.1, 1, "in");
      } else {
        r.number("Height", h * 0.001, 3, "m");
      }
    }
  }

  private static void userId(Reader r) {
    int id = r.u8("User ID");
    r.text("User ID", id == 0xFF ? "unknown user" : Integer.toString(id));
  }

  private static void bloodPressure(Reader r) {
    int flags = r.u8("Flags");
    Common.addFlags(
        r,
        "Flags",
        flags,
        2,
        "kPa",
        "Time Stamp present",
        "Pulse Rate present",
        "User ID present",
        "Measurement Status present");
    String unit = (flags & 1) != 0 ? "kPa" : "mmHg";
    r.add11073("Systolic", r.sfloat("Systolic"), unit);
    r.add11073("Diastolic", r.sfloat("Diastolic"), unit);
    r.add11073("Mean Arterial Pressure", r.sfloat("Mean Arterial Pressure"), unit);
    if ((flags & 2) != 0) {
      Common.dateTime(r, "Time Stamp");
    }
    if ((flags & 4) != 0) {
      r.add11073("Pulse Rate", r.sfloat("Pulse Rate"), "bpm");
    }
    if ((flags & 8) != 0) {
      userId(r);
    }
    if ((flags & 16) != 0) {
      int s = r.u16("Measurement Status");
      String range =
          Common.pick(
              (s >> 3) & 3,
              null,
              "pulse rate above upper limit",
              "pulse rate below lower limit",
              "reserved pulse rate range");
      String bits =
          Common.bits(
              s,
              "body movement detected",
              "cuff too loose",
              "irregular pulse detected",
              null,
              null,
              "improper measurement position");
      String text = bits.equals("none") ? "" : bits;
      if (((s >> 3) & 3) != 0) {
        text = text.isEmpty() ? range : text + ", " + range;
      }
      r.text(
          "Measurement Status",
          String.format(Locale.ROOT, "0x%04X (%s)", s, text.isEmpty() ? "ok" : text));
    }
  }

  private static void plx(Reader r) {
    int flags = r.u8("Flags");
    Common.addFlags(
        r,
        "Flags",
        flags,
        2,
        "SpO2PR-Fast present",
        "SpO2PR-Slow present",
        "Measurement Status present",
        "Device and Sensor Status present",
        "Pulse Amplitude Index present");
    spo2pr(r, "");
    if ((flags & 1) != 0) {
      spo2pr(r, " (fast)");
    }
    if ((flags & 2) != 0) {
      spo2pr(r, " (slow)");
    }
    if ((flags & 4) != 0) {
      int s = r.u16("Measurement Status");
      r.text(
          "Measurement Status",
          String.format(
              Locale.ROOT,
              "0x%04X (%s)",
              s,
              Common.bits(
                  s,
                  null,
                  null,
                  null,
                  null,
                  null,
                  "measurement ongoing",
                  "early estimated data",
                  "validated data",
                  "fully qualified data",
                  "data from measurement storage",
                  "data for demonstration",
                  "data for testing",
                  "calibration ongoing",
                  "measurement unavailable",
                  "questionable measurement detected",
                  "invalid measurement detected")));
    }
    if ((flags & 8) != 0) {
      int s = r.u24("Device and Sensor Status");
      r.text(
          "Device and Sensor Status",
          String.format(
              Locale.ROOT,
              "0x%06X (%s)",
              s,
              Common.bits(
                  s,
                  "extended display update ongoing",
                  "equipment malfunction detected",
                  "signal processing irregularity detected",
                  "inadequate signal detected",
                  "poor signal detected",
                  "low perfusion detected",
                  "erratic signal detected",
                  "nonpulsatile signal detected",
                  "questionable pulse detected",
                  "signal analysis ongoing",
                  "sensor interference detected",
                  "sensor unconnected to user",
                  "unknown sensor connected",
                  "sensor displaced",
                  "sensor malfunctioning",
                  "sensor disconnected")));
    }
    if ((flags & 16) != 0) {
      r.add11073("Pulse Amplitude Index", r.sfloat("Pulse Amplitude Index"), "%");
    }
  }

  private static void spo2pr(Reader r, String suffix) {
    Ieee11073.Value spo2 = r.sfloat("SpO2" + suffix);
    r.add11073("SpO2" + suffix, spo2, "%");
    r.add11073("Pulse Rate" + suffix, r.sfloat("Pulse Rate" + suffix), "bpm");
  }
}
