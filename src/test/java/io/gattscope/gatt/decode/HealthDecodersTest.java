package io.gattscope.gatt.decode;

import static io.gattscope.gatt.decode.DecoderTestSupport.assertChannels;
import static io.gattscope.gatt.decode.DecoderTestSupport.assertFields;
import static io.gattscope.gatt.decode.DecoderTestSupport.decode;
import static io.gattscope.gatt.decode.DecoderTestSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthDecodersTest {

  @Test
  void weightSiWithEverything() {
    Decoded d = decode(0x2A9D, "0E 98 3A E8 07 01 02 03 04 05 01 F5 00 D2 06");
    assertFields(
        d,
        "Flags: 0x0E (Time Stamp present, User ID present, BMI and Height present)",
        "Weight: 75.000 kg",
        "Time Stamp: 2024-01-02 03:04:05",
        "User ID: 1",
        "BMI: 24.5 kg/m²",
        "Height: 1.746 m");
  }

  @Test
  void weightImperialAndUnsuccessful() {
    assertFields(decode(0x2A9D, "01 F0 41"), "Flags: 0x01 (Imperial units)", "Weight: 168.80 lb");
    assertFields(
        decode(0x2A9D, "08 FF FF F5 00 D2 06"),
        "Flags: 0x08 (BMI and Height present)",
        "Weight: measurement unsuccessful",
        "BMI: 24.5 kg/m²",
        "Height: 1.746 m");
    assertThat(errors(decode(0x2A9D, "08 98 3A F5"))).hasSize(1);
  }

  @Test
  void bloodPressureWithAllOptions() {
    Decoded d = decode(0x2A35, "1E 78 00 50 00 5D 00 E8 07 05 06 07 08 09 48 00 02 05 00");
    assertFields(
        d,
        "Flags: 0x1E (Time Stamp present, Pulse Rate present, User ID present, Measurement Status"
            + " present)",
        "Systolic: 120 mmHg",
        "Diastolic: 80 mmHg",
        "Mean Arterial Pressure: 93 mmHg",
        "Time Stamp: 2024-05-06 07:08:09",
        "Pulse Rate: 72 bpm",
        "User ID: 2",
        "Measurement Status: 0x0005 (body movement detected, irregular pulse detected)");
    assertChannels(
        d,
        new Channel("Systolic", "mmHg", 120),
        new Channel("Diastolic", "mmHg", 80),
        new Channel("Mean Arterial Pressure", "mmHg", 93),
        new Channel("Pulse Rate", "bpm", 72));
  }

  @Test
  void bloodPressureKpaAndShort() {
    assertFields(
        decode(0x2A35, "01 A0 F0 6B F0 FF 07"),
        "Flags: 0x01 (kPa)",
        "Systolic: 16.0 kPa",
        "Diastolic: 10.7 kPa",
        "Mean Arterial Pressure: NaN kPa");
    Decoded cut = decode(0x2A35, "00 78 00 50");
    assertThat(cut.field("Systolic").orElseThrow().value()).isEqualTo("120");
    assertThat(errors(cut))
        .containsExactly(
            "Diastolic: missing: the value ends at byte 3 but Diastolic needs 2 more bytes");
  }

  @Test
  void plxContinuousFastAndAmplitude() {
    Decoded d = decode(0x2A5F, "11 62 00 3C 00 61 00 3D 00 19 F0");
    assertFields(
        d,
        "Flags: 0x11 (SpO2PR-Fast present, Pulse Amplitude Index present)",
        "SpO2: 98 %",
        "Pulse Rate: 60 bpm",
        "SpO2 (fast): 97 %",
        "Pulse Rate (fast): 61 bpm",
        "Pulse Amplitude Index: 2.5 %");
    assertThat(d.channels()).hasSize(5);
  }

  @Test
  void plxStatusFields() {
    Decoded d = decode(0x2A5F, "0C 62 00 3C 00 20 00 02 00 00");
    assertFields(
        d,
        "Flags: 0x0C (Measurement Status present, Device and Sensor Status present)",
        "SpO2: 98 %",
        "Pulse Rate: 60 bpm",
        "Measurement Status: 0x0020 (measurement ongoing)",
        "Device and Sensor Status: 0x000002 (equipment malfunction detected)");
    assertThat(errors(decode(0x2A5F, "02 62 00 3C 00 61"))).hasSize(1);
  }
}
