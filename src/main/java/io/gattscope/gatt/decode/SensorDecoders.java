package io.gattscope.gatt.decode;

/** Decoders for battery, environmental sensing, body sensor location and thermometer values. */
final class SensorDecoders {
  private SensorDecoders() {}

  /**
   * This family's decoder of a 16-bit SIG UUID, made when asked for: each holds a method reference,
   * and linking all of them would cost a one-shot command-line read more than its own decode.
   *
   * @param uuid16 the 16-bit UUID
   * @return a new decoder, or null when this family has none for it
   */
  static CharacteristicDecoder of(int uuid16) {
    return switch (uuid16) {
      case 0x2A19 -> new SigDecoder(uuid16, "Battery Level", true, SensorDecoders::battery);
      case 0x2A6E -> new SigDecoder(uuid16, "Temperature", true, SensorDecoders::temperature);
      case 0x2A6F -> new SigDecoder(uuid16, "Humidity", true, SensorDecoders::humidity);
      case 0x2A6D -> new SigDecoder(uuid16, "Pressure", true, SensorDecoders::pressure);
      case 0x2A38 ->
          new SigDecoder(uuid16, "Body Sensor Location", true, SensorDecoders::bodySensorLocation);
      case 0x2A1C ->
          new SigDecoder(
              uuid16, "Temperature Measurement", true, SensorDecoders::temperatureMeasurement);
      default -> null;
    };
  }

  private static void battery(Reader r) {
    int level = r.u8("Battery Level");
    if (level > 100) {
      r.error("Battery Level", level + " % is out of range (0..100)");
    } else {
      r.integer("Battery Level", level, "%");
    }
  }

  private static void temperature(Reader r) {
    int raw = r.s16("Temperature");
    if (raw == (short) 0x8000) {
      r.text("Temperature", "unknown");
    } else {
      r.number("Temperature", raw / 100.0, 2, "°C");
    }
  }

  private static void humidity(Reader r) {
    int raw = r.u16("Humidity");
    if (raw == 0xFFFF) {
      r.text("Humidity", "unknown");
    } else if (raw > 10000) {
      r.error("Humidity", raw / 100.0 + " % is out of range (0..100)");
    } else {
      r.number("Humidity", raw / 100.0, 2, "%");
    }
  }

  private static void pressure(Reader r) {
    r.number("Pressure", r.u32("Pressure") / 10.0, 1, "Pa");
  }

  private static void bodySensorLocation(Reader r) {
    r.text(
        "Body Sensor Location",
        Common.pick(
            r.u8("Body Sensor Location"),
            "Other",
            "Chest",
            "Wrist",
            "Finger",
            "Hand",
            "Ear Lobe",
            "Foot"));
  }

  private static void temperatureMeasurement(Reader r) {
    int flags = r.u8("Flags");
    Common.addFlags(
        r, "Flags", flags, 2, "Fahrenheit", "Time Stamp present", "Temperature Type present");
    String unit = (flags & 1) != 0 ? "°F" : "°C";
    r.add11073("Temperature", r.float32("Temperature"), unit);
    if ((flags & 2) != 0) {
      Common.dateTime(r, "Time Stamp");
    }
    if ((flags & 4) != 0) {
      r.text(
          "Temperature Type",
          Common.pick(
              r.u8("Temperature Type"),
              null,
              "Armpit",
              "Body (general)",
              "Ear (usually earlobe)",
              "Finger",
              "Gastro-intestinal Tract",
              "Mouth",
              "Rectum",
              "Toe (usually big toe)",
              "Tympanum (ear drum)"));
    }
  }
}
