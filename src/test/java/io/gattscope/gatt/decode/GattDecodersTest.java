package io.gattscope.gatt.decode;

import static io.gattscope.gatt.decode.DecoderTestSupport.assertFields;
import static io.gattscope.gatt.decode.DecoderTestSupport.decode;
import static io.gattscope.gatt.decode.DecoderTestSupport.errors;
import static org.assertj.core.api.Assertions.assertThat;

import io.gattscope.ble.Uuids;
import io.gattscope.gatt.format.Hex;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GattDecodersTest {
  private static String hex(String text) {
    return Hex.format(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void strings() {
    assertFields(decode(0x2A00, hex("Polar H10")), "Device Name: Polar H10");
    assertFields(decode(0x2A29, hex("Nordic")), "Manufacturer Name String: Nordic");
    assertFields(decode(0x2A24, hex("M1")), "Model Number String: M1");
    assertFields(decode(0x2A25, hex("SN1")), "Serial Number String: SN1");
    assertFields(decode(0x2A26, hex("1.0")), "Firmware Revision String: 1.0");
    assertFields(decode(0x2A27, hex("B")), "Hardware Revision String: B");
    assertFields(decode(0x2A28, hex("2.3")), "Software Revision String: 2.3");
    assertFields(decode(0x2901, hex("Temp")), "Characteristic User Description: Temp");
    assertFields(decode(0x2A00, "41 FF 42"), "Device Name: A\\xFFB");
  }

  @Test
  void appearance() {
    assertFields(
        decode(0x2A01, "C1 00"),
        "Appearance: Watch: Sports Watch (0x00C1)",
        "Category: 3",
        "Subcategory: 1");
    assertThat(decode(0x2A01, "C1 00").channels()).isEmpty();
  }

  @Test
  void peripheralPreferredConnectionParameters() {
    assertFields(
        decode(0x2A04, "06 00 0C 00 00 00 90 01"),
        "Minimum Connection Interval: 7.50 ms",
        "Maximum Connection Interval: 15.00 ms",
        "Peripheral Latency: 0 events",
        "Supervision Timeout: 4000 ms");
    assertThat(decode(0x2A04, "FF FF FF FF 00 00 FF FF").fields().get(0).value())
        .isEqualTo("no specific value");
  }

  @Test
  void serviceChanged() {
    assertFields(decode(0x2A05, "01 00 FF FF"), "Start Handle: 0x0001", "End Handle: 0xFFFF");
    assertThat(errors(decode(0x2A05, "10 00 01 00")))
        .containsExactly("Handle Range: end handle is before start handle");
  }

  @Test
  void systemIdAndPnpId() {
    assertFields(
        decode(0x2A23, "01 02 03 04 05 06 07 08"),
        "Manufacturer Identifier: 0x0504030201",
        "Organizationally Unique Identifier: 08:07:06");
    assertFields(
        decode(0x2A50, "01 59 00 34 12 10 02"),
        "Vendor ID Source: Bluetooth SIG",
        "Vendor ID: Nordic Semiconductor ASA (0x0059)",
        "Product ID: 0x1234",
        "Product Version: 2.1.0");
    assertFields(
        decode(0x2A50, "02 6B 1D 01 00 00 01"),
        "Vendor ID Source: USB Implementer's Forum",
        "Vendor ID: 0x1D6B",
        "Product ID: 0x0001",
        "Product Version: 1.0.0");
    assertThat(errors(decode(0x2A23, "01 02 03"))).hasSize(1);
  }

  @Test
  void cccd() {
    assertFields(decode(0x2902, "01 00"), "Notifications: enabled", "Indications: disabled");
    assertFields(decode(0x2902, "02 00"), "Notifications: disabled", "Indications: enabled");
    assertThat(errors(decode(0x2902, "04 00")))
        .containsExactly("Reserved Bits: 0x0004 set (must be 0)");
  }

  @Test
  void presentationFormatDescriptor() {
    assertFields(
        decode(0x2904, "0E FE 2F 27 01 01 00"),
        "Format: sint16",
        "Exponent: -2",
        "Unit: Celsius temperature (degree Celsius) [°C] (0x272F)",
        "Namespace: 0x01",
        "Description: 0x0001",
        "Summary: sint16 ×10^-2 °C, Bluetooth SIG: first");
    assertThat(errors(decode(0x2904, "0E FE 2F"))).hasSize(1);
  }

  @Test
  void registryLooksUpByUuid() {
    assertThat(Decoders.forUuid(Uuids.fromShort(0x2A37)).orElseThrow().name())
        .isEqualTo("Heart Rate Measurement");
    assertThat(Decoders.forUuid(UUID.randomUUID())).isEmpty();
    int[] required = {
      0x2A37, 0x2A38, 0x2A19, 0x2A6E, 0x2A6F, 0x2A6D, 0x2A1C, 0x2A00, 0x2A01, 0x2A04, 0x2A05,
      0x2A29, 0x2A24, 0x2A25, 0x2A26, 0x2A27, 0x2A28, 0x2A23, 0x2A50, 0x2A5B, 0x2A53, 0x2A63,
      0x2A9D, 0x2A35, 0x2A5F, 0x2902, 0x2901, 0x2904
    };
    for (int uuid : required) {
      assertThat(Decoders.forUuid(Uuids.fromShort(uuid))).as("0x%04X", uuid).isPresent();
    }
    assertThat(Decoders.all()).hasSize(required.length);
  }
}
