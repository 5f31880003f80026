package io.gattscope.gatt.decode;

/** Decoders for heart rate, cycling speed and cadence, running speed and cycling power. */
final class FitnessDecoders {
  private FitnessDecoders() {}

  /**
   * This family's decoder of a 16-bit SIG UUID, made when asked for: each holds a method reference,
   * and linking all of them would cost a one-shot command-line read more than its own decode.
   *
   * @param uuid16 the 16-bit UUID
   * @return a new decoder, or null when this family has none for it
   */
  static CharacteristicDecoder of(int uuid16) {
    return switch (uuid16) {
      case 0x2A37 ->
          new SigDecoder(uuid16, "Heart Rate Measurement", true, FitnessDecoders::heartRate);
      case 0x2A5B -> new SigDecoder(uuid16, "CSC Measurement", true, FitnessDecoders::csc);
      case 0x2A53 -> new SigDecoder(uuid16, "RSC Measurement", true, FitnessDecoders::rsc);
      case 0x2A63 -> new SigDecoder(uuid16, "Cycling Power Measurement", true, CyclingPower::read);
      default -> null;
    };
  }

  /** The Heart Rate flags field of each flags byte, made once (values stream at up to kHz). */
  private static final Field[] HEART_RATE_FLAGS = new Field[256];

  static {
    for (int f = 0; f < HEART_RATE_FLAGS.length; f++) {
      HEART_RATE_FLAGS[f] =
          Common.flags(
              "Flags",
              f,
              2,
              "Heart Rate uint16",
              "Sensor Contact detected",
              "Sensor Contact supported",
              "Energy Expended present",
              "RR-Interval present");
    }
  }

  private static void heartRate(Reader r) {
    int flags = r.u8("Flags");
    r.add(HEART_RATE_FLAGS[flags]);
    int hr = (flags & 1) != 0 ? r.u16("Heart Rate") : r.u8("Heart Rate");
    r.integer("Heart Rate", hr, "bpm");
    int contact = (flags >> 1) & 3;
    r.text(
        "Sensor Contact",
        contact < 2 ? "not supported" : contact == 3 ? "detected" : "not detected");
    if ((flags & 8) != 0) {
      r.integer("Energy Expended", r.u16("Energy Expended"), "kJ");
    }
    if ((flags & 16) != 0) {
      do {
        int rr = r.u16("RR-Interval");
        r.number("RR-Interval", rr * 1000.0 / 1024.0, 1, "ms");
      } while (r.remaining() > 0);
    }
  }

  private static void csc(Reader r) {
    int flags = r.u8("Flags");
    Common.addFlags(
        r, "Flags", flags, 2, "Wheel Revolution Data present", "Crank Revolution Data present");
    if ((flags & 1) != 0) {
      r.integer("Cumulative Wheel Revolutions", r.u32("Cumulative Wheel Revolutions"), "");
      r.number("Last Wheel Event Time", r.u16("Last Wheel Event Time") / 1024.0, 3, "s");
    }
    if ((flags & 2) != 0) {
      r.integer("Cumulative Crank Revolutions", r.u16("Cumulative Crank Revolutions"), "");
      r.number("Last Crank Event Time", r.u16("Last Crank Event Time") / 1024.0, 3, "s");
    }
  }

  private static void rsc(Reader r) {
    int flags = r.u8("Flags");
    Common.addFlags(
        r,
        "Flags",
        flags,
        2,
        "Instantaneous Stride Length present",
        "Total Distance present",
        "Running");
    r.number("Instantaneous Speed", r.u16("Instantaneous Speed") / 256.0, 2, "m/s");
    r.integer("Instantaneous Cadence", r.u8("Instantaneous Cadence"), "steps/min");
    if ((flags & 1) != 0) {
      r.number("Instantaneous Stride Length", r.u16("Instantaneous Stride Length") / 100.0, 2, "m");
    }
    if ((flags & 2) != 0) {
      r.number("Total Distance", r.u32("Total Distance") / 10.0, 1, "m");
    }
    r.text("Motion", (flags & 4) != 0 ? "running" : "walking");
  }
}
