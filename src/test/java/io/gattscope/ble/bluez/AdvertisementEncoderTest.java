package io.gattscope.ble.bluez;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvertisementEncoderTest {
  private static String hex(Map<String, Object> props) {
    return HexFormat.of().formatHex(AdvertisementEncoder.encode(props));
  }

  @Test
  void encodesEveryKnownPropertyAsAdStructures() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("Address", "AA:BB:CC:DD:EE:FF");
    p.put("AdvertisingFlags", new byte[] {0x06});
    p.put("Name", "Hi");
    p.put(
        "UUIDs",
        List.of(
            "0000180d-0000-1000-8000-00805f9b34fb",
            "0000180f-0000-1000-8000-00805f9b34fb",
            "6e400001-b5a3-f393-e0a9-e50e24dcca9e"));
    p.put("TxPower", (short) -8);
    p.put("Appearance", 0x0341);
    p.put("ManufacturerData", Map.of(0x004C, new byte[] {0x02, 0x15}));
    p.put("ServiceData", Map.of("0000fe9f-0000-1000-8000-00805f9b34fb", new byte[] {0x01}));
    assertThat(hex(p))
        .isEqualTo(
            "020106"
                + "03094869"
                + "05030d180f18"
                + "1107"
                + "9ecadc240ee5a9e093f3a3b50100406e"
                + "020af8"
                + "03194103"
                + "05ff4c000215"
                + "04169ffe01");
  }

  @Test
  void aliasIsTheNameOnlyWhenItIsNotTheMadeUpAddress() {
    assertThat(hex(Map.of("Address", "AA:BB:CC:DD:EE:FF", "Alias", "AA-BB-CC-DD-EE-FF"))).isEmpty();
    assertThat(hex(Map.of("Address", "AA:BB:CC:DD:EE:FF", "Alias", "Kitchen")))
        .isEqualTo("08094b69746368656e");
  }

  @Test
  void emptyManufacturerDataKeepsTheCompanyId() {
    assertThat(hex(Map.of("ManufacturerData", Map.of(0x0059, List.of())))).isEqualTo("03ff5900");
  }
}
