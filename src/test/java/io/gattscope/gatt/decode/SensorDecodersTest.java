package io.gattscope.gatt.decode;

import static io.gattscope.gatt.decode.DecoderTestSupport.assertChannels;
import static io.gattscope.gatt.decode.DecoderTestSupport.assertFields;
import static io.gattscope.gatt.decode.DecoderTestSupport.decode;
import static io.gattscope.gatt.decode.DecoderTestSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensorDecodersTest {

  @Test
  void batteryLevel() {
    Decoded d = decode(0x2A19, "64");
    assertFields(d, "Battery Level: 100 %");
    assertChannels(d, new Channel("Battery Level", "%", 100));
    assertThat(errors(decode(0x2A19, "65")))
        .containsExactly("Battery Level: 101 % is out of range (0..100)");
    assertThat(errors(decode(0x2A19, "")))
        .containsExactly(
            "Battery Level: missing: the value ends at byte 0 but Battery Level needs 1 more byte");
    assertThat(errors(decode(0x2A19, "64 00")))
        .containsExactly("Extra bytes: 1 unexpected bytes at byte 1: 00");
  }

  @Test
  void temperatureHumidityPressure() {
    assertFields(decode(0x2A6E, "29 09"), "Temperature: 23.45 °C");
    assertFields(decode(0x2A6E, "F6 FF"), "Temperature: -0.10 °C");
    assertFields(decode(0x2A6E, "00 80"), "Temperature: unknown");
    assertThat(decode(0x2A6E, "00 80").channels()).isEmpty();
    assertChannels(decode(0x2A6E, "29 09"), new Channel("Temperature", "°C", 23.45));
    assertFields(decode(0x2A6F, "E8 03"), "Humidity: 10.00 %");
    assertFields(decode(0x2A6F, "FF FF"), "Humidity: unknown");
    assertThat(decode(0x2A6F, "11 27").hasError()).isTrue();
    assertFields(decode(0x2A6D, "02 76 0F 00"), "Pressure: 101325.0 Pa");
    assertChannels(decode(0x2A6D, "02 76 0F 00"), new Channel("Pressure", "Pa", 101325.0));
  }

  @Test
  void bodySensorLocation() {
    assertFields(decode(0x2A38, "01"), "Body Sensor Location: Chest");
    assertFields(decode(0x2A38, "06"), "Body Sensor Location: Foot");
    assertFields(decode(0x2A38, "07"), "Body Sensor Location: Reserved (7)");
  }

  @Test
  void temperatureMeasurementWithTimeAndType() {
    // flags 0x06; 36.5 as FLOAT (mantissa 365, exponent -1); 2024-05-06 07:08:09; type 2
    Decoded d = decode(0x2A1C, "06 6D 01 00 FF E8 07 05 06 07 08 09 02");
    assertFields(
        d,
        "Flags: 0x06 (Time Stamp present, Temperature Type present)",
        "Temperature: 36.5 °C",
        "Time Stamp: 2024-05-06 07:08:09",
        "Temperature Type: Body (general)");
    assertChannels(d, new Channel("Temperature", "°C", 36.5));
  }

  @Test
  void temperatureMeasurementFahrenheitAndSpecials() {
    assertFields(
        decode(0x2A1C, "01 FF FF 7F 00"), "Flags: 0x01 (Fahrenheit)", "Temperature: NaN °F");
    assertThat(decode(0x2A1C, "01 FF FF 7F 00").channels()).isEmpty();
    Decoded cut = decode(0x2A1C, "02 6D 01 00 FF E8 07");
    assertThat(cut.field("Temperature").orElseThrow().value()).isEqualTo("36.5");
    assertThat(errors(cut))
        .containsExactly(
            "Time Stamp: missing: the value ends at byte 7 but Time Stamp needs 1 more byte");
  }
}
