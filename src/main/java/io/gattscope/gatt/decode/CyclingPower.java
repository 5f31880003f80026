package io.gattscope.gatt.decode;

/** The Cycling Power Measurement (0x2A63) field layout: 16-bit flags, then optional fields. */
final class CyclingPower {
  private CyclingPower() {}

  static void read(Reader r) {
    int flags = r.u16("Flags");
    Common.addFlags(
        r,
        "Flags",
        flags,
        4,
        "Pedal Power Balance present",
        "Pedal Power Balance reference: left",
        "Accumulated Torque present",
        "Accumulated Torque source: crank",
        "Wheel Revolution Data present",
        "Crank Revolution Data present",
        "Extreme Force Magnitudes present",
        "Extreme Torque Magnitudes present",
        "Extreme Angles present",
        "Top Dead Spot Angle present",
        "Bottom Dead Spot Angle present",
        "Accumulated Energy present",
        "Offset Compensation Indicator");
    r.integer("Instantaneous Power", r.s16("Instantaneous Power"), "W");
    if ((flags & 0x0001) != 0) {
      r.number("Pedal Power Balance", r.u8("Pedal Power Balance") / 2.0, 1, "%");
    }
    if ((flags & 0x0004) != 0) {
      r.number("Accumulated Torque", r.u16("Accumulated Torque") / 32.0, 2, "N·m");
    }
    if ((flags & 0x0010) != 0) {
      r.integer("Cumulative Wheel Revolutions", r.u32("Cumulative Wheel Revolutions"), "");
      r.number("Last Wheel Event Time", r.u16("Last Wheel Event Time") / 2048.0, 3, "s");
    }
    if ((flags & 0x0020) != 0) {
      r.integer("Cumulative Crank Revolutions", r.u16("Cumulative Crank Revolutions"), "");
      r.number("Last Crank Event Time", r.u16("Last Crank Event Time") / 1024.0, 3, "s");
    }
    if ((flags & 0x0040) != 0) {
      r.integer("Maximum Force Magnitude", r.s16("Maximum Force Magnitude"), "N");
      r.integer("Minimum Force Magnitude", r.s16("Minimum Force Magnitude"), "N");
    }
    if ((flags & 0x0080) != 0) {
      r.number("Maximum Torque Magnitude", r.s16("Maximum Torque Magnitude") / 32.0, 2, "N·m");
      r.number("Minimum Torque Magnitude", r.s16("Minimum Torque Magnitude") / 32.0, 2, "N·m");
    }
    if ((flags & 0x0100) != 0) {
      int angles = r.u24("Extreme Angles");
      r.integer("Maximum Angle", angles & 0xFFF, "°");
      r.integer("Minimum Angle", angles >> 12, "°");
    }
    if ((flags & 0x0200) != 0) {
      r.integer("Top Dead Spot Angle", r.u16("Top Dead Spot Angle"), "°");
    }
    if ((flags & 0x0400) != 0) {
      r.integer("Bottom Dead Spot Angle", r.u16("Bottom Dead Spot Angle"), "°");
    }
    if ((flags & 0x0800) != 0) {
      r.integer("Accumulated Energy", r.u16("Accumulated Energy"), "kJ");
    }
  }
}
