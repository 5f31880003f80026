package io.gattscope.ble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BleAddressTest {
  @Test
  void parsesAndFormatsMostSignificantFirst() {
    BleAddress a = BleAddress.parse("61:02:d2:0B:13:15");
    assertThat(a.toString()).isEqualTo("61:02:D2:0B:13:15");
    assertThat(a.value()).isEqualTo(0x6102D20B1315L);
  }

  @Test
  void wireOrderIsLeastSignificantFirst() {
    BleAddress a = BleAddress.parse("61:02:D2:0B:13:15");
    assertThat(a.toLittleEndian()).containsExactly(0x15, 0x13, 0x0B, 0xD2, 0x02, 0x61);
    assertThat(
            BleAddress.fromLittleEndian(new byte[] {9, 0x15, 0x13, 0x0B, (byte) 0xD2, 2, 0x61}, 1))
        .isEqualTo(a);
  }

  @Test
  void rejectsBadTextWithTheReason() {
    assertThatThrownBy(() -> BleAddress.parse("61:02:D2:0B:13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("17 characters");
    assertThatThrownBy(() -> BleAddress.parse("61:02:D2:0G:13:15"))
        .hasMessageContaining("'G' is not hex");
    assertThatThrownBy(() -> BleAddress.parse("61.02:D2:0B:13:15"))
        .hasMessageContaining("should be ':'");
    assertThatThrownBy(() -> BleAddress.parse(null)).hasMessageContaining("no Bluetooth address");
    assertThatThrownBy(() -> new BleAddress(1L << 48)).hasMessageContaining("48 bits");
  }
}
