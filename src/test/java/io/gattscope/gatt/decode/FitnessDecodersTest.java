package io.gattscope.gatt.decode;

import static io.gattscope.gatt.decode.DecoderTestSupport.assertChannels;
import static io.gattscope.gatt.decode.DecoderTestSupport.assertFields;
import static io.gattscope.gatt.decode.DecoderTestSupport.decode;
import static io.gattscope.gatt.decode.DecoderTestSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FitnessDecodersTest {

  @Test
  void heartRateUint8WithoutExtras() {
    Decoded d = decode(0x2A37, "00 48");
    assertFields(d, "Flags: 0x00 (none)", "Heart Rate: 72 bpm", "Sensor Contact: not supported");
    assertChannels(d, new Channel("Heart Rate", "bpm", 72));
    assertThat(d.hasError()).isFalse();
  }

  @Test
  void heartRateWithContactEnergyAndRrIntervals() {
    // flags 0x1E: contact supported+detected, energy present, RR present; HR 72; 16 kJ;
    // RR 1024/1024 s and 512/1024 s
    Decoded d = decode(0x2A37, "1E 48 10 00 00 04 00 02");
    assertFields(
        d,
        "Flags: 0x1E (Sensor Contact detected, Sensor Contact supported, Energy Expended present,"
            + " RR-Interval present)",
        "Heart Rate: 72 bpm",
        "Sensor Contact: detected",
        "Energy Expended: 16 kJ",
        "RR-Interval: 1000.0 ms",
        "RR-Interval: 500.0 ms");
    assertChannels(
        d,
        new Channel("Heart Rate", "bpm", 72),
        new Channel("Energy Expended", "kJ", 16),
        new Channel("RR-Interval", "ms", 1000),
        new Channel("RR-Interval", "ms", 500));
  }

  @Test
  void heartRateUint16() {
    assertThat(decode(0x2A37, "01 48 01").field("Heart Rate").orElseThrow().value())
        .isEqualTo("328");
    assertThat(decode(0x2A37, "04 48").field("Sensor Contact").orElseThrow().value())
        .isEqualTo("not detected");
  }

  @Test
  void heartRateTooShortKeepsWhatParsed() {
    Decoded d = decode(0x2A37, "11 48");
    assertThat(d.fields().get(0).name()).isEqualTo("Flags");
    assertThat(errors(d))
        .containsExactly(
            "Heart Rate: missing: the value ends at byte 1 but Heart Rate needs 2 more bytes");
    Decoded rr = decode(0x2A37, "14 48 00");
    assertThat(rr.field("Heart Rate").orElseThrow().value()).isEqualTo("72");
    assertThat(errors(rr))
        .containsExactly(
            "RR-Interval: missing: the value ends at byte 2 but RR-Interval needs 2 more bytes");
    assertThat(errors(decode(0x2A37, ""))).hasSize(1);
  }

  @Test
  void cscMeasurement() {
    Decoded d = decode(0x2A5B, "03 10 27 00 00 00 04 64 00 00 02");
    assertFields(
        d,
        "Flags: 0x03 (Wheel Revolution Data present, Crank Revolution Data present)",
        "Cumulative Wheel Revolutions: 10000",
        "Last Wheel Event Time: 1.000 s",
        "Cumulative Crank Revolutions: 100",
        "Last Crank Event Time: 0.500 s");
    assertThat(errors(decode(0x2A5B, "02 64"))).hasSize(1);
  }

  @Test
  void rscMeasurement() {
    Decoded d = decode(0x2A53, "07 00 03 B4 8C 00 E8 03 00 00");
    assertFields(
        d,
        "Flags: 0x07 (Instantaneous Stride Length present, Total Distance present, Running)",
        "Instantaneous Speed: 3.00 m/s",
        "Instantaneous Cadence: 180 steps/min",
        "Instantaneous Stride Length: 1.40 m",
        "Total Distance: 100.0 m",
        "Motion: running");
    assertThat(decode(0x2A53, "00 80 00 5A").field("Motion").orElseThrow().value())
        .isEqualTo("walking");
  }

  @Test
  void cyclingPowerBalanceCrankEnergy() {
    Decoded d = decode(0x2A63, "21 08 FA 00 64 0A 00 00 08 2C 01");
    assertFields(
        d,
        "Flags: 0x0821 (Pedal Power Balance present, Crank Revolution Data present, Accumulated"
            + " Energy present)",
        "Instantaneous Power: 250 W",
        "Pedal Power Balance: 50.0 %",
        "Cumulative Crank Revolutions: 10",
        "Last Crank Event Time: 2.000 s",
        "Accumulated Energy: 300 kJ");
    assertThat(d.channels().get(0)).isEqualTo(new Channel("Instantaneous Power", "W", 250));
  }

  @Test
  void cyclingPowerPackedAnglesAndTorque() {
    // flags 0x0184: accumulated torque, extreme torque, extreme angles; power -5 W
    Decoded d = decode(0x2A63, "84 01 FB FF 40 00 40 00 E0 FF 5A E0 10");
    assertFields(
        d,
        "Flags: 0x0184 (Accumulated Torque present, Extreme Torque Magnitudes present, Extreme"
            + " Angles present)",
        "Instantaneous Power: -5 W",
        "Accumulated Torque: 2.00 N·m",
        "Maximum Torque Magnitude: 2.00 N·m",
        "Minimum Torque Magnitude: -1.00 N·m",
        "Maximum Angle: 90 °",
        "Minimum Angle: 270 °");
  }

  @Test
  void cyclingPowerWheelForceAndDeadSpots() {
    // flags 0x0650: wheel data, extreme forces, top and bottom dead spot
    Decoded d = decode(0x2A63, "50 06 64 00 E8 03 00 00 00 10 2C 01 9C FF 0A 00 BE 00");
    assertFields(
        d,
        "Flags: 0x0650 (Wheel Revolution Data present, Extreme Force Magnitudes present, Top Dead"
            + " Spot Angle present, Bottom Dead Spot Angle present)",
        "Instantaneous Power: 100 W",
        "Cumulative Wheel Revolutions: 1000",
        "Last Wheel Event Time: 2.000 s",
        "Maximum Force Magnitude: 300 N",
        "Minimum Force Magnitude: -100 N",
        "Top Dead Spot Angle: 10 °",
        "Bottom Dead Spot Angle: 190 °");
    assertThat(errors(decode(0x2A63, "50 06 64 00 E8 03"))).hasSize(1);
  }
}
